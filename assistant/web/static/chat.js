/* The chat page's own behaviour, on top of Gradio: [n] markers that show their source, and the
   source view. Gradio re-renders its components, so every handler is delegated from document.
   The server picks which answer's sources the panel shows (Chatbot.select); this script then
   scrolls to the source a marker named once the panel shows that answer. */
(function () {
  "use strict";

  var pending = null; // {turn, n}: a marker clicked whose answer the panel does not show yet

  function strings() {
    var all = JSON.parse(document.getElementById("gk-view-strings").textContent);
    var checked = document.querySelector("#gk-lang input:checked");
    return all[checked && checked.value === "en" ? "en" : "zh"];
  }

  /* The number a class such as gk-turn-3 carries (Gradio keeps classes on chat markup, not data-*). */
  function classValue(node, prefix) {
    var found = Array.prototype.find.call(node.classList, function (c) { return c.indexOf(prefix) === 0; });
    return found ? found.slice(prefix.length) : null;
  }

  function panel() { return document.querySelector("#gk-sources .gk-sources"); }

  function focusSource(turn, n) {
    var item = document.getElementById("gk-source-" + turn + "-" + n);
    if (!item) return false;
    item.open = true;
    item.scrollIntoView({ block: "nearest", behavior: "smooth" });
    item.classList.remove("gk-flash");
    void item.offsetWidth; // restart the animation
    item.classList.add("gk-flash");
    return true;
  }

  function settle() {
    var shown = panel();
    if (pending && shown && shown.getAttribute("data-turn") === pending.turn && focusSource(pending.turn, pending.n)) {
      pending = null;
    }
  }

  document.addEventListener("click", function (event) {
    var marker = event.target.closest && event.target.closest("#gk-chat sup.gk-cite");
    if (marker) {
      var turn = classValue(marker, "gk-turn-"), n = classValue(marker, "gk-n-");
      var shown = panel();
      if (shown && shown.getAttribute("data-turn") === turn) focusSource(turn, n);
      else pending = { turn: turn, n: n }; // the click also selects the answer: see settle()
      return;
    }
    var view = event.target.closest && event.target.closest("#gk-sources button.gk-view");
    if (view && window.GongkaiSourceView) {
      var figures = [];
      try { figures = JSON.parse(view.getAttribute("data-figures") || "[]"); } catch (e) { figures = []; }
      window.GongkaiSourceView.open({
        base: document.baseURI, source: view.getAttribute("data-source"),
        passage: view.getAttribute("data-passage"), figures: figures,
        title: view.getAttribute("data-title"), strings: strings(), opener: view
      });
    }
  });

  new MutationObserver(settle).observe(document.documentElement, { childList: true, subtree: true });
})();
