/* audioreview web edition: chapters that seek, the current chapter, the
   sentence being read highlighted, click- or keyboard-to-seek on the text.
   Everything here is an addition: without it the page still holds all text,
   the native player and every link. No global keyboard shortcuts: the only
   keys handled are Enter/Space and the Up/Down arrows (plus Home/End) while a
   sentence of the review text has focus, with no modifier pressed. */
(function () {
  "use strict";
  var audio = document.getElementById("ar-audio");
  var dataEl = document.getElementById("ar-timing");
  if (!audio || !dataEl) { return; }
  var data;
  try { data = JSON.parse(dataEl.textContent); } catch (e) { return; }
  document.documentElement.classList.add("js");

  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };
  each(document.querySelectorAll("[data-js-only]"), function (el) { el.hidden = false; });
  each(document.querySelectorAll("[data-no-js]"), function (el) { el.hidden = true; });

  var transcript = document.getElementById("transcript");
  var follow = document.getElementById("ar-follow");
  var nowChapter = document.getElementById("ar-now-chapter");
  var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  // Utterances in episode order: [id, start, end], and their elements.
  var utts = [];
  data.utterances.forEach(function (u) {
    var el = document.getElementById(u[0]);
    if (el) {
      el.classList.add("seekable");
      if (!el.hasAttribute("data-start")) { el.setAttribute("data-start", String(u[1])); }
      utts.push({ id: u[0], start: u[1], end: u[2], el: el });
    }
  });
  // The roving group: seekable parts of the review text, in document order;
  // one of them is in the Tab order at a time.
  var group = transcript ? Array.prototype.slice.call(transcript.querySelectorAll(".seekable")) : [];
  group.forEach(function (el, i) { el.tabIndex = i === 0 ? 0 : -1; });
  var chapters = data.chapters.map(function (c) {
    var li = document.querySelector('.chapters li[data-chapter="' + CSS.escape(c[0]) + '"]');
    return { id: c[0], title: c[1], start: c[2], end: c[3], button: li && li.querySelector("button.seek") };
  });

  function play() {
    var p = audio.play();
    if (p && p.catch) { p.catch(function () {}); }
  }
  function seek(t, andPlay) {
    audio.currentTime = Math.max(0, t);
    update();
    if (andPlay) { play(); }
  }
  function setRoving(el) {
    if (group.indexOf(el) < 0) { return; }
    group.forEach(function (g) { g.tabIndex = g === el ? 0 : -1; });
  }

  // -- what is being read
  var current = null;
  var currentChapter = null;
  function utteranceAt(t) {
    var lo = 0, hi = utts.length - 1, found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (utts[mid].start <= t + 0.001) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    if (found < 0) { return null; }
    var u = utts[found], next = utts[found + 1];
    // In the pause after a sentence it stays lit until the next one starts.
    return (t < u.end || (next && t < next.start)) ? u : null;
  }
  function inView(el) {
    var r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= (window.innerHeight || document.documentElement.clientHeight);
  }
  function update() {
    var t = audio.currentTime;
    var u = utteranceAt(t);
    var el = u ? u.el : null;
    if (el !== current) {
      if (current) { current.classList.remove("current"); }
      current = el;
      if (el) {
        el.classList.add("current");
        if (!transcript || !transcript.contains(document.activeElement)) { setRoving(el); }
        if (follow && follow.checked && !audio.paused && !inView(el)) {
          el.scrollIntoView({ block: "center", behavior: reduceMotion ? "auto" : "smooth" });
        }
      }
    }
    var ch = null;
    for (var i = 0; i < chapters.length; i++) {
      var c = chapters[i];
      if (t >= c.start - 0.001 && (t < c.end || i === chapters.length - 1)) { ch = c; }
    }
    if (ch !== currentChapter) {
      currentChapter = ch;
      chapters.forEach(function (c) {
        if (c.button) {
          if (c === ch) { c.button.setAttribute("aria-current", "true"); } else { c.button.removeAttribute("aria-current"); }
        }
      });
      if (nowChapter) { nowChapter.textContent = ch ? ch.title : "\u2013"; }
    }
  }
  var ticking = false;
  function tick() {
    update();
    if (!audio.paused && !audio.ended) { window.requestAnimationFrame(tick); } else { ticking = false; }
  }
  audio.addEventListener("play", function () { if (!ticking) { ticking = true; window.requestAnimationFrame(tick); } });
  ["timeupdate", "seeked", "loadedmetadata", "pause", "ended"].forEach(function (name) {
    audio.addEventListener(name, update);
  });

  // -- chapters
  chapters.forEach(function (c) {
    if (c.button) {
      c.button.addEventListener("click", function () { seek(c.start, true); });
    }
  });

  // -- click a sentence to play from it (not when following a link or selecting text)
  document.addEventListener("click", function (ev) {
    var target = ev.target;
    if (!target.closest || target.closest("a, button, input, label, audio")) { return; }
    var el = target.closest(".seekable");
    if (!el) { return; }
    var sel = window.getSelection && window.getSelection();
    if (sel && !sel.isCollapsed && el.contains(sel.anchorNode)) { return; }
    setRoving(el);
    seek(parseFloat(el.getAttribute("data-start")), true);
  });

  // -- the keyboard inside the review text
  if (transcript) {
    transcript.addEventListener("keydown", function (ev) {
      if (ev.altKey || ev.ctrlKey || ev.metaKey || ev.shiftKey) { return; }
      var el = ev.target;
      var i = group.indexOf(el);
      if (i < 0) { return; }
      var to = null;
      if (ev.key === "Enter" || ev.key === " " || ev.key === "Spacebar") {
        ev.preventDefault();
        seek(parseFloat(el.getAttribute("data-start")), true);
        return;
      }
      if (ev.key === "ArrowDown") { to = group[Math.min(group.length - 1, i + 1)]; }
      else if (ev.key === "ArrowUp") { to = group[Math.max(0, i - 1)]; }
      else if (ev.key === "Home") { to = group[0]; }
      else if (ev.key === "End") { to = group[group.length - 1]; }
      if (to) {
        ev.preventDefault();
        setRoving(to);
        to.focus();
      }
    });
  }
  update();
})();
