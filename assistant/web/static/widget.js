/* The widget page: asks /api/ask and shows the answer with its sources.
   Everything from the server or the URL is inserted with textContent, never as markup. */
(function () {
  "use strict";

  var params = new URLSearchParams(window.location.search);
  var lang = (params.get("lang") || "").toLowerCase().indexOf("en") === 0 ? "en" : "zh";
  var S = JSON.parse(document.getElementById("gk-strings").textContent)[lang];
  var title = (params.get("title") || "").trim() || S.widget_title;
  var reports = (params.get("reports") || "").split(",")
    .map(function (s) { return s.trim(); }).filter(Boolean);
  var apiUrl = new URL("api/ask", window.location.href).toString();

  var log = document.getElementById("gk-log");
  var form = document.getElementById("gk-form");
  var input = document.getElementById("gk-input");
  var send = document.getElementById("gk-send");
  var closeButton = document.getElementById("gk-close");

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function addMessage(node) {
    log.appendChild(node);
    log.scrollTop = log.scrollHeight;
    return node;
  }

  /* Answer text with its [n] markers as superscripts. */
  function appendWithMarkers(parent, text) {
    var marker = /\[(\d{1,3})\]/g, pos = 0, m;
    while ((m = marker.exec(text)) !== null) {
      parent.appendChild(document.createTextNode(text.slice(pos, m.index)));
      parent.appendChild(el("sup", null, m[0]));
      pos = m.index + m[0].length;
    }
    parent.appendChild(document.createTextNode(text.slice(pos)));
  }

  function escapeRegExp(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

  /* The cited figures as whole numbers, also when written with thousands separators. */
  function figurePattern(figures) {
    var alts = Array.from(new Set(figures.filter(Boolean))).sort(function (a, b) { return b.length - a.length; })
      .map(function (f) {
        return Array.from(f).map(function (c, i) {
          var sep = i > 0 && /\d/.test(f[i - 1]) && /\d/.test(c) ? "[,，]?" : "";
          return sep + escapeRegExp(c);
        }).join("");
      });
    return alts.length ? new RegExp("(?:" + alts.join("|") + ")", "g") : null;
  }

  function isWholeNumber(text, start, end) {
    var before = text.slice(Math.max(0, start - 2), start), after = text.slice(end, end + 2);
    return !/\d$/.test(before) && !/\d\.$/.test(before) && !/^\d/.test(after) && !/^\.\d/.test(after);
  }

  /* The quote with the cited figures in <mark>: text nodes and mark elements, no markup. */
  function appendHighlighted(parent, quote, figures) {
    var pattern = figurePattern(figures || []), pos = 0, m;
    if (pattern) {
      while ((m = pattern.exec(quote)) !== null) {
        if (m[0].length === 0) { pattern.lastIndex++; continue; }
        if (!isWholeNumber(quote, m.index, m.index + m[0].length)) continue;
        parent.appendChild(document.createTextNode(quote.slice(pos, m.index)));
        parent.appendChild(el("mark", null, m[0]));
        pos = m.index + m[0].length;
      }
    }
    parent.appendChild(document.createTextNode(quote.slice(pos)));
  }

  function citationItem(c) {
    var item = el("li", "gk-cite");
    var details = el("details");
    details.open = true;
    var summary = el("summary");
    summary.appendChild(el("span", "gk-num", "[" + c.id + "]"));
    summary.appendChild(document.createTextNode(c.title || c.source || ""));
    details.appendChild(summary);
    var meta = [S.section + ": " + (c.section || "—")];
    if (c.page !== null && c.page !== undefined) meta.push(S.page + ": " + c.page);
    meta.push(S.file + ": " + c.source);
    details.appendChild(el("div", "gk-meta", meta.join(" · ")));
    var quote = el("blockquote", "gk-quote");
    appendHighlighted(quote, c.quote || "", c.figures);
    details.appendChild(quote);
    item.appendChild(details);
    return item;
  }

  function showAnswer(data) {
    var box = el("div", "gk-msg gk-bot");
    var text = el("p", "gk-answer");
    appendWithMarkers(text, data.answer || "");
    box.appendChild(text);
    var citations = data.citations || [];
    if (data.answered && citations.length) {
      box.appendChild(el("p", data.verified ? "gk-status" : "gk-status gk-unverified",
        data.verified ? S.verified : S.not_verified));
      var list = el("ol", "gk-cites");
      citations.forEach(function (c) { list.appendChild(citationItem(c)); });
      box.appendChild(list);
    }
    addMessage(box);
  }

  function showError(message) {
    addMessage(el("div", "gk-msg gk-bot gk-error", message));
  }

  async function ask(question) {
    addMessage(el("div", "gk-msg gk-user", question));
    var thinking = addMessage(el("div", "gk-msg gk-bot gk-thinking", S.thinking));
    send.disabled = true;
    var body = { question: question };
    if (reports.length) body.sources = reports;
    try {
      var response = await fetch(apiUrl, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Accept": "application/json" },
        body: JSON.stringify(body)
      });
      var data = await response.json().catch(function () { return null; });
      thinking.remove();
      if (!response.ok || !data) {
        showError(S.widget_error + " " + ((data && data.error) || ("HTTP " + response.status)));
      } else {
        showAnswer(data);
      }
    } catch (err) {
      thinking.remove();
      showError(S.widget_network);
    } finally {
      send.disabled = false;
      input.focus();
    }
  }

  document.documentElement.lang = lang === "en" ? "en" : "zh-CN";
  document.title = title;
  document.getElementById("gk-title").textContent = title;
  input.placeholder = S.question_placeholder;
  send.textContent = S.send;
  closeButton.setAttribute("aria-label", S.widget_close);
  closeButton.title = S.widget_close;
  if (window.parent !== window) {
    closeButton.hidden = false;
    closeButton.addEventListener("click", function () {
      window.parent.postMessage({ type: "gongkai:close" }, "*");
    });
  }
  addMessage(el("div", "gk-msg gk-bot", S.widget_welcome));

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var question = input.value.trim();
    if (!question || send.disabled) return;
    input.value = "";
    ask(question);
  });
})();
