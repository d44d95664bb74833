/* The upload page: sends the chosen files with the admin token to /api/admin/upload and shows
   the result. Server text is inserted with textContent only. */
(function () {
  "use strict";
  var params = new URLSearchParams(window.location.search);
  var lang = (params.get("lang") || "").toLowerCase().indexOf("en") === 0 ? "en" : "zh";
  var S = JSON.parse(document.getElementById("gk-strings").textContent)[lang];
  document.documentElement.lang = lang === "en" ? "en" : "zh-CN";
  document.getElementById("gk-admin-title").textContent = S.admin;
  document.getElementById("gk-back").textContent = S.admin_back;
  document.getElementById("gk-token-label").textContent = S.admin_token;
  document.getElementById("gk-files-label").textContent = S.admin_files;
  document.getElementById("gk-admin-upload").textContent = S.admin_upload;
  var form = document.getElementById("gk-admin-form");
  var bar = document.getElementById("gk-admin-progress");
  var result = document.getElementById("gk-admin-result");

  function line(text, cls) {
    var p = document.createElement("p");
    if (cls) p.className = cls;
    p.textContent = text;
    result.appendChild(p);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var files = document.getElementById("gk-admin-files").files;
    if (!files.length) { result.textContent = ""; line(S.admin_no_files, "gk-bad"); return; }
    var data = new FormData();
    for (var i = 0; i < files.length; i++) data.append("files", files[i], files[i].name);
    var xhr = new XMLHttpRequest();
    xhr.open("POST", new URL("api/admin/upload", window.location.href).toString());
    xhr.setRequestHeader("Authorization", "Bearer " + document.getElementById("gk-admin-token").value);
    result.textContent = "";
    bar.hidden = false; bar.removeAttribute("value");
    xhr.upload.onprogress = function (e) { if (e.lengthComputable) bar.value = e.loaded / e.total; };
    xhr.onload = function () {
      bar.hidden = true;
      var body = {};
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = {error: xhr.statusText}; }
      if (xhr.status === 403) { line(S.admin_bad_token, "gk-bad"); return; }
      if (xhr.status !== 200) { line(S.error_title + ": " + (body.error || xhr.status), "gk-bad"); return; }
      line(S.admin_done.replace("{reports}", body.reports).replace("{passages}", body.passages)
        .replace("{seconds:.1f}", Number(body.seconds).toFixed(1)), "gk-ok");
      (body.ingested || []).forEach(function (r) { line("✓ " + r.source + " — " + (r.title || "")); });
      if (body.failures && body.failures.length) {
        line(S.admin_failed, "gk-bad");
        body.failures.forEach(function (f) { line("✗ " + f.source + ": " + f.reason, "gk-bad"); });
      }
    };
    xhr.onerror = function () { bar.hidden = true; line(S.widget_network, "gk-bad"); };
    xhr.send(data);
  });
})();
