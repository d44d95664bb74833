/* The source view, shared by the chat and the widget: a citation shown where it is printed.
   GongkaiSourceView.open({base, source, passage, figures, strings}) asks api/source and shows,
   for a PDF, the page image with the cited cell or lines boxed (coordinates in PDF points,
   scaled to the image), and for every report the passage among its neighbours with the cited
   figures marked. Everything from the server is inserted with textContent; boxes are placed
   with CSSOM properties only (the widget's CSP allows no inline styles). */
(function () {
  "use strict";

  var current = null;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function close() {
    if (!current) return;
    var opener = current.opener;
    current.node.remove();
    document.removeEventListener("keydown", current.onKey);
    current = null;
    if (opener && opener.focus) opener.focus();
  }

  /* Text with the given [start, end) spans in <mark>. */
  function marked(parent, text, marks) {
    var pos = 0;
    (marks || []).slice().sort(function (a, b) { return a[0] - b[0]; }).forEach(function (m) {
      if (m[0] < pos) return;
      parent.appendChild(document.createTextNode(text.slice(pos, m[0])));
      parent.appendChild(el("mark", null, text.slice(m[0], m[1])));
      pos = m[1];
    });
    parent.appendChild(document.createTextNode(text.slice(pos)));
  }

  function pageView(view, base, S) {
    var figure = el("figure", "gkv-page");
    var holder = el("div", "gkv-sheet");
    var img = el("img");
    img.alt = S.view_page_alt + " " + view.page;
    img.src = new URL(view.image + "&width=1200", base).toString();
    holder.appendChild(img);
    var w = view.size[0], h = view.size[1];
    view.boxes.forEach(function (box) {
      var b = box.b, mark = el("div", box.strong ? "gkv-box gkv-strong" : "gkv-box");
      mark.style.left = (100 * b[0] / w) + "%";
      mark.style.top = (100 * b[1] / h) + "%";
      mark.style.width = (100 * (b[2] - b[0]) / w) + "%";
      mark.style.height = (100 * (b[3] - b[1]) / h) + "%";
      holder.appendChild(mark);
    });
    img.addEventListener("load", function () {
      var strong = holder.querySelector(".gkv-strong") || holder.querySelector(".gkv-box");
      if (strong) strong.scrollIntoView({ block: "center", inline: "nearest" });
    });
    img.addEventListener("error", function () { figure.replaceChildren(el("p", "gkv-note", S.view_no_page)); });
    figure.appendChild(holder);
    figure.appendChild(el("figcaption", null, S.page + " " + view.page));
    return figure;
  }

  function contextView(view, S) {
    var box = el("section", "gkv-context");
    box.appendChild(el("h3", null, view.kind === "table" ? S.view_table : S.view_context));
    box.appendChild(el("p", "gkv-section", view.section || ""));
    var list = el("div", "gkv-passages");
    view.context.forEach(function (item) {
      var p = el("p", item.cited ? "gkv-passage gkv-cited" : "gkv-passage");
      marked(p, item.text, item.marks);
      list.appendChild(p);
    });
    box.appendChild(list);
    return box;
  }

  async function open(options) {
    close();
    var S = options.strings;
    var node = el("div", "gkv-backdrop");
    node.setAttribute("role", "dialog");
    node.setAttribute("aria-modal", "true");
    node.id = "gk-viewer";
    var panel = el("div", "gkv-panel");
    var head = el("header", "gkv-head");
    var title = el("h2", "gkv-title", options.title || options.source);
    var shut = el("button", "gkv-close", "×");
    shut.type = "button";
    shut.setAttribute("aria-label", S.widget_close);
    shut.addEventListener("click", close);
    head.appendChild(title);
    head.appendChild(shut);
    var body = el("div", "gkv-body", S.thinking);
    panel.appendChild(head);
    panel.appendChild(body);
    node.appendChild(panel);
    node.addEventListener("click", function (event) { if (event.target === node) close(); });
    var onKey = function (event) { if (event.key === "Escape") close(); };
    document.addEventListener("keydown", onKey);
    document.body.appendChild(node);
    current = { node: node, onKey: onKey, opener: options.opener };
    shut.focus();

    var url = new URL("api/source", options.base);
    url.searchParams.set("source", options.source);
    url.searchParams.set("passage", options.passage);
    (options.figures || []).slice(0, 12).forEach(function (f) { url.searchParams.append("figure", f); });
    try {
      var response = await fetch(url.toString(), { headers: { "Accept": "application/json" } });
      var view = await response.json();
      if (!current || current.node !== node) return;
      if (!response.ok) throw new Error(view && view.error ? view.error : "HTTP " + response.status);
      title.textContent = view.title + (view.page ? " · " + S.page + " " + view.page : "");
      body.textContent = "";
      if (view.image && view.size) body.appendChild(pageView(view, options.base, S));
      else body.appendChild(el("p", "gkv-note", S.view_no_page));
      body.appendChild(contextView(view, S));
    } catch (err) {
      if (current && current.node === node) body.textContent = S.widget_error + " " + err.message;
    }
  }

  window.GongkaiSourceView = { open: open, close: close };
})();
