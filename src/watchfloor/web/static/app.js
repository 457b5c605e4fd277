// watchfloor: click a highlight in an article to see the record it came from.
// Plain DOM code; record text is only ever set with textContent (never as HTML).
"use strict";
(function () {
  var dataEl = document.getElementById("records");
  var textEl = document.getElementById("article-text");
  if (!dataEl || !textEl) { return; }
  var records = JSON.parse(dataEl.textContent || "{}");
  var panel = document.getElementById("record-panel");
  var body = document.getElementById("record-body");

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (cls) { node.className = cls; }
    return node;
  }
  function actor(a) { return a ? (a.name || "?") + (a.code ? " [" + a.code + "]" : "") : "—"; }
  function fields(rec) {
    if (rec.record_type === "statement") {
      return [["speaker", rec.speaker.name + (rec.speaker.role ? ", " + rec.speaker.role : "")],
              ["country", rec.speaker.country], ["kind", rec.kind], ["cue", rec.cue ? rec.cue.text : null],
              ["content", rec.content.text], ["said", rec.date], ["id", rec.id]];
    }
    if (rec.record_type === "event") {
      return [["actor 1", actor(rec.actor1)], ["CAMEO", rec.cameo], ["actor 2", actor(rec.actor2)],
              ["status", rec.status], ["claimed by", rec.claimed_by ? actor(rec.claimed_by) : null],
              ["Goldstein", rec.goldstein], ["date", rec.date], ["trigger", rec.trigger.text], ["id", rec.id]];
    }
    return [["text", rec.text], ["type", rec.type], ["value", rec.value]];
  }
  function clearFocus() {
    var old = textEl.querySelectorAll(".hl.focus");
    for (var i = 0; i < old.length; i++) { old[i].classList.remove("focus"); }
  }
  function focusRange(start, end) {
    var segs = textEl.querySelectorAll(".hl");
    for (var i = 0; i < segs.length; i++) {
      var s = Number(segs[i].dataset.start), e = Number(segs[i].dataset.end);
      if (s >= start && e <= end) { segs[i].classList.add("focus"); }
    }
  }
  function show(keys) {
    body.textContent = "";
    clearFocus();
    keys.forEach(function (key) {
      var rec = records[key];
      if (!rec) { return; }
      var box = el("section", null, "record record-" + rec.record_type);
      box.appendChild(el("h3", rec.record_type === "timex" ? "time expression" : rec.record_type));
      var dl = el("dl");
      fields(rec).forEach(function (pair) {
        if (pair[1] === null || pair[1] === undefined || pair[1] === "") { return; }
        dl.appendChild(el("dt", pair[0]));
        dl.appendChild(el("dd", pair[1]));
      });
      box.appendChild(dl);
      var link = el("a", "permalink to this span", "permalink");
      link.href = "#" + rec.anchor;
      box.appendChild(link);
      body.appendChild(box);
      var m = /^s-(\d+)-(\d+)$/.exec(rec.anchor);
      if (m) { focusRange(Number(m[1]), Number(m[2])); }
    });
    panel.hidden = false;
  }
  textEl.addEventListener("click", function (ev) {
    var seg = ev.target.closest ? ev.target.closest(".hl") : null;
    if (!seg || !seg.dataset.recs) { return; }
    show(seg.dataset.recs.split(" "));
  });
  textEl.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") { return; }
    var seg = ev.target.closest ? ev.target.closest(".hl") : null;
    if (seg && seg.dataset.recs) { show(seg.dataset.recs.split(" ")); }
  });
  document.getElementById("record-close").addEventListener("click", function () {
    panel.hidden = true;
    clearFocus();
  });
  function fromHash() {
    var m = /^#s-(\d+)-(\d+)$/.exec(window.location.hash);
    if (!m) { return; }
    var anchor = "s-" + m[1] + "-" + m[2];
    var keys = Object.keys(records).filter(function (k) { return records[k].anchor === anchor; });
    if (keys.length) { show(keys); }
    var target = document.getElementById(anchor);
    if (target) { target.scrollIntoView({block: "center"}); }
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();
