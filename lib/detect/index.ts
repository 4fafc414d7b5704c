/**
 * The detector: text -> certification claims. Pure (no DOM, no browser APIs), linear in the
 * text: one tokenizer pass finds head words, each head tries a few bounded sticky patterns
 * (lib/claims/rules), a second pass finds Chinese names, then each candidate looks at a bounded
 * window around it for context, misnomer wording, certificate number, issuer and dates.
 */
import type { ClaimFlag, ClaimId } from '../claims/ids';
import {
  CJK_RULES, CJK_SUFFIX, CTX_AFTER, CTX_BEFORE, GB_NUMBERS, ISO_NOT_CLAIMS, ISO_NUMBERS,
  LATIN_RULES, MISNOMERS, NEGATIVES, VERSIONS, type LatinRule,
} from '../claims/rules';
import { findCertificateNumber, findIssuer, findValidUntil } from './extract';
import { normalize } from './normalize';
import type { DetectOptions, Match } from './types';

export type { DetectOptions, Match } from './types';
export { assessSupplier, type SupplierAssessment } from './supplier';
export { normalize } from './normalize';

interface Compiled {
  rule: LatinRule;
  re: RegExp;
  /**
   * The pattern has capture groups: exec() it; otherwise test() (no allocation). Found on the
   * rule's first use, not at start-up: finding it runs the pattern, and V8 compiles a pattern
   * when it first runs (170 compilations made the content script's start-up a long task).
   */
  groups: boolean | undefined;
}

/**
 * The detector's tables (head words, patterns, context rules) are built on the first detect()
 * call, not when the module loads: the content script then starts in a short task and builds
 * them in its first scan slice.
 */
let HEADS: Map<string, Compiled[]> | null = null;

function hasGroups(c: Compiled): boolean {
  return (c.groups ??= new RegExp(`${c.rule.re}|`).exec('')!.length > 1);
}

/** First letters of head words (both cases): most tokens are rejected before anything else. */
const HEAD_FIRST = new Uint8Array(0x250);
let HEAD_MAX = 0;

/**
 * A hash of each head word's upper-case spelling, so that ordinary words are turned away without
 * slice() + toUpperCase() + a Map lookup (two strings per word made most of the tokenizer's
 * time). A word whose hash is not in the table cannot be a head; a hit is only a maybe, checked
 * exactly. Only characters whose upper case is one unit found by a fixed offset are hashed
 * (ASCII, Latin-1 letters); a word with any other (ß, ÿ, ı ...) takes the exact path.
 */
const HASH_BITS = 16;
const HEAD_HASH = new Uint8Array(1 << HASH_BITS);
const NO_FOLD = -1;
function upperUnit(c: number): number {
  if (c >= 97 && c <= 122) return c - 32;
  if (c < 0xdf) return c;
  if (c >= 0xe0 && c <= 0xfe) return c === 0xf7 ? c : c - 32;
  return NO_FOLD;
}
/** Off only in tests, which check that the hash never turns a head word away (exact path for all). */
let hashGate = true;
export const __testing = {
  setHeadHashGate(on: boolean): void {
    hashGate = on;
  },
};

let CJK: RegExp;
let CJK_ID: Map<string, ClaimId>;
let CJK_KEYS: string[];
/** After a known ISO number: "ISO 9001/14001", "ISO 9001, 14001 and 45001". */
const ISO_CONT = /\s{0,2}(?:[/&,、+]|and)\s{0,2}(\d{4,5})(?:(?:\s{0,2}[:\-/.]\s{0,2})((?:19|20)\d\d))?(?![\d])/y;

let CTX_A: RegExp;
let CTX_B: RegExp;
let NEG: Array<{ ids: Set<ClaimId>; a?: RegExp; b?: RegExp }>;
let NEG_IDS: Set<ClaimId>;
let MIS: Array<{ ids: Set<ClaimId>; a?: RegExp; b?: RegExp }>;

function init(): Map<string, Compiled[]> {
  const heads = new Map<string, Compiled[]>();
  for (const rule of LATIN_RULES) {
    const re = new RegExp(rule.re, rule.cs ? 'y' : 'yi');
    const compiled: Compiled = { rule, re, groups: undefined };
    for (const h of rule.h) {
      const list = heads.get(h) ?? [];
      list.push(compiled);
      heads.set(h, list);
    }
  }
  for (const h of heads.keys()) {
    for (const c of [h.charCodeAt(0), h.toLowerCase().charCodeAt(0)]) if (c < HEAD_FIRST.length) HEAD_FIRST[c] = 1;
    HEAD_MAX = Math.max(HEAD_MAX, h.length);
    let x = 0;
    for (let k = 0; k < h.length; k++) x = (Math.imul(x, 31) + h.charCodeAt(k)) | 0;
    HEAD_HASH[x & ((1 << HASH_BITS) - 1)] = 1;
  }
  CJK = new RegExp(`(?:${CJK_RULES.map(([s]) => s).join('|')})${CJK_SUFFIX}`, 'g');
  CJK_ID = new Map(CJK_RULES);
  CJK_KEYS = [...CJK_RULES.map(([s]) => s)];
  CTX_A = new RegExp(CTX_AFTER, 'i');
  CTX_B = new RegExp(CTX_BEFORE, 'i');
  NEG = NEGATIVES.map(([ids, a, b]) => ({
    ids: new Set<ClaimId>(ids),
    a: a ? new RegExp(a, 'i') : undefined,
    b: b ? new RegExp(b, 'i') : undefined,
  }));
  NEG_IDS = new Set<ClaimId>(NEGATIVES.flatMap(([ids]) => ids));
  MIS = MISNOMERS.map((m) => ({
    ids: new Set<ClaimId>(m.ids),
    a: m.a ? new RegExp(m.a, 'yi') : undefined,
    b: m.b ? new RegExp(m.b, 'i') : undefined,
  }));
  HEADS = heads;
  return heads;
}
const BODIES = new Set<ClaimId>(['sgs', 'tuv', 'bureau-veritas', 'intertek', 'dnv', 'lrqa', 'qima', 'cnas', 'iaf-accreditation']);
/** Names that may be the issuer of the claim before them, so windows read across them. */
const ISSUER_LIKE = new Set<ClaimId>([...BODIES, 'cqc']);
/** "BSCI验厂", "3C认证", "CQC标志": the Chinese word belongs to the claim's text. */
const ZH_SUFFIX = /(?:体系)?(?:认证|验厂|标志)/y;

interface Raw {
  id: ClaimId;
  start: number;
  end: number;
  strong: boolean;
  /** Allocated only when a flag is set: dense adversarial text makes millions of candidates. */
  flags?: readonly ClaimFlag[];
  /** An English word in capitals (LatinRule.w). */
  weak?: boolean;
  version?: string;
  certificateNumber?: string;
  cjk?: boolean;
}

function mkRaw(id: ClaimId, start: number, end: number, strong: boolean, cjk?: boolean): Raw {
  return cjk ? { id, start, end, strong, cjk } : { id, start, end, strong };
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

/** Copy-on-write: a rule's own flag list may be shared by many candidates until one changes. */
function addFlags(raw: { flags?: readonly ClaimFlag[] }, more: readonly ClaimFlag[] | undefined): void {
  if (!more || more.length === 0) return;
  if (!raw.flags) {
    raw.flags = more;
    return;
  }
  const add = more.filter((f) => !raw.flags!.includes(f));
  if (add.length) raw.flags = [...raw.flags, ...add];
}

function applyVersion(raw: Raw, table: string | undefined, keys: Array<string | undefined>): void {
  if (!table || table === 'none') return;
  const t = VERSIONS[table];
  if (!t) return;
  const fixed = t[''];
  if (fixed) {
    raw.version = fixed[0];
    if (fixed[1]) addFlags(raw, ['obsolete']);
    return;
  }
  for (const k of keys) {
    if (k !== undefined && t[k]) {
      raw.version = t[k][0];
      if (t[k][1]) addFlags(raw, ['obsolete']);
      return;
    }
  }
}

function isoRaw(n: string, year: string | undefined, start: number, end: number, ts: boolean): Raw | null {
  const known = ISO_NUMBERS[n];
  if (!known && ISO_NOT_CLAIMS.has(n)) return null;
  if (!known) return mkRaw('iso-other', start, end, false);
  const [id, table, flags] = known;
  const raw = mkRaw(id, start, end, id !== 'iso-other');
  addFlags(raw, flags);
  applyVersion(raw, ts && n === '16949' ? 'ts16949' : table, [year]);
  if (id === 'iatf-16949') addFlags(raw, ['obsolete']); // "ISO/TS 16949" or "ISO 16949"
  return raw;
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Pass 1 (Latin): a hand-written tokenizer (runs of letters, runs of digits) that allocates
 * nothing for ordinary words; only head words try their bounded sticky patterns.
 */
function latin(t: string, out: Raw[], heads: Map<string, Compiled[]>): void {
  let consumed = 0;
  const n = t.length;
  let i = 0;
  while (i < n) {
    const c0 = t.charCodeAt(i);
    const letters = isLetter(c0);
    if (!letters && !isDigit(c0)) {
      i++;
      continue;
    }
    const s = i;
    i++;
    if (letters) while (i < n && isLetter(t.charCodeAt(i))) i++;
    else while (i < n && isDigit(t.charCodeAt(i))) i++;
    if (s < consumed) continue;
    if (i - s > HEAD_MAX || c0 >= 0x250 || HEAD_FIRST[c0] === 0) continue;
    if (s > 0 && isWordChar(t.charCodeAt(s - 1))) continue; // "X5CE", "ISO9001" (digits handled by head)
    let x = 0;
    let exact = !hashGate;
    for (let k = s; k < i && !exact; k++) {
      const u = upperUnit(t.charCodeAt(k));
      if (u === NO_FOLD) {
        exact = true;
        break;
      }
      x = (Math.imul(x, 31) + u) | 0;
    }
    if (!exact && HEAD_HASH[x & ((1 << HASH_BITS) - 1)] === 0) continue;
    const list = heads.get(t.slice(s, i).toUpperCase());
    if (!list) continue;
    const headLen = i - s;
    for (const c of list) {
      const { rule, re } = c;
      const groups = hasGroups(c);
      re.lastIndex = s;
      let r: RegExpExecArray | null = null;
      if (groups) {
        r = re.exec(t);
        if (!r) continue;
      } else if (!re.test(t)) continue;
      const e = groups ? s + r![0].length : re.lastIndex;
      if (e < n && isWordChar(t.charCodeAt(e)) && isWordChar(t.charCodeAt(e - 1))) continue;
      let raw: Raw | null;
      if (rule.m === 'iso') {
        raw = isoRaw(r![1], r![2], s, e, /TS/i.test(r![0]));
        if (!raw) continue;
      } else if (rule.m === 'gb') {
        const g = GB_NUMBERS[r![1]];
        if (!g) continue;
        raw = mkRaw(g[0], s, e, true);
        applyVersion(raw, g[1], [r![2]]);
      } else {
        raw = mkRaw(rule.id, s, e, rule.n === 's' || (!!rule.x && e - s > headLen));
        if (rule.w) raw.weak = true;
        addFlags(raw, rule.f);
        if (rule.fv) raw.version = rule.fv;
        if (r && rule.v) applyVersion(raw, rule.v, [r[1], r[2]]);
        if (r && rule.cn && r[1]) {
          raw.certificateNumber = rule.id === 'ce' ? `NB ${r[1]}` : rule.id === 'fsc' ? `FSC-${r[1]}` : rule.id === 'pefc' ? `PEFC${r[1]}` : r[1];
          raw.strong = true; // "CE 0123", "FSC-C123456": the code itself is the context
        }
      }
      out.push(raw);
      consumed = e;
      if (rule.m === 'iso' && raw.id !== 'iso-other') {
        // Continuations share the ISO prefix: "ISO 9001/14001", "ISO 9001, 14001 and 45001".
        let at = e;
        for (let k = 0; k < 4; k++) {
          ISO_CONT.lastIndex = at;
          const c = ISO_CONT.exec(t);
          if (!c || !ISO_NUMBERS[c[1]]) break;
          const ce = at + c[0].length;
          const ns = ce - c[0].length + c[0].indexOf(c[1]);
          const cr = isoRaw(c[1], c[2], ns, ce, false);
          if (!cr) break;
          out.push(cr);
          at = ce;
          consumed = ce;
        }
      }
      break;
    }
  }
}

/** Pass 2: Chinese names (no word boundaries in Chinese). */
function cjk(t: string, out: Raw[]): void {
  CJK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CJK.exec(t))) {
    let key = CJK_ID.get(m[0]);
    if (!key) {
      for (const k of CJK_KEYS) {
        if (m[0].startsWith(k)) {
          key = CJK_ID.get(k);
          break;
        }
      }
    }
    if (key) out.push(mkRaw(key, m.index, m.index + m[0].length, true, true));
  }
}

/** Two claims are listed together when only separators (and at most two short words) stand between. */
function listed(t: string, from: number, to: number): boolean {
  if (to - from > 24) return false;
  let plain = true; // fast path: only spaces and separators, read in place (no slice)
  for (let i = from; i < to && plain; i++) plain = SEPS.has(t.charCodeAt(i));
  if (plain) return true;
  const gap = t.slice(from, to);
  if (/[.!?。！？:]\s/.test(gap) || /\n\s*\n/.test(gap)) return false;
  const g = gap.replace(/\b(?:and|or|as well as)\b|[及和与]/g, '&');
  // Other items of the list we do not know (HSE, BSMI, QC 080000) may stand between: short,
  // upper case. Ordinary words ("since", "for") end the list.
  const words = g.match(/[^\s,/、，;；&+|()\-]+/g);
  if (!words) return true;
  if (words.length > 2 || words.some((x) => !/^[A-Z0-9][A-Z0-9.]{0,7}$/.test(x))) return false;
  return /[,/、，;；&+|]/.test(g);
}

const SEPS = new Set([...' \t\n\r,/、，;；&+|()-'].map((c) => c.charCodeAt(0)));

/** The last day asked for and its YYYY-MM-DD (detect() runs once per text block: hundreds per page). */
let todayDay = NaN;
let todayText = '';
function todayIso(now: Date | undefined): string {
  // An invalid Date would make toISOString() throw: fall back to the clock.
  const d = now && !Number.isNaN(now.getTime()) ? now : new Date();
  const day = Math.floor(d.getTime() / 86_400_000);
  if (day !== todayDay) {
    todayText = d.toISOString().slice(0, 10);
    todayDay = day;
  }
  return todayText;
}

export function detect(text: string, opts: DetectOptions = {}): Match[] {
  if (!text) return [];
  const heads = HEADS ?? init();
  const t = normalize(text);
  const raws: Raw[] = [];
  latin(t, raws, heads);
  const n1 = raws.length;
  cjk(t, raws);
  if (raws.length > n1) raws.sort((a, b) => a.start - b.start || b.end - a.end);

  // Drop overlaps (a Chinese name inside a Latin match or the reverse): first, then longest, wins.
  const cand: Raw[] = [];
  let lastEnd = -1;
  for (const r of raws) {
    if (r.start < lastEnd) continue;
    // "ISO9001质量管理体系认证": a Chinese name right next to the same claim is one claim.
    const prev = cand[cand.length - 1];
    if (prev && prev.id === r.id && (prev.cjk || r.cjk) && prev.cjk !== r.cjk && /^\s{0,2}$/.test(t.slice(prev.end, r.start))) {
      prev.end = r.end;
      lastEnd = r.end;
      continue;
    }
    // Hard negatives: an ambiguous name next to these words is something else.
    if (!r.strong && NEG_IDS.has(r.id)) {
      const after = t.slice(r.end, r.end + 40);
      const before = t.slice(Math.max(0, r.start - 40), r.start);
      if (NEG.some((n) => n.ids.has(r.id) && ((n.a && n.a.test(after)) || (n.b && n.b.test(before))))) continue;
    }
    cand.push(r);
    lastEnd = r.end;
  }

  // Context for ambiguous names: claim list, a certification word nearby, or listed beside others.
  const keep = new Array<boolean>(cand.length).fill(false);
  let i = 0;
  while (i < cand.length) {
    let j = i;
    while (j + 1 < cand.length && listed(t, cand[j].end, cand[j + 1].start)) j++;
    const ctx = (k: number): boolean => {
      const r = cand[k];
      const aEnd = Math.min(r.end + 40, k + 1 < cand.length ? cand[k + 1].start : t.length);
      const bStart = Math.max(r.start - 40, k > 0 ? cand[k - 1].end : 0);
      return CTX_A.test(t.slice(r.end, aEnd)) || CTX_B.test(t.slice(bStart, r.start));
    };
    const claimList = !!opts.claimList;
    let strong = false;
    // Two different ambiguous names listed together ("CE, UL") vouch for each other.
    let amb: ClaimId | null = null;
    let ambTwo = false;
    for (let k = i; k <= j; k++) {
      const r = cand[k];
      if (r.strong) strong = true;
      else if (!r.weak) {
        if (amb === null) amb = r.id;
        else if (r.id !== amb) ambTwo = true;
      }
    }
    let ok = claimList || strong || ambTwo;
    // When no name of the group has context, that is known once: not asked again per name.
    let noCtx = false;
    if (!ok) {
      for (let k = i; k <= j && !ok; k++) if (ctx(k)) ok = true;
      noCtx = !ok;
    }
    for (let k = i; k <= j; k++) {
      const r = cand[k];
      keep[k] = r.strong || (r.weak ? claimList || strong || (!noCtx && ctx(k)) : ok || (!noCtx && ctx(k)));
    }
    i = j + 1;
  }
  const acc = cand.filter((_, k) => keep[k]);

  const today = todayIso(opts.now);
  const out: Match[] = [];
  for (let k = 0; k < acc.length; k++) {
    const r = acc[k];
    let end = r.end;
    // Misnomer wording joins the claim's text so the highlight shows it.
    for (const mi of MIS) {
      if (!mi.ids.has(r.id)) continue;
      let hit = false;
      if (mi.a) {
        mi.a.lastIndex = r.end;
        const a = mi.a.exec(t);
        if (a && (a[0].length === 0 || !isWordChar(t.charCodeAt(r.end + a[0].length)))) {
          hit = true;
          end = r.end + a[0].length;
        }
      }
      if (!hit && mi.b && mi.b.test(t.slice(Math.max(0, r.start - 30), r.start))) hit = true;
      if (hit) addFlags(r, ['misnomer']);
    }
    if (end === r.end) {
      ZH_SUFFIX.lastIndex = end;
      const z = ZH_SUFFIX.exec(t);
      if (z) end += z[0].length;
    }
    // Windows: never across the next (non-body) claim, a line or a sentence in Chinese.
    let nextStart = t.length;
    for (let q = k + 1; q < acc.length; q++) {
      if (!ISSUER_LIKE.has(acc[q].id) || BODIES.has(r.id)) {
        nextStart = acc[q].start;
        break;
      }
    }
    let prevEnd = 0;
    for (let q = k - 1; q >= 0; q--) {
      if (!ISSUER_LIKE.has(acc[q].id)) {
        prevEnd = acc[q].end;
        break;
      }
    }
    let win = t.slice(r.end, Math.min(r.end + 100, nextStart));
    const cut = win.search(/[\n。；;]/);
    if (cut >= 0) win = win.slice(0, cut);
    const before = t.slice(Math.max(prevEnd, r.start - 30), r.start);

    const m: Match = { id: r.id, start: r.start, end, text: text.slice(r.start, end), flags: r.flags ? r.flags.slice() : [] };
    if (r.version) m.version = r.version;
    // A body's own mention ("issued by SGS") carries no certificate of its own.
    if (!BODIES.has(r.id)) {
      const win80 = win.length > 80 ? win.slice(0, 80) : win;
      // The claim's own text matters only for "FCC ID" (findCertificateNumber).
      const cn = r.certificateNumber ?? findCertificateNumber(r.id, win80, r.id === 'fcc' ? t.slice(r.start, r.end) : '');
      if (cn) m.certificateNumber = cn;
      const iss = findIssuer(win80, before);
      if (iss) m.issuer = iss;
      const vu = findValidUntil(win);
      if (vu) {
        m.validUntil = vu;
        if (vu < today) addFlags(m, ['expired']);
      }
    }
    out.push(m);
  }
  return out;
}
