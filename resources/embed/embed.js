/* quizbuilder embed: renders one item from the JSON beside this script and records
   the answers in the response format (docs/response-format.md, docs/embed.md).
   Author text only ever reaches the page through textContent and DOM calls. */
(function () {
"use strict";
try { performance.mark("qb-start"); } catch (e) { /* old browser */ }
var root = document.currentScript.parentNode;
var D = JSON.parse(root.querySelector(".qb-data").textContent);
var T = D.t, QS = D.questions, ST = D.settings, RID = root.id, HL = D.heading;
var KIOSK = D.mode === "kiosk", ENDPOINT = D.mode === "endpoint", NONE = D.mode === "none";
var CHOICE = {single_choice: 1, multiple_choice: 1, true_false: 1, image_choice: 1, image_multiple_choice: 1};
var QBY = {};
QS.forEach(function (q) { QBY[q.id] = q; });

// --- small helpers ------------------------------------------------------------------

function fmt(s, v) {
  return String(s).replace(/\{(\w+)\}/g, function (m, k) { return v && v[k] != null ? v[k] : m; });
}
function t(k, v) { return typo(fmt(T[k] == null ? k : T[k], v)); }
function add(e, kids) {
  if (kids == null) return e;
  (Array.isArray(kids) ? kids : [kids]).forEach(function (c) {
    if (Array.isArray(c)) add(e, c);
    else if (c != null && c !== false) e.appendChild(typeof c === "object" ? c : document.createTextNode(c));
  });
  return e;
}
function el(tag, a, kids) {
  var e = document.createElement(tag);
  for (var k in a || {}) {
    var v = a[k];
    if (v == null || v === false) continue;
    if (k === "text") e.textContent = v;
    else if (k === "class") e.className = v;
    else if (k.slice(0, 2) === "on") e.addEventListener(k.slice(2), v);
    else if (k === "value" || k === "checked" || k === "disabled") e[k] = v;
    else e.setAttribute(k, v === true ? "" : v);
  }
  return add(e, kids);
}
function sr(s) { return el("span", {class: "qb-sr"}, s); }
function hx(n, a, kids) { return el("h" + Math.min(6, HL + n), a, kids); }
function icon(s) { return el("span", {class: "qb-ico", "aria-hidden": "true"}, s); }
function num(s) {
  var x = String(s == null ? "" : s).replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(x) ? parseFloat(x) : null;
}
function shown(x) { return (Math.round(x * 100) / 100).toLocaleString(D.lang); }

// Formatting subset: **bold**, *italic*, [text](https://...), blank line = paragraph.
var INL = /\*\*(.+?)\*\*|\*(\S(?:.*?\S)?)\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
function inl(s, links) {
  var f = document.createDocumentFragment(), re = new RegExp(INL.source, "g"), last = 0, m;
  s = String(s == null ? "" : s);
  while ((m = re.exec(s))) {
    if (m.index > last) f.appendChild(document.createTextNode(typo(s.slice(last, m.index))));
    if (m[1] != null) f.appendChild(el("strong", 0, inl(m[1], links)));
    else if (m[2] != null) f.appendChild(el("em", 0, inl(m[2], links)));
    else if (links && /^(https?:\/\/|mailto:)/i.test(m[4])) {
      f.appendChild(el("a", {href: m[4], target: "_blank", rel: "noopener noreferrer"},
        [inl(m[3]), " ", sr(t("new_tab"))]));
    } else f.appendChild(inl(m[3]));
    last = re.lastIndex;
  }
  if (last < s.length) f.appendChild(document.createTextNode(typo(s.slice(last))));
  return f;
}
// French spacing: a narrow no-break space before : ; ! ? » % and after «, and in 6 000.
function typo(s) {
  return s.replace(/ ([:;!?»%])/g, "\u202f$1").replace(/« /g, "«\u202f").replace(/(\d) (?=\d{3}\b)/g, "$1\u202f");
}
function plain(s) { return String(s || "").replace(INL, function (m, a, b, c) { return a || b || c || ""; }); }
function rich(s, cls) {
  var d = el("div", {class: "qb-rich" + (cls ? " " + cls : "")});
  String(s || "").split(/\n\s*\n/).forEach(function (p) {
    var para = el("p");
    p.split("\n").forEach(function (line, i) {
      if (i) para.appendChild(el("br"));
      para.appendChild(inl(line, true));
    });
    d.appendChild(para);
  });
  return d;
}
function img(ref, cls) {
  var m = ref && D.images[ref.asset];
  return m ? el("img", {src: m.src, alt: ref.alt || "", width: m.w, height: m.h, class: cls}) : null;
}

// --- randomness, ids, storage ------------------------------------------------------

function rnd() { var a = new Uint32Array(1); crypto.getRandomValues(a); return a[0] / 4294967296; }
function rid(p) {
  var a = new Uint8Array(12);
  crypto.getRandomValues(a);
  return p + "-" + Array.prototype.map.call(a, function (b) { return (b + 256).toString(16).slice(1); }).join("");
}
function now() { return new Date().toISOString(); }
// A seeded generator (xmur3 then mulberry32), so that shuffles stay the same for one respondent.
function seeded(s) {
  for (var i = 0, h = 1779033703 ^ s.length; i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 3432918353);
    h = h << 13 | h >>> 19;
  }
  return function () {
    h = h + 0x6D2B79F5 | 0;
    var x = Math.imul(h ^ h >>> 15, 1 | h);
    x = x + Math.imul(x ^ x >>> 7, 61 | x) ^ x;
    return ((x ^ x >>> 14) >>> 0) / 4294967296;
  };
}
function shuffled(list, seed) {
  var r = seeded(seed), a = list.slice();
  for (var i = a.length - 1; i > 0; i--) {
    var j = Math.floor(r() * (i + 1)), x = a[i];
    a[i] = a[j];
    a[j] = x;
  }
  return a;
}
var MEM = {}, P = "qb." + D.uid + ".";
function sget(k) {
  try {
    var v = localStorage.getItem(P + k);
    if (v != null) return JSON.parse(v);
  } catch (e) { /* storage blocked (sandboxed frame, private mode): memory only */ }
  return MEM[k] == null ? null : MEM[k];
}
function sset(k, v) {
  MEM[k] = v;
  try {
    if (v == null) localStorage.removeItem(P + k);
    else localStorage.setItem(P + k, JSON.stringify(v));
    return true;
  } catch (e) { return false; }
}

// --- who, which variant, from where ---------------------------------------------------

var TOKEN, VARIANT, CTX = context(), S;
function token(fresh) {
  var tk = fresh ? null : sget("rt");
  if (!tk) { tk = rid("t"); sset("rt", tk); }
  return tk;
}
function drawVariant(fresh) {
  var vs = D.variants;
  if (!vs.length) return null;
  var find = function (id) { return vs.filter(function (v) { return v.id === id; })[0]; };
  if (D.variant) return find(D.variant);
  var v = fresh ? null : find(sget("variant"));
  if (v) return v;
  var w = vs.map(function (x) { return x.weight == null ? 1 : x.weight; });
  var total = w.reduce(function (a, b) { return a + b; }, 0), r = rnd() * (total || vs.length), i = 0;
  for (; i < vs.length - 1; i++) {
    r -= total ? w[i] : 1;
    if (r < 0) break;
  }
  sset("variant", vs[i].id);
  return vs[i];
}
function host(u) {
  try {
    var x = new URL(u);
    return /^https?:$/.test(x.protocol) ? x.host : null;
  } catch (e) { return null; }
}
function framed() { try { return window.top !== window; } catch (e) { return true; } }
function context() {
  var c = {}, q = new URLSearchParams(location.search), inFrame = framed() && !D.snippet;
  ["source", "medium", "campaign", "content", "term"].forEach(function (k) {
    var v = q.get("utm_" + k);
    if (v) c["utm_" + k] = v.slice(0, 200);
  });
  // In an iframe, the tag's script passes the host page's referrer as qb_ref.
  var ref = inFrame ? q.get("qb_ref") : host(document.referrer);
  if (ref && ref !== location.host) c.referrer_host = ref.slice(0, 200);
  if (navigator.language) c.lang = navigator.language;
  c.placement = D.snippet ? "inline" : inFrame ? "iframe" : "page";
  return c;
}
function order() {
  var ids = (VARIANT && VARIANT.question_order) || QS.map(function (q) { return q.id; });
  if (ST.pool_size) {
    var pick = shuffled(ids, TOKEN + ":pool").slice(0, ST.pool_size);
    ids = ids.filter(function (id) { return pick.indexOf(id) >= 0; });
  }
  return ST.shuffle_questions ? shuffled(ids, TOKEN + ":order") : ids;
}
function opts(q) {
  var o = q.options || [];
  if (q.type === "ranking") {
    // The options' own order is the key: never show it as it is.
    var s = shuffled(o, TOKEN + ":" + q.id);
    return s.every(function (x, i) { return x === o[i]; }) ? s.slice(1).concat(s[0]) : s;
  }
  return ST.shuffle_options && q.type !== "true_false" ? shuffled(o, TOKEN + ":" + q.id) : o;
}

// --- where the records go --------------------------------------------------------------

function emit(r) {
  if (NONE) return;
  if (KIOSK) {
    var k = sget("kiosk") || [];
    k.push(JSON.stringify(r));
    if (!sset("kiosk", k)) announce(t("storage_error"));
    return;
  }
  var box = sget("out") || [];
  box.push({id: r.id, line: JSON.stringify(r)});
  sset("out", box);
  flush();
}
//#if endpoint
// Endpoint: one POST per line, text/plain (no CORS preflight), first in first out;
// a line leaves the queue only once the endpoint answered 2xx. Retries back off
// from 1 s to 60 s and start again at once on load and when the browser is back online.
var busy = 0, wait = 0, timer = 0;
function flush() {
  if (!ENDPOINT || busy) return;
  var box = sget("out") || [];
  if (!box.length) return;
  var rec = box[0];
  busy = 1;
  var done = function (ok, refused) {
    busy = 0;
    var rest = (sget("out") || []).filter(function (x) { return x.id !== rec.id; });
    // A line the endpoint refuses (4xx) goes to the back so that it blocks no other.
    sset("out", ok ? rest : refused ? rest.concat([rec]) : sget("out"));
    if (ok) {
      wait = 0;
      flush();
    } else {
      wait = Math.min(wait ? wait * 2 : 1000, 60000);
      clearTimeout(timer);
      timer = setTimeout(flush, wait * (0.8 + 0.4 * rnd()));
    }
  };
  try {
    fetch(D.endpoint, {method: "POST", mode: "cors", credentials: "omit", cache: "no-store",
      keepalive: rec.line.length < 60000, headers: {"Content-Type": "text/plain;charset=UTF-8"}, body: rec.line})
      .then(function (res) {
        done(res.ok, res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429);
      }, function () { done(false); });
  } catch (e) { done(false); }
}
//#endif
function record(type) {
  var r = {type: type, format_version: 2};
  if (type === "event") r.id = rid("e");
  r.item = D.uid;
  return r;
}
function event(name, qid) {
  if (NONE) return;
  var r = record("event");
  r.session = S.session;
  r.event = name;
  if (qid) r.question = qid;
  r.at = now();
  if (VARIANT) r.variant = VARIANT.id;
  r.context = CTX;
  emit(r);
}
function answersOut() {
  var out = {};
  S.order.forEach(function (id) {
    var q = QBY[id], v = S.ans[id];
    if (!answered(v)) return;
    if (q.type === "number") v = num(v);
    else if (q.type === "short_text" || q.type === "long_text") v = String(v).trim();
    else if (q.type === "matching") {
      var m = {};
      for (var k in v) if (v[k]) m[k] = v[k];
      v = m;
    }
    if (v != null) out[id] = v;
  });
  return out;
}
function response(done) {
  var r = record("response");
  r.content_hash = D.hash;
  r.id = S.rid;
  r.respondent = TOKEN;
  if (VARIANT) r.variant = VARIANT.id;
  r.started_at = S.startedAt || now();
  if (done) r.submitted_at = S.doneAt;
  r.completed = !!done;
  r.answers = answersOut();
  if (D.lead) leadOut(r);
  if (S.outcomes && S.outcomes.length) r.outcome = S.outcomes[0];
  r.context = CTX;
  timing(null);
  r.durations_ms = S.dur;
  r.question_order = S.order;
  if (S.timedOut.length) r.timed_out = S.timedOut;
  if (S.ext) r.extensions = S.ext;
  return r;
}
//#if lead
function leadOut(r) {
  var lf = D.lead, lead = {}, any = false;
  if (!lf) return;
  lf.fields.forEach(function (f) {
    var v = (S.lead[f.id] || "").trim();
    if (v) { lead[f.id] = v; any = true; }
  });
  if (any) r.lead = lead;
  if (S.consentAt && lf.consents.length) {
    r.consents = lf.consents.map(function (c) {
      return {id: c.id, version: c.version, given: !!S.consents[c.id], at: S.consentAt};
    });
  }
}
//#endif

// --- answers, checks, scores (Moodle's rule, as quizbuilder/domain/scoring.py) ---------

function answered(v) {
  if (v == null || v === "") return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === "object") return Object.keys(v).some(function (k) { return v[k]; });
  return typeof v !== "string" || v.trim() !== "";
}
function chosen(v) { return v == null || v === "" ? [] : Array.isArray(v) ? v : [v]; }
function keyed(q) {
  if (!(q.points > 0)) return false;
  if (CHOICE[q.type]) return (q.options || []).some(function (o) { return o.fraction > 0; });
  if (q.type === "short_text") return !!(q.accepted_answers || []).length;
  if (q.type === "number") return !!(q.numeric_answers || []).length;
  return q.type === "ranking" || q.type === "matching";
}
function norm(s, cs) {
  s = String(s).normalize("NFC").trim().split(/\s+/).join(" ");
  return cs ? s : s.toUpperCase().toLowerCase();
}
function best(list, test) {
  var f = 0, hit = null;
  (list || []).forEach(function (a) {
    var x = a.fraction == null ? 1 : a.fraction;
    if (test(a) && (hit == null || x > f)) { f = x; hit = a; }
  });
  return {f: f, hit: hit};
}
function match(q, v) {
  if (q.type === "short_text") {
    if (typeof v !== "string") return {f: 0, hit: null};
    var g = norm(v, q.case_sensitive);
    return best(q.accepted_answers, function (a) { return norm(a.text, q.case_sensitive) === g; });
  }
  var x = num(v);
  return best(q.numeric_answers, function (a) {
    return x != null && Math.abs(x - a.value) <= (a.tolerance || 0) + 1e-12;
  });
}
function fraction(q, v) {
  var ty = q.type;
  if (CHOICE[ty]) {
    var s = 0, seen = {};
    chosen(v).forEach(function (id) {
      if (seen[id]) return;
      seen[id] = 1;
      q.options.forEach(function (o) { if (o.id === id) s += o.fraction || 0; });
    });
    return Math.max(0, Math.min(1, s));
  }
  if (ty === "short_text" || ty === "number") return match(q, v).f;
  if (ty === "ranking") {
    var key = q.options.map(function (o) { return o.id; }), ord = chosen(v);
    if (ord.length !== key.length) return 0;
    return ord.filter(function (id, i) { return id === key[i]; }).length / key.length;
  }
  if (ty === "matching") {
    if (!v || typeof v !== "object") return 0;
    return q.pairs.filter(function (p) { return v[p.id] === p.id; }).length / q.pairs.length;
  }
  return 0;
}
function score() {
  // Over the questions this respondent was shown (a pool shows only some).
  var total = 0, max = 0;
  S.order.forEach(function (id) {
    var q = QBY[id];
    if (!keyed(q)) return;
    max += q.points;
    total += fraction(q, S.ans[id]) * q.points;
  });
  var pct = max ? 100 * total / max : 0, sc = D.scoring, band = null;
  sc.bands.forEach(function (b) { if (b.min_percent <= pct && (!band || b.min_percent > band.min_percent)) band = b; });
  return {total: total, max: max, pct: pct, band: max ? band : null,
    passed: sc.pass_percent == null || !max ? null : pct >= sc.pass_percent - 1e-9};
}
//#if outcomes
function leaders() {
  var totals = {}, top = null;
  D.outcomes.forEach(function (o) { totals[o.id] = 0; });
  QS.forEach(function (q) {
    if (!CHOICE[q.type]) return;
    var c = chosen(S.ans[q.id]);
    q.options.forEach(function (o) {
      if (c.indexOf(o.id) < 0) return;
      for (var k in o.weights || {}) totals[k] += o.weights[k];
    });
  });
  D.outcomes.forEach(function (o) { if (top == null || totals[o.id] > top) top = totals[o.id]; });
  return D.outcomes.filter(function (o) { return Math.abs(totals[o.id] - top) < 1e-9; }).map(function (o) { return o.id; });
}
//#endif
function problem(q) {
  var v = S.ans[q.id], n = chosen(v).length;
  if (q.type === "number" && answered(v) && num(v) == null) return t("number_invalid");
  if (q.type === "matching" && q.required && q.pairs.some(function (p) { return !(v && v[p.id]); })) return t("match_incomplete");
  if (q.required && !answered(v)) return t("answer_required");
  if (/multiple/.test(q.type) && n) {
    if (q.min_choices && n < q.min_choices) return t("choose_at_least", {n: q.min_choices});
    if (q.max_choices && n > q.max_choices) return t("choose_at_most", {n: q.max_choices});
  }
  return "";
}
//#if feedback
function answerText(q, v) {
  if (!answered(v)) return t("no_answer");
  var label = function (id) {
    var o = (q.options || []).filter(function (x) { return x.id === id; })[0];
    return o ? plain(o.label || (o.image && o.image.alt) || o.id) : id;
  };
  if (CHOICE[q.type]) return chosen(v).map(label).join(", ");
  if (q.type === "ranking") return chosen(v).map(label).join(" › ");
  if (q.type === "matching") {
    return q.pairs.map(function (p) {
      var a = q.pairs.filter(function (x) { return x.id === v[p.id]; })[0];
      return plain(p.prompt) + " → " + (a ? plain(a.answer) : "—");
    }).join(" ; ");
  }
  if (q.type === "likert" && q.scale.labels.length) return q.scale.labels[v - q.scale.min];
  if (q.type === "number") return shown(num(v)) + (q.unit ? " " + q.unit : "");
  return String(v);
}
function expected(q) {
  if (q.type === "short_text") {
    var a = best(q.accepted_answers, function () { return true; }).hit;
    return a && a.text;
  }
  if (q.type === "number") {
    var n = best(q.numeric_answers, function () { return true; }).hit;
    return n && shown(n.value) + (q.unit ? " " + q.unit : "");
  }
  if (q.type === "ranking") return answerText(q, q.options.map(function (o) { return o.id; }));
  if (q.type === "matching") {
    var m = {};
    q.pairs.forEach(function (p) { m[p.id] = p.id; });
    return answerText(q, m);
  }
  return null;
}
//#endif

// --- the page ---------------------------------------------------------------------------

var app = el("div", {class: "qb-app"});
var live = el("div", {class: "qb-sr", role: "status"});
var head = el("div", {class: "qb-head"});
var main = el("div", {class: "qb-main"});
var foot = el("div", {class: "qb-foot"});
add(app, [head, main, foot, live]);
root.appendChild(app);

function announce(msg) {
  live.textContent = "";
  setTimeout(function () { live.textContent = msg; }, 60);
}
function title() { return (VARIANT && VARIANT.title) || D.title; }
function reset(fresh) {
  if (S && S.held) release();
  if (fresh) {
    TOKEN = token(true);
    VARIANT = drawVariant(true);
  }
  S = {step: 0, ans: {}, checked: {}, dur: {}, cur: null, t0: 0, lead: {}, consents: {}, timedOut: [],
    ext: 0, session: rid("s"), rid: rid("r"), sent: {}, started: false, done: false};
  S.order = order();
  S.steps = [];
  var pos = D.lead && D.lead.position;
  if (D.kind !== "poll") S.steps.push("intro");
  if (pos === "before_questions") S.steps.push("lead");
  if (ST.layout === "all_on_one_page") S.steps.push("all");
  else S.steps = S.steps.concat(S.order);
  if (pos === "before_result") S.steps.push("lead");
  S.steps.push("result");
  head.replaceChildren();
  add(head, [img(D.logo, "qb-logo"), hx(0, {class: "qb-title", tabindex: "-1"}, inl(title()))]);
  if (!D.snippet) document.title = plain(title());
  foot.replaceChildren();
  add(foot, KIOSK ? el("button", {type: "button", class: "qb-btn qb-link", onclick: function () {
    S.op = true;
    render(true);
  }}, t("operator")) : null);
  event("view");
}
function begin() {
  if (S.started) return;
  S.started = true;
  S.startedAt = now();
  event("start");
}
function isQ(st) { return st === "all" || !!QBY[st]; }
function timing(id) {
  var n = Date.now();
  if (S.cur) S.dur[S.cur] = (S.dur[S.cur] || 0) + (n - S.t0);
  S.cur = id;
  S.t0 = n;
}
function markAnswered(id) {
  if (!S.sent[id] && answered(S.ans[id])) {
    S.sent[id] = 1;
    event("answer", id);
  }
}
function go(to) {
  timing(null);
  S.step = to;
  var st = S.steps[to];
  if (TM && (!isQ(st) || TM.q)) stopTimer();
  if (st === "result" && !S.done) finish();
  render(true);
}
function finish() {
  S.done = true;
  S.doneAt = now();
  if (TM) stopTimer();
  if (D.outcomes.length) {
    var l = leaders();
    if (D.tie_rule === "random" && l.length > 1) l = [l[Math.floor(rnd() * l.length)]];
    S.outcomes = D.tie_rule === "show_all" ? l : l.slice(0, 1);
  }
  event("complete");
  S.resp = response(true);
  if (D.lead && D.lead.position === "after_result" && !NONE) {
    // Held until the person sends the form below the result, leaves, or reloads.
    S.held = true;
    sset("hold", S.resp);
  } else emit(S.resp);
}
function release() {
  S.held = false;
  sset("hold", null);
  emit(S.resp);
}
function render(focus) {
  var st = S.steps[S.step], scr;
  if (S.op) scr = operator();
  else if (st === "intro") scr = intro();
  else if (st === "lead") scr = leadScreen();
  else if (st === "result") scr = result();
  else scr = questions(st);
  main.replaceChildren(scr);
  if (focus) {
    var h = scr.querySelector("[data-focus]");
    if (h) h.focus();
  }
}
function form(onsubmit, cls) {
  return el("form", {class: "qb-screen" + (cls ? " " + cls : ""), novalidate: true, onsubmit: function (e) {
    e.preventDefault();
    onsubmit();
  }});
}
function btn(label, a) {
  a = a || {};
  a.type = a.type || "button";
  a.class = "qb-btn" + (a.type === "submit" ? " qb-primary" : "") + (a.class ? " " + a.class : "");
  return el("button", a, label);
}
function nav(kids) { return el("div", {class: "qb-nav"}, kids); }
function backBtn() {
  var prev = S.steps[S.step - 1];
  var ok = ST.allow_back && prev && (isQ(prev) || prev === "lead") && S.step > 0 &&
    !(ST.timer && ST.timer.scope === "question" && ST.layout !== "all_on_one_page");
  return ok ? btn(t("back"), {class: "qb-back", onclick: function () { go(S.step - 1); }}) : null;
}
function introText() {
  var v = VARIANT || {};
  return [img(v.image || D.image, "qb-cover"), (v.intro || D.intro) ? rich(v.intro || D.intro, "qb-intro") : null];
}
function intro() {
  var f = form(function () {
    begin();
    go(S.step + 1);
  });
  return add(f, [introText(), nav(btn(t("start"), {type: "submit", "data-focus": 1}))]);
}

// --- questions --------------------------------------------------------------------------

function qid(q, s) { return RID + "-" + q.id + "-" + s; }
var TM = null;
//#if feedback
function checkable(q) {
  return keyed(q) || !!q.explanation || (q.options || []).some(function (o) { return o.feedback; });
}
//#endif
function needsCheck(st) { return st !== "all" && ST.instant_feedback && !S.checked[st] && checkable(QBY[st]); }
function questions(st) {
  var ids = st === "all" ? S.order : [st], f = form(function () { next(st, ids); });
  if (st !== "all" && S.order.length > 1) {
    var n = S.order.indexOf(st) + 1;
    add(f, el("div", {class: "qb-progress"}, [el("p", {}, t("progress", {n: n, total: S.order.length})),
      el("progress", {max: S.order.length, value: n, "aria-hidden": "true"})]));
    timing(st);
  }
  var tm = ST.timer, perQ = tm && tm.scope === "question" && st !== "all";
  if (tm && !S.timerDone && (perQ ? !TM || TM.q !== st : !TM)) startTimer(perQ ? st : null);
  if (S.step === 0 && D.kind === "poll") add(f, introText());
  if (TM) f.appendChild(timerBox());
  ids.forEach(function (id, i) { f.appendChild(block(QBY[id], st === "all", i === 0)); });
  return add(f, nav([backBtn(), btn(goLabel(st), {type: "submit", class: "qb-go"})]));
}
function goLabel(st) {
  var n = S.steps[S.step + 1], last = n === "result" || (n === "lead" && S.steps[S.step + 2] === "result");
  return needsCheck(st) ? t("check") : last ? (D.kind === "poll" ? t("vote") : t("finish")) : t("next");
}
function next(st, ids) {
  var bad = null;
  ids.forEach(function (id) {
    var q = QBY[id], msg = S.checked[id] ? "" : problem(q);
    showError(q, msg);
    if (msg && !bad) bad = q;
  });
  if (bad) {
    announce(t("fix_errors") + " " + problem(bad));
    var first = main.querySelector("[data-q='" + bad.id + "'] input, [data-q='" + bad.id + "'] textarea, [data-q='" + bad.id + "'] select, [data-q='" + bad.id + "'] button");
    if (first) first.focus();
    return;
  }
  if (needsCheck(st)) {
    check(QBY[st]);
    main.querySelector(".qb-go").textContent = goLabel(st);
    return;
  }
  begin();
  ids.forEach(markAnswered);
  go(S.step + 1);
}
function showError(q, msg) {
  var b = main.querySelector("[data-q='" + q.id + "']");
  if (!b) return;
  b.querySelector(".qb-err").replaceChildren(msg ? icon("⚠") : "", msg ? " " + msg : "");
  b.classList.toggle("qb-invalid", !!msg);
  b.querySelectorAll("input[type=text],textarea,select").forEach(function (x) {
    if (msg) x.setAttribute("aria-invalid", "true");
    else x.removeAttribute("aria-invalid");
  });
}
function changed(q, v) {
  S.ans[q.id] = v;
  if (D.kind === "poll") begin();
  if (ST.layout === "all_on_one_page") {
    begin();
    markAnswered(q.id);
  }
  var b = main.querySelector("[data-q='" + q.id + "']");
  if (b && b.classList.contains("qb-invalid") && !problem(q)) showError(q, "");
}
function block(q, many, first) {
  var desc = [], d = null, wrap = el("div", {class: "qb-qb", "data-q": q.id});
  if (q.description) {
    d = rich(q.description, "qb-desc");
    d.id = qid(q, "d");
    desc.push(d.id);
  }
  var err = el("p", {class: "qb-err", id: qid(q, "e")});
  desc.push(err.id);
  var fs = el("fieldset", {class: "qb-q", "aria-describedby": desc.join(" ")});
  var h = hx(1, {id: qid(q, "t"), class: "qb-qt", tabindex: "-1", "data-focus": first ? 1 : null},
    [inl(q.text), q.required ? el("span", {class: "qb-req"}, " (" + t("required") + ")") : null]);
  add(fs, [el("legend", {class: "qb-legend"}, h), d, img(q.image, "qb-qimg"), input(q), err]);
  wrap.appendChild(fs);
  if (many && ST.instant_feedback && checkable(q) && !S.checked[q.id]) {
    wrap.appendChild(btn(t("check"), {class: "qb-check", onclick: function () {
      var msg = problem(q);
      showError(q, msg);
      if (msg) return announce(msg);
      check(q);
    }}));
  }
  if (S.checked[q.id]) feedback(q, wrap);
  if (many) wrap.addEventListener("focusin", function () { timing(q.id); });
  return wrap;
}
function input(q) {
  var ty = q.type, v = S.ans[q.id];
  if (CHOICE[ty]) return choices(q);
  if (ty === "rating") return stars(q);
  if (ty === "nps" || (ty === "likert" && !q.scale.labels.length)) return points(q);
  if (ty === "likert") return choices(q, q.scale.labels.map(function (l, i) { return {id: q.scale.min + i, label: l}; }));
  if (ty === "ranking") return ranking(q);
  if (ty === "matching") return matching(q);
  var a = {id: qid(q, "i"), class: "qb-in", "aria-labelledby": qid(q, "t"), value: v == null ? "" : v,
    oninput: function (e) { changed(q, e.target.value); }};
  if (ty === "long_text") return el("textarea", Object.assign(a, {rows: 4, maxlength: 5000}));
  a.type = "text";
  a.autocomplete = "off";
  a.maxlength = 500;
  if (ty === "number") {
    a.inputmode = "decimal";
    if (q.unit) a["aria-labelledby"] += " " + qid(q, "u");
    return el("div", {class: "qb-num"}, [el("input", a), q.unit ? el("span", {id: qid(q, "u"), class: "qb-unit"}, q.unit) : null]);
  }
  return el("input", a);
}
function choices(q, list) {
  var multi = /multiple/.test(q.type), pics = /^image/.test(q.type), box = el("div", {class: "qb-opts" + (pics ? " qb-pics" : "")});
  (list || opts(q)).forEach(function (o) {
    var on = multi ? chosen(S.ans[q.id]).indexOf(o.id) >= 0 : S.ans[q.id] === o.id;
    var inp = el("input", {type: multi ? "checkbox" : "radio", name: qid(q, "n"), value: o.id, checked: on,
      onchange: function () {
        if (!multi) return changed(q, o.id);
        var ids = [];
        box.querySelectorAll("input:checked").forEach(function (x) { ids.push(x.value); });
        // Keep the options' own order, whatever the order they were ticked in.
        changed(q, (q.options || []).map(function (x) { return x.id; }).filter(function (id) { return ids.indexOf(id) >= 0; }));
      }});
    var lab = el("label", {class: "qb-opt", "data-o": o.id}, [inp, img(o.image, "qb-oimg"),
      el("span", {class: "qb-ol"}, inl(o.label || (o.image && o.image.alt) || "", false))]);
    box.appendChild(lab);
  });
  return box;
}
function scaleEnds(q) {
  var s = q.scale, kids = [];
  if (s.min_label) kids.push(el("span", {}, s.min + " : " + s.min_label));
  if (s.max_label) kids.push(el("span", {}, s.max + " : " + s.max_label));
  return kids.length ? el("p", {class: "qb-ends"}, kids) : null;
}
//#if points
function points(q) {
  var s = q.scale, row = el("div", {class: "qb-points"});
  for (var n = s.min; n <= s.max; n++) {
    row.appendChild(el("label", {class: "qb-pt"}, [el("input", {type: "radio", class: "qb-hit", name: qid(q, "n"),
      value: n, checked: S.ans[q.id] === n, onchange: function (e) { changed(q, parseInt(e.target.value, 10)); }}),
    el("span", {"aria-hidden": "true"}, String(n)), sr(t("out_of", {n: n, max: s.max}))]));
  }
  return el("div", {}, [row, scaleEnds(q)]);
}
//#endif
//#if stars
function stars(q) {
  var s = q.scale, row = el("div", {class: "qb-stars"}), val = el("p", {class: "qb-val", "aria-hidden": "true"});
  var paint = function () {
    var v = S.ans[q.id] || 0;
    row.querySelectorAll(".qb-star").forEach(function (l, i) {
      l.classList.toggle("qb-on", i < v);
      l.querySelector("[aria-hidden]").textContent = i < v ? "★" : "☆";
    });
    val.textContent = v ? t("out_of", {n: v, max: s.max}) : "";
  };
  for (var n = s.min; n <= s.max; n++) {
    row.appendChild(el("label", {class: "qb-star"}, [el("input", {type: "radio", class: "qb-hit", name: qid(q, "n"),
      value: n, checked: S.ans[q.id] === n, onchange: function (e) {
        changed(q, parseInt(e.target.value, 10));
        paint();
      }}), el("span", {"aria-hidden": "true"}, "☆"), sr(t("out_of", {n: n, max: s.max}))]));
  }
  paint();
  return el("div", {}, [row, val, scaleEnds(q)]);
}
//#endif
//#if ranking
function ranking(q) {
  if (!S.ans[q.id]) S.ans[q.id] = opts(q).map(function (o) { return o.id; });
  var list = el("ol", {class: "qb-rank", id: qid(q, "r")});
  var label = function (id) { return plain(q.options.filter(function (o) { return o.id === id; })[0].label || id); };
  var draw = function (focusAt, dir) {
    var ord = S.ans[q.id];
    list.replaceChildren();
    ord.forEach(function (id, i) {
      var mv = function (d) {
        return function () {
          var j = i + d;
          if (j < 0 || j >= ord.length) return;
          var o = ord.slice();
          o[i] = ord[j];
          o[j] = id;
          changed(q, o);
          draw(j, d);
          announce(t("moved", {label: label(id), n: j + 1, total: o.length}));
        };
      };
      list.appendChild(el("li", {class: "qb-ri"}, [el("span", {class: "qb-rl"}, label(id)),
        el("span", {class: "qb-rb"}, [
          btn(["↑", sr(" " + t("move_up") + " : " + label(id))], {"aria-disabled": i === 0 ? "true" : null, "data-d": "-1", onclick: mv(-1)}),
          btn(["↓", sr(" " + t("move_down") + " : " + label(id))], {"aria-disabled": i === ord.length - 1 ? "true" : null, "data-d": "1", onclick: mv(1)})])]));
    });
    if (focusAt != null) {
      var b = list.children[focusAt].querySelector("[data-d='" + dir + "']");
      if (b.getAttribute("aria-disabled")) b = list.children[focusAt].querySelector("[data-d='" + -dir + "']");
      b.focus();
    }
  };
  draw();
  return el("div", {}, [el("p", {class: "qb-hint"}, t("rank_hint")), list]);
}
//#endif
//#if matching
function matching(q) {
  var box = el("div", {class: "qb-match"}), answers = shuffled(q.pairs, TOKEN + ":" + q.id + ":m");
  q.pairs.forEach(function (p, i) {
    var id = qid(q, "m" + i), v = S.ans[q.id] || {};
    var sel = el("select", {id: id, class: "qb-in", onchange: function (e) {
      var m = Object.assign({}, S.ans[q.id] || {});
      m[p.id] = e.target.value;
      changed(q, m);
    }}, [el("option", {value: ""}, t("choose"))].concat(answers.map(function (a) {
      return el("option", {value: a.id, selected: v[p.id] === a.id ? "" : null}, plain(a.answer));
    })));
    box.appendChild(el("div", {class: "qb-mrow"}, [el("label", {for: id}, inl(p.prompt)), sel]));
  });
  return box;
}
//#endif

// --- instant feedback ---------------------------------------------------------------------

//#if feedback

function check(q) {
  S.checked[q.id] = true;
  markAnswered(q.id);
  var wrap = main.querySelector("[data-q='" + q.id + "']"), c = wrap.querySelector(".qb-check");
  var fb = feedback(q, wrap);
  if (c) {
    // The button goes with the answer it checked: focus moves to what it says.
    c.remove();
    fb.focus();
  }
  announce(fb.textContent);
}
function verdict(q) {
  if (!keyed(q)) return null;
  var f = fraction(q, S.ans[q.id]);
  return f >= 1 - 1e-9 ? "correct" : f > 0 ? "partial" : "incorrect";
}
function verdictLine(v) {
  return el("p", {class: "qb-verdict qb-" + v}, [icon(v === "correct" ? "✓" : v === "partial" ? "◐" : "✗"), " ", t(v)]);
}
function feedback(q, wrap) {
  var v = S.ans[q.id], vd = verdict(q), box = el("div", {class: "qb-fb", tabindex: "-1"}), notes = [];
  wrap.querySelector("fieldset").disabled = true;
  if (vd) box.appendChild(verdictLine(vd));
  if (CHOICE[q.type]) {
    var c = chosen(v);
    wrap.querySelectorAll(".qb-opt").forEach(function (lab) {
      var o = q.options.filter(function (x) { return x.id === lab.getAttribute("data-o"); })[0], parts = [];
      var right = vd && o.fraction > 0 && ST.show_correct_answers, mine = c.indexOf(o.id) >= 0;
      if (right) parts.push(t("right_answer"));
      if (mine) parts.push(t("your_choice"));
      if (parts.length) {
        lab.appendChild(el("span", {class: "qb-badge" + (right ? " qb-correct" : vd && mine ? " qb-incorrect" : "")},
          [vd ? icon(o.fraction > 0 ? "✓" : "✗") : null, " " + parts.join(" · ")]));
      }
      if (mine && o.feedback) notes.push(c.length > 1 ? el("li", {}, [el("strong", {}, plain(o.label) + " : "), inl(o.feedback, true)]) : el("li", {}, inl(o.feedback, true)));
    });
  } else if (q.type === "short_text" || q.type === "number") {
    var m = match(q, v).hit;
    if (m && m.feedback) notes.push(el("li", {}, inl(m.feedback, true)));
  }
  if (notes.length) box.appendChild(el("ul", {class: "qb-notes"}, notes));
  var exp = vd && vd !== "correct" && ST.show_correct_answers ? expected(q) : null;
  if (exp) box.appendChild(el("p", {}, t("expected", {answer: exp})));
  if (q.explanation) box.appendChild(el("div", {class: "qb-expl"}, [el("p", {}, el("strong", {}, t("explanation"))), rich(q.explanation)]));
  wrap.appendChild(box);
  return box;
}
//#endif

// --- timer --------------------------------------------------------------------------------

//#if timer
var TICK = 0;
function startTimer(q) {
  var tm = ST.timer, secs = tm.seconds;
  if (q == null && tm.scope === "question") secs *= S.order.length;
  TM = {q: q, end: Date.now() + secs * 1000, ext: 0, warned: false};
  clearInterval(TICK);
  TICK = setInterval(tick, 250);
}
function stopTimer() {
  clearInterval(TICK);
  TM = null;
}
function left() { return Math.max(0, Math.ceil((TM.end - Date.now()) / 1000)); }
function clock(s) { return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0"); }
function timerBox() {
  var tm = ST.timer, can = tm.extendable && TM.ext < tm.max_extensions;
  return el("div", {class: "qb-timer"}, [el("p", {role: "timer", class: "qb-clock"}, t("time_left", {time: clock(left())})),
    can ? btn(t("extend", {s: tm.extension_seconds}), {class: "qb-extend", onclick: function () {
      TM.end += tm.extension_seconds * 1000;
      TM.ext++;
      S.ext++;
      TM.warned = false;
      announce(t("extended", {s: tm.extension_seconds}));
      var fresh = timerBox(), b = fresh.querySelector(".qb-extend") || fresh.querySelector(".qb-clock");
      main.querySelector(".qb-timer").replaceWith(fresh);
      b.setAttribute("tabindex", b.tagName === "BUTTON" ? "0" : "-1");
      b.focus();
    }}) : null]);
}
function tick() {
  if (!TM) return;
  var s = left(), p = main.querySelector(".qb-clock");
  if (p) p.textContent = t("time_left", {time: clock(s)});
  if (s <= 20 && !TM.warned && !S.op) {
    TM.warned = true;
    announce(t("time_warning", {s: s}) + (main.querySelector(".qb-extend") ? " " + main.querySelector(".qb-extend").textContent : ""));
  }
  if (s > 0 || S.op) return;
  var q = TM.q;
  stopTimer();
  announce(t("time_up"));
  (q ? [q] : S.order).forEach(function (id) {
    if (!answered(S.ans[id]) || problem(QBY[id])) {
      S.timedOut.push(id);
      delete S.ans[id];
    }
  });
  if (!q) S.timerDone = true;
  begin();
  var to = S.step + 1;
  if (!q) while (isQ(S.steps[to])) to++;
  go(to);
}
//#endif

// --- lead form --------------------------------------------------------------------------

//#if lead
var FT = {email: ["email", "email"], first_name: ["text", "given-name"], last_name: ["text", "family-name"],
  phone: ["tel", "tel"], birth_date: ["date", "bday"], country: ["text", "country-name"],
  postal_code: ["text", "postal-code"], text: ["text", "off"]};
function leadFields() {
  var lf = D.lead, kids = [];
  lf.fields.forEach(function (f) {
    var id = RID + "-f-" + f.id, ft = FT[f.type];
    kids.push(el("div", {class: "qb-field", "data-f": f.id}, [
      el("label", {for: id}, [f.label || t("field_" + f.type), f.required ? el("span", {class: "qb-req"}, " (" + t("required") + ")") : null]),
      el("input", {id: id, class: "qb-in", type: ft[0], autocomplete: ft[1], required: f.required, value: S.lead[f.id] || "",
        "aria-describedby": id + "-e", oninput: function (e) { S.lead[f.id] = e.target.value; }}),
      el("p", {class: "qb-err", id: id + "-e"})]));
  });
  lf.consents.forEach(function (c) {
    var id = RID + "-c-" + c.id;
    kids.push(el("div", {class: "qb-consent", "data-f": c.id}, [
      el("input", {type: "checkbox", id: id, checked: !!S.consents[c.id], required: c.required, "aria-describedby": id + "-e",
        onchange: function (e) { S.consents[c.id] = e.target.checked; }}),
      el("label", {for: id}, [inl(c.text, true), c.required ? el("span", {class: "qb-req"}, " (" + t("required") + ")") : null]),
      el("p", {class: "qb-err", id: id + "-e"})]));
  });
  return kids;
}
function leadValid(scope) {
  var lf = D.lead, first = null;
  var mark = function (id, msg) {
    var b = scope.querySelector("[data-f='" + id + "']"), inp = b.querySelector("input");
    b.querySelector(".qb-err").replaceChildren(msg ? icon("⚠") : "", msg ? " " + msg : "");
    if (msg) inp.setAttribute("aria-invalid", "true");
    else inp.removeAttribute("aria-invalid");
    if (msg && !first) first = inp;
  };
  lf.fields.forEach(function (f) {
    var v = (S.lead[f.id] || "").trim();
    mark(f.id, f.required && !v ? t("field_required") : v && f.type === "email" && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? t("email_invalid") : "");
  });
  lf.consents.forEach(function (c) { mark(c.id, c.required && !S.consents[c.id] ? t("consent_required") : ""); });
  if (first) {
    announce(t("fix_errors"));
    first.focus();
    return false;
  }
  S.consentAt = now();
  return true;
}
function leadHead() {
  var lf = D.lead;
  return [hx(1, {class: "qb-h", tabindex: "-1", "data-focus": 1}, inl(lf.title || t("lead_title"))), lf.intro ? rich(lf.intro) : null];
}
function leadScreen() {
  var f = form(function () {
    if (!leadValid(f)) return;
    begin();
    go(S.step + 1);
  });
  if (S.step === 0 && D.kind === "poll") add(f, introText());
  return add(f, [leadHead(), leadFields(), nav([backBtn(), btn(t("continue"), {type: "submit"})])]);
}
function leadAfter() {
  if (S.leadSent) return el("p", {class: "qb-done", tabindex: "-1"}, [icon("✓"), " ", t("thanks_lead")]);
  var f = form(function () {
    if (!leadValid(f)) return;
    S.leadSent = true;
    if (S.held) {
      leadOut(S.resp);
      release();
    }
    var done = leadAfter();
    f.replaceWith(done);
    done.focus();
    announce(t("thanks_lead"));
  }, "qb-lead");
  var head = leadHead();
  head[0].removeAttribute("data-focus");
  head[0].className = "qb-sub";
  return add(f, [head, leadFields(), nav(btn(t("send"), {type: "submit"}))]);
}
//#endif

// --- result -------------------------------------------------------------------------------

function result() {
  var scr = el("div", {class: "qb-screen qb-result"}), card = [], kids = [], share = t("share_done", {title: plain(title())});
  var focus = {class: "qb-h", tabindex: "-1", "data-focus": 1}, sc = score();
  if (sc.max) {
    var pct = Math.round(sc.pct), vars = {score: shown(sc.total), max: shown(sc.max), percent: pct, title: plain(title())};
    share = t("share_score", vars);
    if (D.scoring.show_score) card.push(el("p", {class: "qb-big", "aria-hidden": "true"}, t("percent", {n: pct})));
    card.push(hx(1, focus, D.scoring.show_score ? t("score", vars) : sc.band ? inl(sc.band.title) : t("thanks")));
    if (sc.passed != null) {
      card.push(el("p", {class: "qb-verdict qb-" + (sc.passed ? "correct" : "incorrect")},
        [icon(sc.passed ? "✓" : "✗"), " ", t(sc.passed ? "passed" : "failed", {pass: shown(D.scoring.pass_percent)})]));
    }
    if (sc.band && D.scoring.show_score) card.push(hx(2, {class: "qb-sub qb-band"}, inl(sc.band.title)));
    if (sc.band && sc.band.text) card.push(rich(sc.band.text));
    if (!ST.instant_feedback && ST.show_correct_answers) kids.push(review());
  } else if (S.outcomes && S.outcomes.length) {
    card.push(el("p", {class: "qb-kicker"}, t("outcome")));
    S.outcomes.forEach(function (id, i) {
      var o = D.outcomes.filter(function (x) { return x.id === id; })[0];
      card.push(hx(i ? 2 : 1, i ? {class: "qb-h"} : focus, inl(o.title)), img(o.image, "qb-cover"), o.text ? rich(o.text) : null);
    });
    share = t("share_outcome", {title: plain(title()), outcome: S.outcomes.map(function (id) {
      return plain(D.outcomes.filter(function (x) { return x.id === id; })[0].title);
    }).join(", ")});
  } else if (D.kind === "poll" && ST.show_results) {
    card.push(hx(1, focus, t("results")));
    S.order.forEach(function (id) { if (CHOICE[QBY[id].type]) card.push(tally(QBY[id])); });
    share = t("share_vote", {title: plain(title())});
  } else {
    card.push(hx(1, focus, [icon("✓"), " ", t(D.kind === "contest" ? "thanks_contest" : "thanks")]));
  }
  if (D.lead && D.lead.position === "after_result") kids.push(leadAfter());
  if (D.kind !== "survey") kids.push(shareBox(share));
  if (KIOSK) kids.push(nav(btn(t("next_person"), {class: "qb-primary", onclick: function () { restart(true); }})));
  else if (/quiz/.test(D.kind)) kids.push(nav(btn(t("restart"), {onclick: function () { restart(false); }})));
  return add(scr, [el("div", {class: "qb-card"}, card), kids]);
}
function restart(fresh) {
  reset(fresh);
  render(true);
  head.querySelector(".qb-title").focus();
}
//#if feedback
function review() {
  var list = el("ol", {class: "qb-review"});
  S.order.forEach(function (id) {
    var q = QBY[id], vd = verdict(q);
    if (!vd) return;
    var exp = vd !== "correct" ? expected(q) : null, right = [];
    if (vd !== "correct" && CHOICE[q.type]) {
      q.options.forEach(function (o) { if (o.fraction > 0) right.push(plain(o.label || (o.image && o.image.alt))); });
      exp = right.join(", ");
    }
    list.appendChild(el("li", {}, [el("p", {class: "qb-rq"}, inl(q.text)), verdictLine(vd),
      el("p", {}, t("your_answer", {answer: answerText(q, S.ans[id])})),
      exp ? el("p", {}, t("expected", {answer: exp})) : null,
      q.explanation ? rich(q.explanation, "qb-expl") : null]));
  });
  return el("section", {class: "qb-rev", "aria-labelledby": RID + "-rev"}, [hx(2, {id: RID + "-rev", class: "qb-sub"}, t("review")), list]);
}
//#endif
//#if tally
function tally(q) {
  var counts = Object.assign({}, (D.results || {})[q.id] || {}), mine = chosen(S.ans[q.id]), total = 0;
  mine.forEach(function (id) { counts[id] = (counts[id] || 0) + 1; });
  q.options.forEach(function (o) { total += counts[o.id] || 0; });
  var list = el("ul", {class: "qb-tally"});
  q.options.forEach(function (o) {
    var n = counts[o.id] || 0, pct = total ? Math.round(100 * n / total) : 0, fill = el("span", {class: "qb-fill"});
    fill.style.width = pct + "%";
    var me = mine.indexOf(o.id) >= 0;
    list.appendChild(el("li", {class: me ? "qb-mine" : null}, [
      el("p", {}, [el("span", {class: "qb-tl"}, inl(o.label || (o.image && o.image.alt))),
        el("span", {class: "qb-tn"}, [me ? el("span", {class: "qb-badge"}, [icon("✓"), " " + t("your_vote")]) : null,
          " " + t("percent", {n: pct}) + " · " + (n === 1 ? t("vote_one") : t("votes", {n: n}))])]),
      el("span", {class: "qb-bar", "aria-hidden": "true"}, fill)]));
  });
  return el("div", {}, [QS.length > 1 ? hx(2, {class: "qb-sub"}, inl(q.text)) : null, list]);
}
//#endif
//#if share
function shareUrl() {
  var u = D.share_url;
  if (!u) {
    if (framed() && !D.snippet) return null;
    u = location.href;
  }
  try {
    var x = new URL(u);
    if (!/^https?:$/.test(x.protocol)) return null;
    ["utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term", "qb_ref"].forEach(function (k) { x.searchParams.delete(k); });
    x.hash = "";
    return x.href;
  } catch (e) { return null; }
}
function shareBox(text) {
  var url = shareUrl(), e = encodeURIComponent, links = [], full = url ? text + " " + url : text;
  var link = function (name, href) {
    links.push(el("li", {}, el("a", {class: "qb-btn", href: href, target: "_blank", rel: "noopener noreferrer"}, [name, sr(" " + t("new_tab"))])));
  };
  if (navigator.share) {
    links.push(el("li", {}, btn(t("share"), {onclick: function () {
      navigator.share(url ? {title: plain(title()), text: text, url: url} : {title: plain(title()), text: text}).catch(function () {});
    }})));
  }
  if (url) {
    link("Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + e(url));
    link("LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url=" + e(url));
  }
  link("X", "https://x.com/intent/post?text=" + e(text) + (url ? "&url=" + e(url) : ""));
  links.push(el("li", {}, el("a", {class: "qb-btn", href: "mailto:?subject=" + e(plain(title())) + "&body=" + e(full)}, t("email"))));
  links.push(el("li", {}, btn(url ? t("copy_link") : t("copy_text"), {onclick: function () { copy(url || text); }})));
  return el("section", {class: "qb-share", "aria-labelledby": RID + "-sh"}, [hx(2, {id: RID + "-sh", class: "qb-sub"}, t("share_title")),
    el("p", {class: "qb-share-text"}, text), el("ul", {}, links)]);
}
function copy(s) {
  var ok = function () { announce(t("copied")); };
  var old = function () {
    var ta = el("textarea", {class: "qb-sr", readonly: true, "aria-hidden": "true", value: s});
    root.appendChild(ta);
    ta.select();
    try { document.execCommand("copy"); ok(); } catch (e) { /* nothing more to try */ }
    ta.remove();
  };
  if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(s).then(ok, old);
  else old();
}
//#endif

// --- kiosk: the operator panel --------------------------------------------------------------

//#if kiosk
function sha256(s) {
  var K = [], H = [], n = 2, c = 0, i, d;
  var frac = function (x) { return (x - Math.floor(x)) * 4294967296 | 0; };
  var ror = function (x, k) { return x >>> k | x << 32 - k; };
  while (c < 64) {
    for (d = 2; d * d <= n && n % d; d++);
    if (d * d > n) {
      if (c < 8) H[c] = frac(Math.pow(n, 1 / 2));
      K[c++] = frac(Math.pow(n, 1 / 3));
    }
    n++;
  }
  var b = Array.from(new TextEncoder().encode(s)), l = b.length * 8;
  b.push(128);
  while (b.length % 64 !== 56) b.push(0);
  for (i = 7; i >= 0; i--) b.push(i > 3 ? 0 : l >>> i * 8 & 255);
  for (var j = 0; j < b.length; j += 64) {
    var w = [], a = H.slice();
    for (i = 0; i < 64; i++) {
      if (i < 16) w[i] = b[j + 4 * i] << 24 | b[j + 4 * i + 1] << 16 | b[j + 4 * i + 2] << 8 | b[j + 4 * i + 3];
      else {
        var x = w[i - 15], y = w[i - 2];
        w[i] = (ror(x, 7) ^ ror(x, 18) ^ x >>> 3) + w[i - 16] + (ror(y, 17) ^ ror(y, 19) ^ y >>> 10) + w[i - 7] | 0;
      }
      var e = a[4], f = a[0];
      var t1 = a[7] + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + (e & a[5] ^ ~e & a[6]) + K[i] + w[i] | 0;
      var t2 = (ror(f, 2) ^ ror(f, 13) ^ ror(f, 22)) + (f & a[1] ^ f & a[2] ^ a[1] & a[2]) | 0;
      a = [t1 + t2 | 0, f, a[1], a[2], a[3] + t1 | 0, e, a[5], a[6]];
    }
    for (i = 0; i < 8; i++) H[i] = H[i] + a[i] | 0;
  }
  return H.map(function (h) { return (h >>> 0).toString(16).padStart(8, "0"); }).join("");
}
var OP = {tries: 0, until: 0, saved: null, file: ""};
function operator() {
  var scr = el("div", {class: "qb-screen qb-op"}), close = btn(t("close"), {onclick: function () {
    S.op = false;
    OP.unlocked = false;
    render(true);
  }});
  add(scr, hx(1, {class: "qb-h", tabindex: "-1", "data-focus": 1}, t("operator_title")));
  if (!OP.unlocked) {
    var msg = el("p", {class: "qb-err", id: RID + "-pin-e"});
    var f = form(function () {
      var pin = f.querySelector("input").value.trim();
      if (Date.now() < OP.until) msg.textContent = t("pin_wait");
      else if (sha256(D.kiosk.salt + ":" + pin) === D.kiosk.hash) {
        OP.unlocked = true;
        OP.tries = 0;
        render(true);
        return;
      } else {
        if (++OP.tries >= 5) {
          OP.until = Date.now() + 60000;
          OP.tries = 0;
        }
        msg.textContent = t("pin_wrong");
      }
      announce(msg.textContent);
      f.querySelector("input").focus();
    });
    add(f, [el("div", {class: "qb-field"}, [el("label", {for: RID + "-pin"}, t("pin")),
      el("input", {id: RID + "-pin", class: "qb-in", type: "password", inputmode: "numeric", autocomplete: "off", "aria-describedby": msg.id})]),
    msg, nav([close, btn(t("unlock"), {type: "submit"})])]);
    return add(scr, f);
  }
  var lines = sget("kiosk") || [], r = 0;
  lines.forEach(function (l) { if (l.indexOf('{"type":"response"') === 0) r++; });
  add(scr, el("p", {class: "qb-stored"}, t("stored", {r: r, e: lines.length - r})));
  var kids = [close];
  if (lines.length) {
    kids.push(btn(t("save_file"), {class: "qb-primary", onclick: function () {
      var name = (plain(D.title).normalize("NFD").replace(/[^\w]+/g, "-").replace(/^-|-$/g, "").toLowerCase().slice(0, 40) || "quizbuilder") +
        "-kiosk-" + now().slice(0, 16).replace(/[-:]/g, "").replace("T", "-") + ".jsonl";
      var url = URL.createObjectURL(new Blob([lines.join("\n") + "\n"], {type: "application/x-ndjson"}));
      var a = el("a", {href: url, download: name, class: "qb-sr"});
      root.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
      OP.saved = lines;
      OP.file = name;
      render();
      main.querySelector(".qb-clear").focus();
    }}));
  }
  add(scr, nav(kids));
  if (OP.saved) {
    add(scr, [el("p", {}, t("saved_check", {file: OP.file})), nav(btn(t("clear"), {class: "qb-clear", onclick: function () {
      // Only what went into the file is removed: a line stored since stays.
      var keep = (sget("kiosk") || []).filter(function (l) { return OP.saved.indexOf(l) < 0; }), n = OP.saved.length;
      sset("kiosk", keep.length ? keep : null);
      OP.saved = null;
      OP.unlocked = false;
      S.op = false;
      restart(true);
      announce(t("cleared", {n: n}));
    }}))]);
  }
  return scr;
}
//#endif

// --- the page's height, for the iframe tag --------------------------------------------------

var lastH = 0;
function height() {
  var h = Math.ceil(document.body.getBoundingClientRect().height);
  if (h === lastH) return;
  lastH = h;
  try { window.parent.postMessage({type: "quizbuilder:height", item: D.uid, height: h}, "*"); } catch (e) { /* no parent */ }
}

// --- start ----------------------------------------------------------------------------------

TOKEN = token(false);
VARIANT = drawVariant(false);
var held = sget("hold");
if (held) {
  // A response held for its lead form by a page that is gone: send it as it is.
  sset("hold", null);
  emit(held);
}
reset(false);
render(false);
window.addEventListener("pagehide", function (e) {
  if (!S || e.persisted) return;
  if (S.held) release();
  else if (S.started && !S.done && Object.keys(answersOut()).length) emit(response(false));
});
//#if endpoint
window.addEventListener("online", flush);
flush();
//#endif
if (!D.snippet && framed() && window.ResizeObserver) new ResizeObserver(height).observe(document.body);
root.setAttribute("data-qb-ready", "");
try { performance.mark("qb-ready"); } catch (e) { /* old browser */ }
})();
