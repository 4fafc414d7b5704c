/** Reads the labelled fixtures (tests/fixtures/labelled) and scores the detector against them. */
import fs from 'node:fs';
import path from 'node:path';
import type { ClaimFlag, ClaimId } from '../../../lib/claims/ids';
import type { DetectOptions, Match } from '../../../lib/detect';

export const repoRoot = path.resolve(__dirname, '../../..');
export const labelledDir = path.join(repoRoot, 'tests/fixtures/labelled');
export const corpusDir = path.resolve(repoRoot, '../shared/corpus');

export interface Label {
  id: ClaimId;
  start: number;
  end: number;
  flags: ClaimFlag[];
}
export interface Sample {
  source: string;
  text: string;
  opts: DetectOptions;
  labels: Label[];
}

const MARK = /\[\[([a-z0-9-]+)(?:!([a-z,-]+))?\|([^\]]+)\]\]/g;

/** One sample per line: `[[id!flags|text]]` marks a claim, `L|` starts a claim list. */
export function parseLabelled(file: string): Sample[] {
  const out: Sample[] = [];
  const lines = fs.readFileSync(path.join(labelledDir, file), 'utf8').split('\n');
  lines.forEach((line, n) => {
    if (!line.trim() || line.startsWith('#')) return;
    const claimList = line.startsWith('L|');
    const src = claimList ? line.slice(2) : line;
    let text = '';
    const labels: Label[] = [];
    let last = 0;
    for (const m of src.matchAll(MARK)) {
      text += src.slice(last, m.index);
      labels.push({
        id: m[1] as ClaimId,
        start: text.length,
        end: text.length + m[3].length,
        flags: (m[2] ? m[2].split(',') : []) as ClaimFlag[],
      });
      text += m[3];
      last = m.index! + m[0].length;
    }
    text += src.slice(last);
    out.push({ source: `${file}:${n + 1}`, text, opts: { claimList }, labels });
  });
  return out;
}

/** Labels given as [id, text] in order: each text is found after the previous one. */
export type CorpusLabel = [string, string, string[]?];
export function locate(source: string, text: string, pairs: CorpusLabel[], opts: DetectOptions): Sample {
  const labels: Label[] = [];
  let from = 0;
  for (const [id, t, flags] of pairs) {
    const at = text.indexOf(t, from);
    if (at < 0) throw new Error(`${source}: label "${t}" not found in the corpus text; the labels need updating`);
    labels.push({ id: id as ClaimId, start: at, end: at + t.length, flags: (flags ?? []) as ClaimFlag[] });
    from = at + t.length;
  }
  return { source, text, opts, labels };
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
}
export interface Scored {
  perId: Map<string, Score>;
  total: Score;
  errors: string[];
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export function score(samples: Sample[], run: (s: Sample) => Match[], checkFlags = true): Scored {
  const perId = new Map<string, Score>();
  const total: Score = { tp: 0, fp: 0, fn: 0 };
  const errors: string[] = [];
  const bump = (id: string, k: keyof Score) => {
    const s = perId.get(id) ?? { tp: 0, fp: 0, fn: 0 };
    s[k]++;
    perId.set(id, s);
    total[k]++;
  };
  for (const s of samples) {
    const found = run(s);
    const used = new Set<number>();
    for (const l of s.labels) {
      const k = found.findIndex((m, i) => !used.has(i) && m.id === l.id && overlap(m, l));
      if (k < 0) {
        bump(l.id, 'fn');
        errors.push(`${s.source} missed ${l.id} "${s.text.slice(l.start, l.end)}"`);
        continue;
      }
      used.add(k);
      const m = found[k];
      const flagsOk = !checkFlags || (l.flags.every((f) => m.flags.includes(f)) && m.flags.filter((f) => f !== 'expired').every((f) => l.flags.includes(f)));
      if (flagsOk) bump(l.id, 'tp');
      else {
        // A claim with the wrong red flag is a wrong claim: count it both ways.
        bump(l.id, 'fn');
        bump(l.id, 'fp');
        errors.push(`${s.source} ${l.id} "${m.text}" flags [${m.flags}] expected [${l.flags}]`);
      }
    }
    found.forEach((m, i) => {
      if (used.has(i)) return;
      bump(m.id, 'fp');
      errors.push(`${s.source} false ${m.id} "${m.text}"`);
    });
  }
  return { perId, total, errors };
}

export const precision = (s: Score) => (s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp));
export const recall = (s: Score) => (s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn));

export function report(title: string, r: Scored): string {
  const rows = [...r.perId.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, s]) => `  ${id.padEnd(26)} P ${precision(s).toFixed(3)}  R ${recall(s).toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`);
  return [
    `${title}: precision ${precision(r.total).toFixed(4)}, recall ${recall(r.total).toFixed(4)} (tp ${r.total.tp}, fp ${r.total.fp}, fn ${r.total.fn})`,
    ...rows,
    ...(r.errors.length ? ['  errors:', ...r.errors.map((e) => `    ${e}`)] : []),
  ].join('\n');
}
