/* Gongkai embed: one <script src=".../embed.js" data-title="..." data-reports="..."> tag adds a
   floating button that opens the chat widget in an iframe. Several tags on one page each get
   their own button, stacked so all stay visible; under 480px the open widget fills the screen.
   Optional attributes: data-title, data-reports (comma list of report files), data-lang (zh|en),
   data-label (button text, default: the title), data-color (button colour). */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script || !script.src) return;

  var BASE = script.src.replace(/embed\.js(?:[?#].*)?$/, "");
  var GAP = 64, MARGIN = 20;
  var data = script.dataset;
  var index = window.__gongkaiEmbeds = (window.__gongkaiEmbeds || 0) + 1;
  index -= 1;

  function installStyle() {
    if (document.getElementById("gongkai-embed-style")) return;
    var style = document.createElement("style");
    style.id = "gongkai-embed-style";
    style.textContent = [
      ".gongkai-embed-button{position:fixed!important;right:" + MARGIN + "px!important;left:auto!important;",
      "top:auto!important;z-index:2147483000!important;height:48px!important;margin:0!important;",
      "padding:0 18px!important;border:0!important;border-radius:24px!important;background:#b91c1c;",
      "color:#fff!important;font:600 15px/48px system-ui,-apple-system,'PingFang SC','Microsoft YaHei',sans-serif!important;",
      "box-shadow:0 4px 14px rgba(0,0,0,.28)!important;cursor:pointer!important;white-space:nowrap!important;",
      "max-width:calc(100vw - " + 2 * MARGIN + "px)!important;overflow:hidden!important;text-overflow:ellipsis!important;",
      "width:auto!important;display:block!important}",
      ".gongkai-embed-button:focus-visible{outline:3px solid #fde68a!important}",
      ".gongkai-embed-icon{display:inline-block!important;vertical-align:-3px!important;margin-right:6px!important}",
      ".gongkai-embed-frame{position:fixed!important;right:" + MARGIN + "px!important;left:auto!important;",
      "top:auto!important;bottom:var(--gongkai-bottom)!important;z-index:2147483001!important;",
      "width:380px!important;max-width:calc(100vw - " + 2 * MARGIN + "px)!important;",
      "height:min(600px,calc(100vh - var(--gongkai-bottom) - " + MARGIN + "px))!important;",
      "border:0!important;border-radius:12px!important;margin:0!important;padding:0!important;",
      "box-shadow:0 8px 30px rgba(0,0,0,.3)!important;background:#fff!important;display:block!important}",
      ".gongkai-embed-frame.gongkai-embed-closed{display:none!important}",
      "@media (max-width:480px){.gongkai-embed-frame{top:0!important;left:0!important;right:0!important;",
      "bottom:0!important;width:100vw!important;max-width:100vw!important;height:100%!important;",
      "border-radius:0!important}}"
    ].join("");
    (document.head || document.documentElement).appendChild(style);
  }

  function bubbleIcon() {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("width", "18");
    svg.setAttribute("height", "18");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("class", "gongkai-embed-icon");
    var path = document.createElementNS(ns, "path");
    path.setAttribute("fill", "currentColor");
    path.setAttribute("d", "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z");
    svg.appendChild(path);
    return svg;
  }

  var lang = (data.lang || "").toLowerCase().indexOf("en") === 0 ? "en" : "zh";
  var title = (data.title || "").trim();
  var query = new URLSearchParams();
  if (title) query.set("title", title);
  if (data.reports) query.set("reports", data.reports);
  if (data.lang) query.set("lang", lang);

  var button = document.createElement("button");
  button.type = "button";
  button.className = "gongkai-embed-button";
  button.appendChild(bubbleIcon());
  button.appendChild(document.createTextNode((data.label || "").trim() || title ||
    (lang === "en" ? "Ask the reports" : "政务公开问答")));
  button.setAttribute("aria-haspopup", "dialog");
  button.setAttribute("aria-expanded", "false");
  button.style.setProperty("bottom", (MARGIN + index * GAP) + "px", "important");
  if (data.color) button.style.setProperty("background", data.color, "important");

  var frame = null;

  function isOpen() { return frame !== null && !frame.classList.contains("gongkai-embed-closed"); }

  function open() {
    if (frame === null) {
      frame = document.createElement("iframe");
      frame.className = "gongkai-embed-frame";
      frame.title = button.textContent;
      frame.setAttribute("allow", "clipboard-write"); // the widget's copy button
      frame.src = BASE + "widget" + (query.toString() ? "?" + query.toString() : "");
      document.body.appendChild(frame);
    }
    // Above every button of every embed on the page (their number is final by now).
    frame.style.setProperty("--gongkai-bottom", (MARGIN + (window.__gongkaiEmbeds || 1) * GAP) + "px");
    frame.classList.remove("gongkai-embed-closed");
    button.setAttribute("aria-expanded", "true");
    document.dispatchEvent(new CustomEvent("gongkai:open", { detail: button }));
  }

  function close() {
    if (frame !== null) frame.classList.add("gongkai-embed-closed");
    button.setAttribute("aria-expanded", "false");
  }

  button.addEventListener("click", function () { if (isOpen()) close(); else open(); });
  document.addEventListener("gongkai:open", function (event) { if (event.detail !== button) close(); });
  window.addEventListener("message", function (event) {
    if (frame !== null && event.source === frame.contentWindow && event.data && event.data.type === "gongkai:close") {
      close();
      button.focus();
    }
  });

  function mount() {
    installStyle();
    document.body.appendChild(button);
  }
  if (document.body) mount(); else document.addEventListener("DOMContentLoaded", mount);
})();
