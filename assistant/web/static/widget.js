/* The widget page: asks /api/ask and shows each answer with its sources, clickable [n] markers,
   the source view, a copy button, 👍/👎 with a note, the values of a chart as a table, and how a
   follow-up was read. Which reports it answers from, and example questions about them, come
   from /api/examples. Everything from the server or the URL is inserted with textContent, never
   as markup. The conversation's earlier questions go with each question (history), so
   "那2022年呢？" is read with them. */
(function () {
  "use strict";

  var MAX_HISTORY = 20;
  var params = new URLSearchParams(window.location.search);
  var lang = (params.get("lang") || "").toLowerCase().indexOf("en") === 0 ? "en" : "zh";
  var S = JSON.parse(document.getElementById("gk-strings").textContent)[lang];
  var title = (params.get("title") || "").trim() || S.widget_title;
  var reports = (params.get("reports") || "").split(",")
    .map(function (s) { return s.trim(); }).filter(Boolean);
  var apiUrl = new URL("api/ask", window.location.href).toString();
  var asked = []; // the earlier questions of this conversation, oldest first
  var answers = 0;

  var log = document.getElementById("gk-log");
  var form = document.getElementById("gk-form");
  var input = document.getElementById("gk-input");
  var send = document.getElementById("gk-send");
  var closeButton = document.getElementById("gk-close");
  var examples = document.getElementById("gk-examples");
  var covers = document.getElementById("gk-covers");

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function button(className, text, label) {
    var node = el("button", className, text);
    node.type = "button";
    if (label) { node.setAttribute("aria-label", label); node.title = label; }
    return node;
  }

  /* A thumb icon drawn as SVG (an emoji needs a font the reader may not have). */
  function thumb(down) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("width", "16");
    svg.setAttribute("height", "16");
    svg.setAttribute("aria-hidden", "true");
    var path = document.createElementNS(ns, "path");
    path.setAttribute("fill", "currentColor");
    path.setAttribute("d", "M2 21h4V9H2v12zm20-11a2 2 0 0 0-2-2h-6.3l.95-4.57.03-.32a1.5 1.5 0 0 0-.44-1.06L13.17 1 " +
                           "6.59 7.59A2 2 0 0 0 6 9v10a2 2 0 0 0 2 2h9a2 2 0 0 0 1.84-1.22l3.02-7.05c.09-.23.14-.47.14-.73v-2z");
    if (down) path.setAttribute("transform", "rotate(180 12 12)");
    svg.appendChild(path);
    return svg;
  }

  function addMessage(node) {
    log.appendChild(node);
    log.scrollTop = log.scrollHeight;
    return node;
  }

  /* Answer text with its [n] markers as buttons that show their source in this answer. */
  function appendWithMarkers(parent, text, answerId) {
    var marker = /\[(\d{1,3})\]/g, pos = 0, m;
    while ((m = marker.exec(text)) !== null) {
      parent.appendChild(document.createTextNode(text.slice(pos, m.index)));
      var sup = el("sup");
      var link = button("gk-marker", m[0]);
      link.setAttribute("data-target", answerId + "-" + m[1]);
      sup.appendChild(link);
      parent.appendChild(sup);
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

  /* The quote with the cited figures in <mark>: text nodes and mark elements, no markup. A table
     cell's quote ('行政处罚｜本年处理决定数量｜99571') reads as row › column: value. */
  function appendHighlighted(parent, quote, figures) {
    var parts = quote.split("｜");
    if (parts.length >= 3) {
      parent.appendChild(el("span", "gk-row", parts.slice(0, -2).join("｜")));
      parent.appendChild(document.createTextNode(" › "));
      parent.appendChild(el("span", "gk-col", parts[parts.length - 2]));
      parent.appendChild(document.createTextNode("："));
      quote = parts[parts.length - 1];
    }
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

  function citationItem(c, answerId) {
    var item = el("li", "gk-cite");
    item.id = answerId + "-" + c.id;
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
    var view = button("gk-view", S.view_source);
    view.addEventListener("click", function () {
      window.GongkaiSourceView.open({ base: window.location.href, source: c.source, passage: c.passage_id,
                                      figures: c.figures || [], title: c.title, strings: S, opener: view });
    });
    details.appendChild(view);
    item.appendChild(details);
    return item;
  }

  function seriesTable(series) {
    var table = el("table", "gk-series");
    var unit = series.unit ? (lang === "zh" ? "（" + series.unit + "）" : " (" + series.unit + ")") : "";
    table.appendChild(el("caption", null, (series.title || S.values) + unit));
    var head = el("tr");
    [S.label, S.value].forEach(function (h) { head.appendChild(el("th", null, h)); });
    var thead = el("thead");
    thead.appendChild(head);
    table.appendChild(thead);
    var body = el("tbody");
    (series.points || []).forEach(function (p) {
      var row = el("tr");
      row.appendChild(el("td", null, p.label));
      row.appendChild(el("td", "gk-value", p.value));
      body.appendChild(row);
    });
    table.appendChild(body);
    return table;
  }

  function plainText(data) {
    var lines = [data.answer || ""];
    (data.citations || []).forEach(function (c) {
      lines.push("[" + c.id + "] " + (c.title || c.source) + " — " + (c.section || "") +
                 (c.page ? ", " + S.page + " " + c.page : "") + " (" + c.source + ")");
    });
    return lines.join("\n");
  }

  async function copy(text, control) {
    try {
      if (navigator.clipboard && window.isSecureContext) await navigator.clipboard.writeText(text);
      else {
        var area = el("textarea");
        area.value = text;
        area.setAttribute("readonly", "");
        area.className = "gk-offscreen";
        document.body.appendChild(area);
        area.select();
        document.execCommand("copy");
        area.remove();
      }
      control.textContent = S.copied;
    } catch (err) {
      control.textContent = S.widget_error;
    }
    setTimeout(function () { control.textContent = S.copy; }, 1800);
  }

  function rate(question, history, data, rating, bar) {
    var body = { rating: rating, question: question, answer: data.answer || "", answered: !!data.answered,
                 history: history, note: "",
                 citations: (data.citations || []).slice(0, 20).map(function (c) {
                   return { id: c.id, source: c.source, section: c.section, page: c.page, quote: c.quote };
                 }) };
    function post() {
      return fetch(new URL("api/feedback", window.location.href).toString(), {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body)
      }).then(function (r) { if (!r.ok) throw new Error("HTTP " + r.status); });
    }
    function thanks() { bar.replaceChildren(el("span", "gk-thanks", S.feedback_thanks)); }
    function failed() { bar.replaceChildren(el("span", "gk-thanks", S.widget_network)); }
    if (rating === "up") { post().then(thanks, failed); return; }
    var note = el("form", "gk-note");
    var field = el("input");
    field.type = "text";
    field.maxLength = 1000;
    field.placeholder = S.feedback_note;
    var go = el("button", null, S.feedback_send);
    go.type = "submit";
    note.appendChild(field);
    note.appendChild(go);
    note.addEventListener("submit", function (event) {
      event.preventDefault();
      body.note = field.value.trim();
      go.disabled = true;
      post().then(thanks, failed);
    });
    bar.replaceChildren(note);
    field.focus();
  }

  function showAnswer(question, history, data) {
    answers += 1;
    var answerId = "gk-a" + answers;
    var box = el("div", "gk-msg gk-bot");
    if (data.understood_as) {
      box.appendChild(el("p", "gk-understood", S.understood_as.replace("{question}", data.understood_as)));
    }
    var text = el("p", "gk-answer");
    appendWithMarkers(text, data.answer || "", answerId);
    box.appendChild(text);
    var citations = data.citations || [];
    if (data.answered && data.series && (data.series.points || []).length > 1) box.appendChild(seriesTable(data.series));
    if (data.answered && citations.length) {
      box.appendChild(el("p", data.verified ? "gk-status" : "gk-status gk-unverified",
        data.verified ? S.verified : S.not_verified));
      var list = el("ol", "gk-cites");
      citations.forEach(function (c) { list.appendChild(citationItem(c, answerId)); });
      box.appendChild(list);
    }
    var actions = el("div", "gk-actions");
    var copyButton = button("gk-copy", S.copy);
    copyButton.addEventListener("click", function () { copy(plainText(data), copyButton); });
    var bar = el("span", "gk-rate");
    var up = button("gk-up", null, S.feedback_up), down = button("gk-down", null, S.feedback_down);
    up.appendChild(thumb(false));
    down.appendChild(thumb(true));
    up.addEventListener("click", function () { rate(question, history, data, "up", bar); });
    down.addEventListener("click", function () { rate(question, history, data, "down", bar); });
    bar.appendChild(up);
    bar.appendChild(down);
    actions.appendChild(copyButton);
    actions.appendChild(bar);
    box.appendChild(actions);
    addMessage(box);
  }

  function showError(message) {
    addMessage(el("div", "gk-msg gk-bot gk-error", message));
  }

  async function ask(question) {
    examples.hidden = true;
    addMessage(el("div", "gk-msg gk-user", question));
    var thinking = addMessage(el("div", "gk-msg gk-bot gk-thinking", S.thinking));
    send.disabled = true;
    var history = asked.slice(-MAX_HISTORY);
    var body = { question: question };
    if (reports.length) body.sources = reports;
    if (history.length) body.history = history;
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
        asked.push(question);
        showAnswer(question, history, data);
      }
    } catch (err) {
      thinking.remove();
      showError(S.widget_network);
    } finally {
      send.disabled = false;
      input.focus();
    }
  }

  async function showCoverage() {
    var url = new URL("api/examples", window.location.href);
    url.searchParams.set("lang", lang);
    reports.forEach(function (r) { url.searchParams.append("source", r); });
    try {
      var response = await fetch(url.toString(), { headers: { "Accept": "application/json" } });
      if (!response.ok) return;
      var data = await response.json();
      var names = data.reports.map(function (r) {
        return (r.body || r.title || r.source) + (r.year > 0 ? " " + r.year : "") + (r.demo ? "（" + S.demo_label + "）" : "");
      });
      if (names.length) {
        covers.textContent = S.covers.replace("{n}", names.length) + names.slice(0, 6).join("、") +
                             (names.length > 6 ? "…" : "");
        covers.title = names.join("\n");
        covers.hidden = false;
      }
      if (data.examples.length && !asked.length) {
        examples.replaceChildren(el("span", "gk-examples-label", S.examples));
        data.examples.forEach(function (q) {
          var chip = button("gk-example", q);
          chip.addEventListener("click", function () { if (!send.disabled) ask(q); });
          examples.appendChild(chip);
        });
        examples.hidden = false;
      }
    } catch (err) { /* the widget still answers without them */ }
  }

  log.addEventListener("click", function (event) {
    var marker = event.target.closest && event.target.closest("button.gk-marker");
    if (!marker) return;
    var item = document.getElementById(marker.getAttribute("data-target"));
    if (!item) return;
    item.querySelector("details").open = true;
    item.scrollIntoView({ block: "nearest", behavior: "smooth" });
    item.classList.remove("gk-flash");
    void item.offsetWidth;
    item.classList.add("gk-flash");
  });

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
  showCoverage();

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var question = input.value.trim();
    if (!question || send.disabled) return;
    if (question.length > 500) { showError(S.too_long.replace("{max}", "500")); return; } // the field keeps it
    input.value = "";
    ask(question);
  });
})();
