/* itis-extract review page: fact details, filters, keyboard, corrections (localStorage).
   Report text only ever enters the DOM as textContent or attribute values. */
(function () {
  "use strict";
  const DATA = JSON.parse(document.getElementById("data").textContent);
  const FACTS = DATA.facts;
  const KEY = "itis-review:" + DATA.doc_id + ":" + DATA.sha256;
  const $ = (sel, root) => (root || document).querySelector(sel);
  const $$ = (sel, root) => Array.from((root || document).querySelectorAll(sel));
  const typeIndex = {};
  DATA.types.forEach((t) => { typeIndex[t.name] = t.index; });
  let state = load();
  let selected = null;
  let checkCursor = -1;

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? "" : String(v));
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  // ------------------------------------------------------------------ storage
  function load() {
    try {
      const raw = window.localStorage.getItem(KEY);
      const parsed = raw ? JSON.parse(raw) : null;
      if (parsed && Array.isArray(parsed.corrections)) return parsed;
    } catch (e) { /* storage unavailable or corrupt: start empty */ }
    return { corrections: [] };
  }
  function save() {
    try { window.localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* ignore */ }
    refresh();
  }
  function now() { return new Date().toISOString(); }
  function rejected(id) {
    return state.corrections.some((c) => c.action === "reject" && c.fact_id === id);
  }
  function edits(id) {
    const out = {};
    state.corrections.forEach((c) => { if (c.action === "edit" && c.fact_id === id) out[c.field] = c.value; });
    return out;
  }
  function addCorrection(c) { c.at = now(); state.corrections.push(c); save(); }
  function removeCorrection(i) { state.corrections.splice(i, 1); save(); }

  // ------------------------------------------------------------------ formatting
  function fmt(v) {
    if (v === null || v === undefined) return el("span", { class: "null" }, "—");
    if (typeof v === "number") return Math.abs(v) >= 1e5 ? v.toLocaleString("en-US", { maximumFractionDigits: 6 }) : String(v);
    if (typeof v === "boolean") return v ? "yes" : "no";
    if (Array.isArray(v)) {
      if (!v.length) return el("span", { class: "null" }, "—");
      return v.map((x) => (typeof x === "object" ? JSON.stringify(x) : String(x))).join(", ");
    }
    if (typeof v === "object") return JSON.stringify(v);
    return String(v);
  }

  // ------------------------------------------------------------------ detail panel
  function select(id, scroll) {
    const f = FACTS[id];
    if (!f) return;
    selected = id;
    $$("mark.selected").forEach((m) => m.classList.remove("selected"));
    const marks = $$('mark[data-id="' + CSS.escape(id) + '"]');
    marks.forEach((m) => m.classList.add("selected"));
    const target = marks.find((m) => !m.classList.contains("mention")) || marks[0];
    if (target) {
      const d = target.closest("details");
      if (d) d.open = true;
      if (scroll) target.scrollIntoView({ block: "center", behavior: "instant" });
    } else if (scroll) {
      const card = $('.table-card[data-id="' + CSS.escape(id) + '"]');
      if (card) card.scrollIntoView({ block: "center", behavior: "instant" });
    }
    renderDetail();
  }

  function renderDetail() {
    const box = $("#detail");
    box.replaceChildren();
    const f = selected && FACTS[selected];
    if (!f) {
      box.append(el("div", { class: "empty" }, "Click a highlighted fact (or press j) to see its normalized fields."));
      return;
    }
    const ti = typeIndex[f.type];
    const label = (DATA.types[ti] || {}).label || f.type;
    const changed = edits(f.id);
    const isRejected = rejected(f.id);
    box.append(el("div", { class: "head ty" + ti },
      el("span", { class: "badge" }, label),
      el("span", { class: "fid" }, f.id),
      isRejected ? el("span", { class: "state" }, "REJECTED") : null,
      f.review ? el("span", { class: "state" }, "reviewed: " + f.review.action + (f.review.at ? " " + f.review.at : "")) : null));
    box.append(el("div", { class: "quote", id: "detail-text" }, f.text));
    const norm = normalized(f, changed);
    if (norm) box.append(el("div", { class: "norm", id: "detail-norm" }, norm));
    box.append(el("div", { class: "prov" },
      "page " + f.page + " · chars " + f.start + "–" + f.end +
      (f.sentence !== null ? " · sentence " + f.sentence : "") + " · " + f.rule +
      (f.mentions ? " · " + f.mentions + " mentions" : "")));
    const schema = DATA.schemas[f.type] || {};
    const rows = [];
    for (const [name, value] of Object.entries(f.fields)) {
      const has = Object.prototype.hasOwnProperty.call(changed, name);
      const shown = has ? changed[name] : value;
      const editable = Object.prototype.hasOwnProperty.call(schema, name);
      rows.push(el("tr", { class: has ? "changed" : null, "data-field": name },
        el("th", {}, name),
        el("td", { class: "v" }, fmt(shown)),
        el("td", {}, editable ? el("button", { class: "ed", title: "edit " + name,
          onclick: () => startEdit(name) }, "✎") : null)));
    }
    box.append(el("table", { class: "fields", id: "fields" }, el("tbody", {}, ...rows)));
    if (f.sentence_text) {
      const s = f.sentence_text;
      const i = s.indexOf(f.text);
      const p = el("div", { class: "sentence ty" + ti });
      if (i >= 0) p.append(s.slice(0, i), el("b", {}, f.text), s.slice(i + f.text.length));
      else p.append(s);
      box.append(p);
    }
    box.append(el("div", { class: "actions" },
      el("button", { class: "btn danger", id: "reject", onclick: toggleReject },
        isRejected ? "Undo reject" : "Reject (x)"),
      el("button", { class: "btn", onclick: () => startEdit(null) }, "Edit a field (e)")));
    box.append(el("div", { id: "editor-slot" }));
    const img = f.bbox && DATA.page_images[String(f.page)];
    if (img) {
      // The PDF page with the fact's box; a click zooms in (2.5x) around the box.
      const b = el("div", { class: "box" });
      b.style.left = (100 * f.bbox[0] / img.w) + "%";
      b.style.top = (100 * f.bbox[1] / img.h) + "%";
      b.style.width = (100 * (f.bbox[2] - f.bbox[0]) / img.w) + "%";
      b.style.height = (100 * (f.bbox[3] - f.bbox[1]) / img.h) + "%";
      const inner = el("div", { class: "pagewrap" }, el("img", { src: img.src, alt: "page " + f.page }), b);
      const wrap = el("div", { class: "pageimg", title: "click to zoom" }, inner);
      wrap.addEventListener("click", () => {
        wrap.classList.toggle("zoom");
        if (wrap.classList.contains("zoom")) {
          wrap.scrollLeft = b.offsetLeft - wrap.clientWidth / 3;
          wrap.scrollTop = b.offsetTop - wrap.clientHeight / 2;
        }
      });
      box.append(el("div", { class: "prov" }, "page " + f.page + " of the PDF"), wrap);
    }
  }

  // The one-line reading of a fact: "18,120,000,000 USD (eq)", "2023-12 (month)", a name.
  function normalized(f, changed) {
    const v = Object.assign({}, f.fields, changed);
    const text = (x) => (x instanceof Node ? x.textContent : String(x));
    if ("value" in v && "unit" in v) {
      const q = v.qualifier && v.qualifier !== "eq" ? " (" + v.qualifier + ")" : "";
      return "= " + text(fmt(v.value)) + " " + v.unit + q;
    }
    if ("iso" in v) return "= " + (v.iso === null ? "unresolved" : v.iso) + (v.precision ? " (" + v.precision + ")" : "");
    if ("start_iso" in v) return "= " + v.start_iso + " – " + v.end_iso;
    if (v.name && v.name !== f.text) return "= " + v.name;
    return null;
  }

  function toggleReject() {
    if (!selected) return;
    const i = state.corrections.findIndex((c) => c.action === "reject" && c.fact_id === selected);
    if (i >= 0) removeCorrection(i);
    else addCorrection({ action: "reject", fact_id: selected });
  }

  // An input for one field, from its kind (number, string, bool, choice, json).
  function inputFor(spec, value) {
    spec = spec || { kind: "json" };
    if (spec.kind === "choice" || spec.kind === "bool") {
      const opts = spec.kind === "bool" ? [true, false] : spec.choices;
      const s = el("select", {});
      if (spec.nullable) s.append(el("option", { value: "null" }, "—"));
      opts.forEach((o) => s.append(el("option", { value: JSON.stringify(o), selected: o === value }, String(o))));
      if (value === null || value === undefined) s.value = spec.nullable ? "null" : JSON.stringify(opts[0]);
      return s;
    }
    const text = value === null || value === undefined ? "" :
      (spec.kind === "json" ? JSON.stringify(value) : String(value));
    return el("input", { type: "text", value: text });
  }
  function readInput(spec, input) {
    spec = spec || { kind: "json" };
    const raw = input.value;
    if (input.tagName === "SELECT") return JSON.parse(raw);
    if (raw.trim() === "" && spec.nullable) return null;
    if (spec.kind === "number" || spec.kind === "integer") {
      const n = Number(raw.replace(/,/g, ""));
      if (!Number.isFinite(n)) throw new Error("not a number: " + raw);
      return n;
    }
    if (spec.kind === "string") return raw;
    return JSON.parse(raw);
  }

  function startEdit(field) {
    const f = selected && FACTS[selected];
    if (!f) return;
    const schema = DATA.schemas[f.type] || {};
    const names = Object.keys(schema);
    if (!names.length) return;
    const slot = $("#editor-slot");
    slot.replaceChildren();
    const pick = el("select", { id: "edit-field" });
    names.forEach((n) => pick.append(el("option", { value: n, selected: n === field }, n)));
    const holder = el("span", { style: null });
    let input = null;
    const changed = edits(f.id);
    function rebuild() {
      const n = pick.value;
      const cur = Object.prototype.hasOwnProperty.call(changed, n) ? changed[n] : f.fields[n];
      input = inputFor(schema[n], cur);
      input.id = "edit-value";
      input.addEventListener("keydown", (e) => { if (e.key === "Enter") commit(); if (e.key === "Escape") slot.replaceChildren(); });
      holder.replaceChildren(input);
      input.focus();
    }
    function commit() {
      const n = pick.value;
      let value;
      try { value = readInput(schema[n], input); } catch (e) { input.setCustomValidity(String(e.message)); input.reportValidity(); return; }
      addCorrection({ action: "edit", fact_id: f.id, field: n, value: value });
    }
    pick.addEventListener("change", rebuild);
    slot.append(el("div", { class: "editor" }, pick, holder,
      el("button", { class: "btn primary small", id: "edit-save", onclick: commit }, "Save")));
    rebuild();
  }

  // ------------------------------------------------------------------ adding a fact
  function offsetOf(node, offset) {
    const host = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    const t = host && host.closest("span.t");
    if (!t || !$("#text").contains(t)) return null;
    const base = Number(t.dataset.o);
    if (node.nodeType !== Node.TEXT_NODE) return base + (offset > 0 ? Array.from(t.textContent).length : 0);
    return base + Array.from(node.data.slice(0, offset)).length; // code points, as Python counts
  }

  function showAddBar() {
    const sel = window.getSelection();
    const bar = $("#addbar");
    if (!sel || sel.isCollapsed || !sel.rangeCount) { return; }
    const range = sel.getRangeAt(0);
    const start = offsetOf(range.startContainer, range.startOffset);
    const end = offsetOf(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) return;
    const text = sel.toString();
    const types = DATA.types.filter((t) => DATA.schemas[t.name] && t.name !== "tables");
    const typeSel = el("select", { id: "add-type" });
    types.forEach((t) => typeSel.append(el("option", { value: t.name }, t.label)));
    const form = el("div", { id: "add-fields" });
    function fieldsFor() {
      form.replaceChildren();
      const schema = DATA.schemas[typeSel.value];
      for (const [n, spec] of Object.entries(schema)) {
        if (!spec.required) continue;
        let guess = null;
        if (["name", "short", "caption"].includes(n)) guess = text;
        if (spec.kind === "number") { const m = text.replace(/,/g, "").match(/-?\d+(\.\d+)?/); guess = m ? Number(m[0]) : null; }
        const input = inputFor(spec, guess);
        input.dataset.field = n;
        input.id = "add-" + n;
        form.append(el("label", {}, n, input));
      }
    }
    typeSel.addEventListener("change", fieldsFor);
    fieldsFor();
    function commit() {
      const schema = DATA.schemas[typeSel.value];
      const fields = {};
      for (const input of $$("[data-field]", form)) {
        try { fields[input.dataset.field] = readInput(schema[input.dataset.field], input); }
        catch (e) { input.setCustomValidity(String(e.message)); input.reportValidity(); return; }
      }
      addCorrection({ action: "add", type: typeSel.value, span: { start: start, end: end }, fields: fields });
      bar.hidden = true;
      window.getSelection().removeAllRanges();
    }
    bar.replaceChildren(
      el("div", { class: "sel" }, "Add “" + text + "” (" + start + "–" + end + ")"),
      el("label", {}, "type", typeSel), form,
      el("div", { class: "row" },
        el("button", { class: "btn", onclick: () => { bar.hidden = true; } }, "Cancel"),
        el("button", { class: "btn primary", id: "add-save", onclick: commit }, "Add fact")));
    const rect = range.getBoundingClientRect();
    bar.style.left = Math.max(8, Math.min(rect.left, window.innerWidth - 360)) + "px";
    bar.style.top = Math.min(rect.bottom + 8, window.innerHeight - 260) + "px";
    bar.hidden = false;
  }

  // ------------------------------------------------------------------ corrections list
  function describe(c) {
    if (c.action === "reject") return "reject " + c.fact_id + " “" + ((FACTS[c.fact_id] || {}).text || "") + "”";
    if (c.action === "edit") return "edit " + c.fact_id + "." + c.field + " = " + JSON.stringify(c.value);
    return "add " + c.type + " " + c.span.start + "–" + c.span.end + " " + JSON.stringify(c.fields);
  }
  // Added facts have no markup of their own: a CSS Custom Highlight shows their spans.
  function pointAt(off) {
    const runs = $$("#text span.t");
    let lo = 0, hi = runs.length - 1, hit = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (Number(runs[mid].dataset.o) <= off) { hit = mid; lo = mid + 1; } else hi = mid - 1;
    }
    if (hit < 0 || !runs[hit].firstChild) return null;
    const chars = Array.from(runs[hit].firstChild.data);
    const k = Math.min(off - Number(runs[hit].dataset.o), chars.length);
    return [runs[hit].firstChild, chars.slice(0, k).join("").length];
  }
  function highlightAdded() {
    if (!window.CSS || !CSS.highlights || typeof Highlight === "undefined") return;
    const ranges = [];
    state.corrections.forEach((c) => {
      if (c.action !== "add") return;
      const a = pointAt(c.span.start), b = pointAt(c.span.end);
      if (!a || !b) return;
      const r = document.createRange();
      try { r.setStart(a[0], a[1]); r.setEnd(b[0], b[1]); ranges.push(r); } catch (e) { /* out of range */ }
    });
    CSS.highlights.set("added", new Highlight(...ranges));
  }

  function refresh() {
    highlightAdded();
    const n = state.corrections.length;
    $("#corr-n").textContent = String(n);
    $("#corr-count").textContent = n + (n === 1 ? " correction" : " corrections");
    const list = $("#corr-list");
    list.replaceChildren(...state.corrections.map((c, i) => el("li", {},
      describe(c), el("button", { class: "btn small", title: "undo", onclick: () => removeCorrection(i) }, "undo"))));
    $$("mark.rejected, mark.edited").forEach((m) => m.classList.remove("rejected", "edited"));
    Object.values(FACTS).forEach((f) => {
      if (!f.review) return;
      $$('mark[data-id="' + CSS.escape(f.id) + '"]').forEach((m) =>
        m.classList.add(f.review.action === "reject" ? "rejected" : "edited"));
    });
    state.corrections.forEach((c) => {
      if (!c.fact_id) return;
      $$('mark[data-id="' + CSS.escape(c.fact_id) + '"]').forEach((m) =>
        m.classList.add(c.action === "reject" ? "rejected" : "edited"));
    });
    renderDetail();
  }

  function download() {
    const payload = {
      schema_version: 1, doc_id: DATA.doc_id, source_sha256: DATA.sha256, at: now(),
      corrections: state.corrections,
    };
    const blob = new Blob([JSON.stringify(payload, null, 1) + "\n"], { type: "application/json" });
    const a = el("a", { href: URL.createObjectURL(blob), download: DATA.doc_id + ".json" });
    document.body.append(a);
    a.click();
    a.remove();
  }

  // ------------------------------------------------------------------ navigation
  function visibleOrder() {
    const hidden = new Set(DATA.types.filter((t) => document.body.classList.contains("hide" + t.index)).map((t) => t.name));
    return DATA.order.filter((id) => !hidden.has(FACTS[id].type));
  }
  function step(delta) {
    const order = visibleOrder();
    if (!order.length) return;
    const i = order.indexOf(selected);
    const next = i < 0 ? (delta > 0 ? 0 : order.length - 1) : (i + delta + order.length) % order.length;
    select(order[next], true);
  }
  function nextFailedCheck() {
    const items = $$("li.check.fail");
    if (!items.length) return;
    checkCursor = (checkCursor + 1) % items.length;
    $$("li.check.focus").forEach((x) => x.classList.remove("focus"));
    const item = items[checkCursor];
    item.classList.add("focus");
    item.scrollIntoView({ block: "center", behavior: "instant" });
    const first = $("[data-goto]", item);
    if (first) select(first.dataset.goto, false);
  }

  document.addEventListener("click", (e) => {
    const go = e.target.closest("[data-goto]");
    if (go) { select(go.dataset.goto, true); return; }
    const m = e.target.closest("mark.hl");
    if (m && window.getSelection().isCollapsed) select(m.dataset.id, false);
  });
  $("#text").addEventListener("mouseup", () => setTimeout(showAddBar, 0));
  document.addEventListener("keydown", (e) => {
    if (e.target.closest("input[type=text], select, textarea") || e.metaKey || e.ctrlKey || e.altKey) return;
    const k = e.key;
    if (k === "j" || k === "n") step(1);
    else if (k === "k" || k === "p") step(-1);
    else if (k === "f") nextFailedCheck();
    else if (k === "x") toggleReject();
    else if (k === "e") startEdit(null);
    else if (k === "Escape") { $("#addbar").hidden = true; selected = null; $$("mark.selected").forEach((m) => m.classList.remove("selected")); renderDetail(); }
    else return;
    e.preventDefault();
  });
  $$("#legend input[data-type-index]").forEach((box) => box.addEventListener("change", () => {
    document.body.classList.toggle("hide" + box.dataset.typeIndex, !box.checked);
  }));
  $("#download").addEventListener("click", download);
  $("#clear").addEventListener("click", () => {
    if (state.corrections.length && window.confirm("Remove every correction on this page?")) {
      state.corrections = []; save();
    }
  });
  refresh();
})();
