// qa-lint editor page: vanilla JS, no dependencies.
//
// Highlights use a backdrop: a <div> behind the transparent <textarea> holds the
// same text with <mark>s around findings. Offsets come from the API in UTF-16
// units (utf16_offset/utf16_length), which is how JavaScript indexes strings.
"use strict";

(function () {
  const RANK = { info: 1, warning: 2, error: 3 };
  // Fixed strings in the page's language: gettext catalogues (qa_lint/locale) served as JSON.
  let strings = {};
  let pageLang = "en";
  function _(text) { const v = strings[text]; return typeof v === "string" && v ? v : text; }
  function ngettext(one, many, n) {
    const v = strings[one];
    if (Array.isArray(v) && v.length) return v[Math.min(v.length - 1, n === 1 ? 0 : 1)] || (n === 1 ? one : many);
    return n === 1 ? one : many;
  }
  function fmt(text, values) { return text.replace(/\{(\w+)\}/g, (m, k) => (k in values ? String(values[k]) : m)); }
  function label(severity) { return { error: _("Error"), warning: _("Warning"), info: _("Info") }[severity]; }
  function plural(severity) { return { error: _("Errors"), warning: _("Warnings"), info: _("Info") }[severity]; }
  function severityName(severity) { return { error: _("errors"), warning: _("warnings"), info: _("info") }[severity] || severity; }
  const ICON = { error: "\u2716", warning: "\u25B2", info: "\u2139" };
  const RECHECK_MS = 700;

  const $ = (id) => document.getElementById(id);
  const ta = $("article");
  const backdrop = $("backdrop");
  const editor = $("editor");
  const tooltip = $("tooltip");
  const failOn = $("fail-on");

  let findings = []; // {id, start, end, ...finding from the API}
  let shownText = ""; // the text the findings' offsets refer to
  let checkedText = null; // the text the server last answered for
  let lastError = null;
  let seq = 0;
  let pending = null; // AbortController of the request in flight
  let timer = null;
  let activeId = null;
  let tooltipId = null;
  let hideTimer = null;
  let notes = [];
  let languageNotice = null; // set when no rule pack could read the article (see /v1/check language_notice)
  let languages = [];
  let checkedSource = "";
  let answeredUiLang = "en"; // the language the server wrote the last messages in
  const rulesByLang = {}; // ui language -> Promise of {rule id: rule} from /v1/rules
  const explained = new Set(); // finding ids whose rule explanation is open
  const shownSeverities = new Set(["error", "warning", "info"]);

  // Ignore decisions persist per article (in localStorage), keyed by its first line:
  // the headline, which stays while the body is edited and re-checked.
  let ignoredKey = null;
  let ignored = new Set();
  function articleKey() {
    const first = (ta.value.split("\n").find((line) => line.trim()) || "").trim();
    let hash = 0;
    for (let i = 0; i < first.length; i++) hash = (hash * 31 + first.charCodeAt(i)) | 0;
    return "qa-lint-ignored:" + (hash >>> 0).toString(36) + ":" + first.length;
  }
  function loadIgnored() {
    const key = articleKey();
    if (key === ignoredKey) return;
    ignoredKey = key;
    try { ignored = new Set(JSON.parse(localStorage.getItem(key) || "[]")); } catch (e) { ignored = new Set(); }
  }
  function saveIgnored() {
    if (ignored.size) localStorage.setItem(ignoredKey, JSON.stringify([...ignored]));
    else localStorage.removeItem(ignoredKey);
  }

  // ---- talking to the server -------------------------------------------------

  async function api(path, options = {}) {
    const headers = Object.assign({ Accept: "application/json" }, options.headers || {});
    const token = sessionStorage.getItem("qa-lint-token");
    if (token) headers.Authorization = "Bearer " + token;
    const response = await fetch(path, Object.assign({}, options, { headers }));
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    if (response.status === 401) $("token-row").hidden = false;
    if (!response.ok) throw new Error((body && body.error) || "HTTP " + response.status);
    return body;
  }

  async function check() {
    clearTimeout(timer);
    if (pending) pending.abort();
    const text = ta.value;
    const mine = ++seq;
    pending = new AbortController();
    setBusy();
    try {
      const body = await api("/v1/check", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text, format: $("format").value, language: $("language").value || null, fail_on: failOn.value,
          ui_lang: $("ui-lang").value || null, source_text: $("source").value.trim() ? $("source").value : null }),
        signal: pending.signal,
      });
      if (mine !== seq || ta.value !== text) return; // a newer edit wins
      findings = body.findings.map((f, i) => Object.assign({}, f, {
        id: mine + "-" + i, start: f.utf16_offset, end: f.utf16_offset + f.utf16_length,
      }));
      shownText = text;
      checkedText = text;
      lastError = null;
      answeredUiLang = body.ui_lang || "en";
      loadIgnored();
      notes = body.notes || [];
      languageNotice = body.language_notice || null;
      checkedSource = $("source").value;
      if (body.mqm && body.source) {
        notes = notes.concat([fmt(_("Checked against the source ({units} aligned units). MQM: {points} penalty points per 1,000 words."),
          { units: body.source.units, points: body.mqm.per_1000_words })]);
      }
      render();
      const visible = visibleFindings();
      setPageLanguage(answeredUiLang);
      announce(visible.length ? fmt(ngettext("{count} finding.", "{count} findings.", visible.length), { count: visible.length }) + " " + $("status").textContent.trim() : _("No findings. Ready to publish."));
    } catch (error) {
      if (error.name === "AbortError" || mine !== seq) return;
      lastError = error.message;
      renderStatus();
    } finally {
      if (mine === seq) pending = null;
    }
  }

  function scheduleCheck() {
    clearTimeout(timer);
    timer = setTimeout(check, RECHECK_MS);
  }

  // ---- editing -----------------------------------------------------------------

  // Keep highlights on their words while the user types: shift findings after
  // the edit, drop the ones it touched; the debounced re-check settles the rest.
  function onInput() {
    const before = shownText;
    const after = ta.value;
    let p = 0;
    const max = Math.min(before.length, after.length);
    while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
    let s = 0;
    while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
    const oldEnd = before.length - s;
    const delta = after.length - before.length;
    findings = findings.filter((f) => f.end < p || f.start > oldEnd).map((f) => {
      if (f.start > oldEnd) return Object.assign({}, f, { start: f.start + delta, end: f.end + delta });
      return f;
    });
    shownText = after;
    render();
    if (after.trim()) scheduleCheck(); else { clearTimeout(timer); checkedText = after; findings = []; render(); }
  }

  function accept(f, suggestion) {
    if (ta.value.slice(f.start, f.end) !== f.match) {
      announce(_("The text has changed there; checking again."));
      check();
      return;
    }
    hideTooltip();
    ta.focus();
    ta.setSelectionRange(f.start, f.end);
    // execCommand keeps the browser's undo history; setRangeText is the fallback.
    let done = false;
    try { done = document.execCommand("insertText", false, suggestion); } catch (e) { done = false; }
    if (!done || ta.value.slice(f.start, f.start + suggestion.length) !== suggestion) {
      ta.setRangeText(suggestion, f.start, f.end, "end");
      onInput();
    }
    announce(fmt(_("Replaced \u201C{match}\u201D with \u201C{suggestion}\u201D."), { match: f.match, suggestion }));
    check();
  }

  function ignoreKey(f) { return f.rule + "\u241F" + f.match; }

  function ignore(f) {
    loadIgnored();
    ignored.add(ignoreKey(f));
    saveIgnored();
    hideTooltip();
    const next = nextFindingAfter(f);
    render();
    announce(fmt(_("Ignored \u201C{match}\u201D in this article."), { match: f.match }));
    focusFinding(next);
  }

  // Findings not ignored: what the verdict counts.
  function visibleFindings() {
    return findings.filter((f) => f.rule.startsWith("qa-lint.") || !ignored.has(ignoreKey(f)));
  }

  // ...and of those, the severities the filters show: what the panel and highlights show.
  function shownFindings() {
    return visibleFindings().filter((f) => shownSeverities.has(f.severity));
  }

  // ---- rule explanations and downloads -------------------------------------------

  function rulesIn(lang) {
    if (!rulesByLang[lang]) {
      rulesByLang[lang] = api("/v1/rules?ui_lang=" + encodeURIComponent(lang)).then((body) => {
        const byId = {};
        body.rules.forEach((r) => { byId[r.id] = r; });
        return byId;
      });
      rulesByLang[lang].catch(() => { delete rulesByLang[lang]; });
    }
    return rulesByLang[lang];
  }

  async function toggleExplanation(f) {
    if (explained.has(f.id)) { explained.delete(f.id); renderPanel(); return; }
    explained.add(f.id);
    try {
      const rules = await rulesIn(answeredUiLang);
      const rule = rules[f.rule];
      f.explanation = (rule && rule.description) || _("No explanation is written for this rule yet.");
    } catch (error) {
      f.explanation = _("Could not load the explanation:") + " " + error.message;
    }
    renderPanel();
  }

  const EXPORT_FIELDS = ["path", "line", "column", "end_line", "end_column", "severity", "category", "rule", "message", "match", "suggestions"];

  function exported() {
    return visibleFindings().map((f) => {
      const out = {};
      EXPORT_FIELDS.forEach((k) => { out[k] = f[k]; });
      out.offset = f.offset; out.length = f.length;
      return out;
    });
  }

  function csvCell(value) {
    const text = Array.isArray(value) ? value.join(" / ") : String(value == null ? "" : value);
    const quote = String.fromCharCode(34);
    const needsQuotes = [quote, ",", "\r", "\n"].some((c) => text.includes(c));
    return needsQuotes ? quote + text.split(quote).join(quote + quote) + quote : text;
  }

  function download(name, type, content) {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const a = el("a", { href: url, download: name });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  function nextFindingAfter(f) {
    const list = panelOrder().filter((x) => ignoreKey(x) !== ignoreKey(f));
    const all = panelOrder();
    const at = all.indexOf(f);
    return all.slice(at + 1).find((x) => list.includes(x)) || list[list.length - 1] || null;
  }

  function focusFinding(f) {
    const target = f && document.querySelector('.finding[data-id="' + f.id + '"] .jump');
    (target || $("findings-title")).focus();
  }

  // ---- rendering ---------------------------------------------------------------

  function render() {
    renderBackdrop();
    renderPanel();
    renderStatus();
    renderBanner();
  }

  // Never a silent pass: a text no rule pack could read says so above the article,
  // with the languages to choose from.
  function languageName(code) {
    try { return new Intl.DisplayNames([document.documentElement.lang || "en"], { type: "language" }).of(code) + " (" + code + ")"; }
    catch (e) { return code; }
  }

  function renderBanner() {
    const banner = $("language-banner");
    const show = !!languageNotice && checkedText !== null && checkedText === ta.value;
    banner.hidden = !show;
    if (!show) return;
    const why = languageNotice.language
      ? fmt(_("Not checked: there are no rule packs for the language \u201C{language}\u201D, so no rule ran on this article."), { language: languageNotice.language })
      : _("Not checked: qa-lint could not tell which language this article is in (it is short, or in a language without rule packs), so no rule ran.");
    $("language-banner-text").textContent = why + " " + _("Choose its language:");
    const buttons = (languageNotice.languages || languages).map((code) => el("button", {
      type: "button", class: "set-language", "data-language": code,
      onclick: () => { $("language").value = code; check(); },
    }, [languageName(code)]));
    $("language-banner-actions").replaceChildren(...buttons);
  }

  // Split the text at every finding boundary; each piece is marked with the most
  // severe finding covering it, so overlapping findings still show.
  function renderBackdrop() {
    const text = ta.value;
    const visible = shownFindings().filter((f) => f.end > f.start && f.end <= text.length);
    const cuts = new Set([0, text.length]);
    visible.forEach((f) => { cuts.add(f.start); cuts.add(f.end); });
    const points = [...cuts].sort((a, b) => a - b);
    const frag = document.createDocumentFragment();
    for (let i = 0; i < points.length - 1; i++) {
      const a = points[i], b = points[i + 1];
      const piece = text.slice(a, b);
      const covering = visible.filter((f) => f.start <= a && f.end >= b)
        .sort((x, y) => RANK[y.severity] - RANK[x.severity] || x.start - y.start);
      if (!covering.length) { frag.appendChild(document.createTextNode(piece)); continue; }
      const mark = document.createElement("mark");
      mark.className = covering[0].severity + (covering.some((f) => f.id === activeId) ? " active" : "") +
        (covering.every((f) => f.end - f.start <= 2) ? " short" : ""); // a lone quote mark needs help to be seen
      mark.dataset.ids = covering.map((f) => f.id).join(" ");
      mark.dataset.rule = covering[0].rule;
      mark.dataset.line = covering[0].line;
      mark.textContent = piece;
      frag.appendChild(mark);
    }
    // A trailing newline needs something after it to take up a line, as in the textarea.
    frag.appendChild(document.createTextNode("\n\u00A0"));
    backdrop.replaceChildren(frag);
    syncGeometry();
  }

  function syncGeometry() {
    const cs = getComputedStyle(ta);
    const borders = parseFloat(cs.borderLeftWidth) + parseFloat(cs.borderRightWidth);
    const scrollbar = ta.offsetWidth - ta.clientWidth - borders;
    backdrop.style.paddingRight = (parseFloat(cs.paddingRight) + Math.max(0, scrollbar)) + "px";
    backdrop.scrollTop = ta.scrollTop;
    backdrop.scrollLeft = ta.scrollLeft;
  }

  function panelOrder() {
    return shownFindings().slice().sort((a, b) => RANK[b.severity] - RANK[a.severity] || a.start - b.start);
  }

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v);
    });
    (children || []).forEach((c) => node.appendChild(typeof c === "string" ? document.createTextNode(c) : c));
    return node;
  }

  function actions(f) {
    const buttons = f.suggestions.slice(0, 3).map((s) => el("button", {
      type: "button", class: "accept",
      "aria-label": fmt(_("Accept suggestion \u201C{suggestion}\u201D for \u201C{match}\u201D on line {line}"), { suggestion: s, match: f.match, line: f.line }),
      onclick: () => accept(f, s),
    }, ["\u2714 " + fmt(_("Accept \u201C{suggestion}\u201D"), { suggestion: s })]));
    if (f.rule.startsWith("qa-lint.")) return el("div", { class: "actions" }, buttons); // qa-lint's own notices are not ignorable
    buttons.push(el("button", {
      type: "button", class: "why", "aria-expanded": String(explained.has(f.id)),
      title: _("What this rule checks, and why"), onclick: () => toggleExplanation(f),
    }, [_("Why?")]));
    buttons.push(el("button", {
      type: "button", class: "ignore", title: _("Hide this finding (same rule, same words) in this article, also after a reload"),
      "aria-label": fmt(_("Ignore finding \u201C{match}\u201D on line {line}"), { match: f.match, line: f.line }),
      onclick: () => ignore(f),
    }, [_("Ignore")]));
    return el("div", { class: "actions" }, buttons);
  }

  // The source sentence a finding compares the article with (bilingual findings point into it).
  function sourceQuote(f) {
    const rel = (f.related || []).find((r) => r.path === "<source>" && r.utf16_offset != null);
    if (!rel) return [];
    const text = checkedSource.slice(rel.utf16_offset, rel.utf16_offset + rel.utf16_length).trim();
    if (!text) return [];
    return [el("p", { class: "source-quote" }, [el("span", { class: "muted", text: fmt(_("Source, line {line}:"), { line: rel.line }) + " " }), text])];
  }

  function renderPanel() {
    const box = $("findings");
    const focusedId = document.activeElement && document.activeElement.closest && document.activeElement.closest(".finding")
      ? document.activeElement.closest(".finding").dataset.id : null;
    const focusedClass = focusedId ? document.activeElement.className : null;
    box.replaceChildren();
    const list = panelOrder();
    $("count").textContent = checkedText === null ? "" : "(" + list.length + ")";
    if (checkedText !== null && !list.length) box.appendChild(el("p", { class: "empty", text: _("No findings.") }));
    ["error", "warning", "info"].forEach((severity) => {
      const group = list.filter((f) => f.severity === severity);
      if (!group.length) return;
      box.appendChild(el("h3", { class: severity }, [el("span", { "aria-hidden": "true", text: ICON[severity] + " " }), plural(severity) + " (" + group.length + ")"]));
      const ul = el("ul");
      group.forEach((f) => {
        const li = el("li", {
          class: "finding " + f.severity + (f.id === activeId ? " active" : ""), "data-id": f.id, "data-rule": f.rule,
          onmouseenter: () => setActive(f.id, true), onfocusin: () => setActive(f.id, true),
        }, [
          el("button", { type: "button", class: "jump", title: _("Show in the article"), onclick: () => jumpTo(f) }, [
            el("span", { class: "where" }, [
              el("span", { class: "sev " + f.severity, text: ICON[f.severity] + " " + label(f.severity) }),
              " \u00B7 " + fmt(_("line {line}, column {column}"), { line: f.line, column: f.column }) + " \u00B7 " + f.category,
            ]),
            el("p", { class: "message" }, [el("span", { class: "match", text: f.match }), " \u2014 " + f.message]),
          ].concat(sourceQuote(f))),
          actions(f),
        ].concat(explained.has(f.id) && f.explanation ? [el("p", { class: "explain", text: f.explanation })] : [])
          .concat([el("div", { class: "rule-id", text: f.rule })]));
        ul.appendChild(li);
      });
      box.appendChild(ul);
    });
    const filtered = visibleFindings().length - list.length;
    if (filtered) box.appendChild(el("p", { class: "muted filtered", text: fmt(ngettext("{count} hidden by the filters above.", "{count} hidden by the filters above.", filtered), { count: filtered }) }));
    const hidden = findings.length - visibleFindings().length;
    $("ignored-row").hidden = hidden === 0 && ignored.size === 0;
    $("ignored-count").textContent = hidden ? fmt(ngettext("{count} ignored finding hidden.", "{count} ignored findings hidden.", hidden), { count: hidden }) : "";
    $("notes").textContent = notes.join(" ");
    if (focusedId) {
      const again = box.querySelector('.finding[data-id="' + focusedId + '"] .' + (focusedClass || "jump").split(" ")[0]);
      if (again) again.focus();
    }
  }

  function renderStatus() {
    const status = $("status");
    const icon = status.querySelector(".status-icon");
    const text = status.querySelector(".status-text");
    const threshold = RANK[failOn.value];
    let state, iconText, message;
    if (lastError) {
      state = "failed"; iconText = "!"; message = _("Could not check:") + " " + lastError;
    } else if (checkedText === null) {
      state = "idle"; iconText = "\u2026"; message = _("Not checked yet");
    } else if (checkedText !== ta.value) {
      state = "busy"; iconText = "\u231B"; message = _("Checking\u2026");
    } else if (languageNotice) {
      // Not "ready": nothing was checked. Ignoring findings cannot change that.
      state = "unchecked"; iconText = "?";
      message = _("Not checked: choose the article\u2019s language");
    } else {
      const visible = visibleFindings();
      const blocking = visible.filter((f) => RANK[f.severity] >= threshold);
      const hidden = findings.length - visible.length;
      if (blocking.length) {
        state = "blocked"; iconText = "\u2716";
        message = fmt(ngettext("Not ready to publish: {count} finding at or above {threshold}",
          "Not ready to publish: {count} findings at or above {threshold}", blocking.length), { count: blocking.length, threshold: severityName(failOn.value) });
      } else {
        state = "ready"; iconText = "\u2714";
        message = _("Ready to publish");
        const below = visible.length;
        const extra = [];
        if (below) extra.push(fmt(_("{count} below {threshold}"), { count: below, threshold: severityName(failOn.value) }));
        if (hidden) extra.push(fmt(_("{count} ignored"), { count: hidden }));
        if (extra.length) message += " (" + extra.join(", ") + ")";
      }
    }
    status.className = "status status-" + state;
    status.dataset.state = state;
    icon.textContent = iconText;
    text.textContent = message;
  }

  function setBusy() {
    if (checkedText !== null && checkedText === ta.value && !lastError) return; // re-check of unchanged text: keep the verdict
    lastError = null;
    const status = $("status");
    status.className = "status status-busy";
    status.dataset.state = "busy";
    status.querySelector(".status-icon").textContent = "\u231B";
    status.querySelector(".status-text").textContent = _("Checking\u2026");
  }

  // ---- highlights: active finding, tooltip, jumping ------------------------------

  function markFor(id) {
    return [...backdrop.querySelectorAll("mark")].find((m) => m.dataset.ids.split(" ").includes(id)) || null;
  }

  function setActive(id, scroll) {
    activeId = id;
    backdrop.querySelectorAll("mark").forEach((m) => m.classList.toggle("active", !!id && m.dataset.ids.split(" ").includes(id)));
    document.querySelectorAll(".finding").forEach((li) => li.classList.toggle("active", li.dataset.id === id));
    const mark = id && markFor(id);
    if (mark && scroll) scrollToMark(mark);
  }

  function scrollToMark(mark) {
    const top = mark.offsetTop;
    if (top < ta.scrollTop + 20 || top > ta.scrollTop + ta.clientHeight - 40) {
      ta.scrollTop = Math.max(0, top - ta.clientHeight / 3);
      syncGeometry();
    }
  }

  function jumpTo(f) {
    const mark = markFor(f.id);
    if (mark) scrollToMark(mark);
    ta.focus({ preventScroll: true });
    ta.setSelectionRange(f.start, f.end);
    if (mark) scrollToMark(mark);
    showTooltip(f);
  }

  function findingById(id) { return findings.find((f) => f.id === id) || null; }

  function showTooltip(f) {
    clearTimeout(hideTimer);
    const mark = markFor(f.id);
    if (!mark) return;
    if (tooltipId !== f.id) {
      tooltip.replaceChildren(
        el("div", { class: "where" }, [el("span", { class: "sev " + f.severity, text: ICON[f.severity] + " " + label(f.severity) }), " \u00B7 " + f.category]),
        el("p", { class: "message" }, [el("strong", { text: f.match }), " \u2014 " + f.message]),
        f.suggestions.length ? el("p", { class: "suggestion" }, [_("Suggestion:") + " ", el("strong", { text: f.suggestions.join(" / ") })]) : el("span"),
        actions(f),
      );
      tooltipId = f.id;
      tooltip.dataset.id = f.id;
    }
    tooltip.hidden = false;
    const box = editor.getBoundingClientRect();
    const rect = mark.getClientRects()[0] || mark.getBoundingClientRect();
    const width = tooltip.offsetWidth;
    let left = rect.left - box.left;
    left = Math.max(8, Math.min(left, box.width - width - 8));
    let top = rect.bottom - box.top + 8;
    if (top + tooltip.offsetHeight > box.height && rect.top - box.top - tooltip.offsetHeight - 8 > 0) {
      top = rect.top - box.top - tooltip.offsetHeight - 8;
    }
    tooltip.style.left = left + "px";
    tooltip.style.top = top + "px";
    setActive(f.id, false);
    ta.setAttribute("aria-describedby", "tooltip editor-help status");
  }

  function hideTooltip() {
    clearTimeout(hideTimer);
    tooltip.hidden = true;
    tooltipId = null;
    ta.setAttribute("aria-describedby", "editor-help status");
  }

  function hideSoon() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => {
      if (tooltip.matches(":hover") || tooltip.contains(document.activeElement)) return;
      if (!caretTooltip()) hideTooltip();
    }, 300);
  }

  function findingAtCaret() {
    const pos = ta.selectionStart;
    return visibleFindings().find((f) => f.end > f.start && f.start <= pos && pos <= f.end) || null;
  }

  // Keyboard users get the same tooltip when the caret enters a highlight.
  function caretTooltip() {
    updateCaret();
    if (document.activeElement !== ta || checkedText === null) return false;
    const f = findingAtCaret();
    if (!f) return false;
    if (tooltipId !== f.id) announce(label(f.severity) + ": " + f.message + (f.suggestions.length ? " " + _("Suggestion:") + " " + f.suggestions[0] + "." : "") + " " + _("Press Tab to reach Accept and Ignore."));
    showTooltip(f);
    return true;
  }

  function updateCaret() {
    const before = ta.value.slice(0, ta.selectionStart);
    const line = before.split("\n").length;
    const column = ta.selectionStart - before.lastIndexOf("\n");
    $("caret").textContent = fmt(_("Line {line}, column {column}"), { line, column });
  }

  let hoverFrame = 0;
  function onPointerMove(event) {
    if (hoverFrame) return;
    hoverFrame = requestAnimationFrame(() => {
      hoverFrame = 0;
      // The textarea covers the marks; ask which elements lie under the pointer.
      const mark = document.elementsFromPoint(event.clientX, event.clientY).find((n) => n.tagName === "MARK" && backdrop.contains(n));
      const f = mark && findingById(mark.dataset.ids.split(" ")[0]);
      if (f) showTooltip(f); else if (tooltipId) hideSoon();
    });
  }

  let announceTimer = null;
  function announce(text) {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => { $("announce").textContent = text; }, 50);
  }

  // ---- wiring --------------------------------------------------------------------

  ta.addEventListener("input", onInput);

  $("source").addEventListener("input", () => { if (ta.value.trim()) scheduleCheck(); });
  ta.addEventListener("scroll", () => { syncGeometry(); if (tooltipId) { const f = findingById(tooltipId); if (f && markFor(f.id)) showTooltip(f); } });
  ta.addEventListener("mousemove", onPointerMove);
  ta.addEventListener("mouseleave", hideSoon);
  ta.addEventListener("keyup", (e) => { if (e.key !== "Escape" && !caretTooltip() && tooltipId) hideTooltip(); });
  ta.addEventListener("click", () => { if (!caretTooltip() && tooltipId) hideTooltip(); });
  ta.addEventListener("keydown", (e) => { if (e.key === "Escape") hideTooltip(); });
  ta.addEventListener("blur", () => hideSoon());
  tooltip.addEventListener("mouseenter", () => clearTimeout(hideTimer));
  tooltip.addEventListener("mouseleave", hideSoon);
  tooltip.addEventListener("focusout", hideSoon);
  tooltip.addEventListener("keydown", (e) => { if (e.key === "Escape") { hideTooltip(); ta.focus(); } });
  $("findings").addEventListener("mouseleave", () => setActive(null, false));
  new ResizeObserver(syncGeometry).observe(ta);

  $("check").addEventListener("click", check);
  $("format").addEventListener("change", () => ta.value.trim() && check());
  $("language").addEventListener("change", () => ta.value.trim() && check());
  failOn.addEventListener("change", () => { sessionStorage.setItem("qa-lint-fail-on", failOn.value); renderStatus(); });
  $("unignore").addEventListener("click", () => {
    loadIgnored();
    ignored.clear();
    saveIgnored();
    render();
  });
  $("filters").addEventListener("change", (event) => {
    const box = event.target;
    if (box.checked) shownSeverities.add(box.dataset.severity); else shownSeverities.delete(box.dataset.severity);
    render();
  });
  $("ui-lang").addEventListener("change", () => {
    sessionStorage.setItem("qa-lint-ui-lang", $("ui-lang").value);
    if ($("ui-lang").value) setPageLanguage($("ui-lang").value);
    if (ta.value.trim()) check();
  });
  $("export-json").addEventListener("click", () => {
    download("qa-lint-findings.json", "application/json", JSON.stringify({ findings: exported() }, null, 1));
  });
  $("export-csv").addEventListener("click", () => {
    const rows = [EXPORT_FIELDS.join(",")].concat(exported().map((f) => EXPORT_FIELDS.map((k) => csvCell(f[k])).join(",")));
    download("qa-lint-findings.csv", "text/csv", rows.join("\r\n") + "\r\n");
  });
  $("token-row").addEventListener("submit", (event) => {
    event.preventDefault();
    sessionStorage.setItem("qa-lint-token", $("token").value);
    $("token-row").hidden = true;
    $("token").value = "";
    start().then(() => ta.value.trim() && check());
  });
  $("sample").addEventListener("click", async () => {
    try {
      const sample = await api("/v1/sample");
      if ([...$("language").options].some((o) => o.value === sample.language)) $("language").value = sample.language;
      $("format").value = sample.format;
      ta.value = sample.text;
      if (sample.source_text) { $("source").value = sample.source_text; $("source-pane").open = true; }
      ta.scrollTop = 0;
      shownText = ta.value;
      findings = [];
      render();
      check();
    } catch (error) {
      lastError = error.message;
      renderStatus();
    }
  });

  // The page speaks the language of the messages: the "Messages in" choice, else the
  // language the server answered in (the article's), else the browser's.
  async function setPageLanguage(lang) {
    if (!lang || lang === pageLang) return;
    try {
      const body = await api("/v1/ui-strings?lang=" + encodeURIComponent(lang));
      strings = body.strings || {};
      pageLang = body.lang || lang;
    } catch (error) {
      return;
    }
    document.documentElement.lang = pageLang;
    document.querySelectorAll("[data-i18n]").forEach((node) => {
      if (!node.dataset.i18nSource) node.dataset.i18nSource = node.textContent.replace(/\s+/g, " ").trim();
      node.textContent = _(node.dataset.i18nSource);
    });
    document.querySelectorAll("[data-i18n-placeholder]").forEach((node) => { node.placeholder = _(node.dataset.i18nPlaceholder); });
    document.querySelectorAll("[data-i18n-title]").forEach((node) => { node.title = _(node.dataset.i18nTitle); });
    render();
  }

  async function start() {
    try {
      const chosen = sessionStorage.getItem("qa-lint-ui-lang") || (navigator.language || "en").split("-")[0];
      await setPageLanguage(chosen);
      const health = await api("/healthz");
      const select = $("language");
      languages = health.languages;
      if (select.options.length === 1) {
        health.languages.forEach((code) => select.appendChild(el("option", { value: code, text: code })));
      }
      failOn.value = sessionStorage.getItem("qa-lint-fail-on") || (health.fail_on in RANK ? health.fail_on : "warning");
      $("ui-lang").value = sessionStorage.getItem("qa-lint-ui-lang") || "";
      render();
    } catch (error) {
      lastError = error.message;
      renderStatus();
    }
  }
  start();
})();
