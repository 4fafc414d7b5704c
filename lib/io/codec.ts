/**
 * Turns stored rows into plain JSON and back. IndexedDB rows may hold what JSON cannot: Blobs
 * (verification attachments), byte arrays and Dates. Each becomes a tagged object
 * (`{"$certlens": "blob", "type", "base64"}`), so a backup loses nothing and a row with no such
 * values is written exactly as stored.
 */

export const TAG = '$certlens';

export type Encoded =
  | { [TAG]: 'blob'; type: string; base64: string }
  | { [TAG]: 'bytes'; base64: string }
  | { [TAG]: 'date'; iso: string };

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  // Chunks keep String.fromCharCode's argument list short on multi-megabyte attachments.
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

function fromBase64(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

const isBlob = (v: unknown): v is Blob => typeof Blob !== 'undefined' && v instanceof Blob;

/** A stored value as JSON-safe data (async: Blobs are read). */
export async function encodeValue(v: unknown): Promise<unknown> {
  if (v === null || typeof v !== 'object') return v;
  if (isBlob(v)) return { [TAG]: 'blob', type: v.type, base64: toBase64(new Uint8Array(await v.arrayBuffer())) };
  if (v instanceof ArrayBuffer) return { [TAG]: 'bytes', base64: toBase64(new Uint8Array(v)) };
  if (ArrayBuffer.isView(v)) return { [TAG]: 'bytes', base64: toBase64(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)) };
  if (v instanceof Date) return { [TAG]: 'date', iso: v.toISOString() };
  if (Array.isArray(v)) return Promise.all(v.map(encodeValue));
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(v)) out[k] = await encodeValue(val);
  return out;
}

/**
 * Whether encodeValue would change anything: something other than plain objects, arrays and
 * primitives somewhere (a Blob, bytes, a Date). Reads without allocating, so a backup of
 * 100,000 plain rows is not rebuilt row by row.
 */
export function needsEncoding(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return false;
  if (Array.isArray(v)) {
    for (const x of v) if (needsEncoding(x)) return true;
    return false;
  }
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return true;
  for (const k in v as Record<string, unknown>) if (needsEncoding((v as Record<string, unknown>)[k])) return true;
  return false;
}

/**
 * Whether decodeValue would change anything: a tagged value or a "__proto__" key somewhere.
 * Reads without allocating, so the importer can keep the parsed rows of a big backup as they
 * are (almost none holds a Blob) instead of copying 100,000 of them.
 */
export function needsDecoding(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return false;
  if (Array.isArray(v)) {
    for (const x of v) if (needsDecoding(x)) return true;
    return false;
  }
  for (const k in v as Record<string, unknown>) {
    if (k === TAG || k === '__proto__') return true;
    if (needsDecoding((v as Record<string, unknown>)[k])) return true;
  }
  return false;
}

/** The inverse of encodeValue. Throws on a malformed tagged object (bad base64, bad date). */
export function decodeValue(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(decodeValue);
  const o = v as Record<string, unknown>;
  const tag = o[TAG];
  if (tag !== undefined) {
    if (tag === 'blob' && typeof o.base64 === 'string' && typeof o.type === 'string')
      return new Blob([fromBase64(o.base64)], { type: o.type });
    if (tag === 'bytes' && typeof o.base64 === 'string') return fromBase64(o.base64).buffer;
    if (tag === 'date' && typeof o.iso === 'string' && !Number.isNaN(Date.parse(o.iso))) return new Date(o.iso);
    throw new Error(`a ${TAG} value of an unknown kind or with a bad payload`);
  }
  // Object.create(null)-free copy that never lets "__proto__" reach a prototype.
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(o)) {
    if (k === '__proto__') continue;
    out[k] = decodeValue(val);
  }
  return out;
}
