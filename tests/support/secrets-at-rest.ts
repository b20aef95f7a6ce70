import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Needle } from './secret-ledger';

/**
 * Every file below `dir` (a browser profile: extension storage, IndexedDB, Local and Session
 * Storage, service worker caches, session files, logs) that contains one of `needles`, as UTF-8
 * or UTF-16LE (Chromium keeps some strings in UTF-16; Latin-1 equals UTF-8 for these ASCII
 * secrets). Returns "file: needle-index" lines; empty means clean.
 */
export function findSecretsAtRest(dir: string, needles: readonly string[]): string[] {
  return scanForNeedles(dir, needles.map((text, index) => ({ text, label: `secret #${index}`, secret: text })));
}

/**
 * The same scan with labelled needles: "file: label [encoding]" lines, empty means clean.
 * One pass per file whatever the number of needles (a rolling hash over the shortest needle's
 * length, each candidate compared in full), so the guard can search for every secret the test
 * process ever handled. Symbolic links are not followed (Chromium's Singleton* links point out of
 * the profile).
 */
export function scanForNeedles(dir: string, needles: readonly Needle[]): string[] {
  const search = needleSearcher(needles);
  const hits = new Set<string>();
  for (const { relativePath, content } of profileFiles(dir)) {
    for (const { label } of search(content)) hits.add(`${relativePath}: ${label}`);
  }
  return [...hits];
}

/** Every regular file below `dir` with its content; symbolic links and sockets are skipped. */
export function* profileFiles(dir: string): Generator<{ relativePath: string; content: Buffer }> {
  const stack = [dir];
  while (stack.length > 0) {
    const path = stack.pop()!;
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      let stat;
      try {
        stat = lstatSync(full);
      } catch {
        continue; // removed while we walk
      }
      if (stat.isDirectory()) stack.push(full);
      else if (stat.isFile()) {
        let content: Buffer;
        try {
          content = readFileSync(full);
        } catch {
          continue;
        }
        yield { relativePath: relative(dir, full), content };
      }
    }
  }
}

/** A search for all `needles` in UTF-8 and UTF-16LE: what is found in a buffer, labelled "label [encoding]". */
export function needleSearcher(needles: readonly Needle[]): (content: Buffer) => Array<{ label: string; needle: Needle }> {
  const patterns = needles
    .flatMap((needle) => [
      { bytes: Buffer.from(needle.text, 'utf8'), label: `${needle.label} [UTF-8]`, needle },
      { bytes: Buffer.from(needle.text, 'utf16le'), label: `${needle.label} [UTF-16LE]`, needle },
    ])
    .filter((p) => p.bytes.length > 0);
  return patterns.length === 0 ? () => [] : multiSearch(patterns);
}

/** Rabin–Karp over many patterns: returns a function giving the patterns found in a buffer. */
function multiSearch<P extends { bytes: Buffer }>(patterns: P[]): (content: Buffer) => P[] {
  const width = Math.min(...patterns.map((p) => p.bytes.length));
  const BASE = 0x01000193;
  let outFactor = 1; // BASE^(width-1) mod 2^32
  for (let i = 1; i < width; i++) outFactor = Math.imul(outFactor, BASE);
  const hashOf = (bytes: Uint8Array, start: number) => {
    let h = 0;
    for (let i = start; i < start + width; i++) h = (Math.imul(h, BASE) + bytes[i]!) | 0;
    return h;
  };
  const byHash = new Map<number, P[]>();
  const BITS = 1 << 20;
  const filter = new Uint32Array(BITS >>> 5);
  for (const pattern of patterns) {
    const h = hashOf(pattern.bytes, 0);
    const list = byHash.get(h) ?? [];
    list.push(pattern);
    byHash.set(h, list);
    const m = h & (BITS - 1);
    filter[m >>> 5]! |= 1 << (m & 31);
  }
  return (content) => {
    const found = new Set<P>();
    const n = content.length;
    if (n < width) return [];
    let h = hashOf(content, 0);
    for (let i = 0; ; i++) {
      const m = h & (BITS - 1);
      if (filter[m >>> 5]! & (1 << (m & 31))) {
        for (const pattern of byHash.get(h) ?? []) {
          const end = i + pattern.bytes.length;
          if (end <= n && content.compare(pattern.bytes, 0, pattern.bytes.length, i, end) === 0) found.add(pattern);
        }
      }
      if (i + width >= n) break;
      h = (Math.imul((h - Math.imul(content[i]!, outFactor)) | 0, BASE) + content[i + width]!) | 0;
    }
    return [...found];
  };
}

/** Chromium's session files: Sessions/Session_<time> (open tabs) and Sessions/Tabs_<time> (closed tabs). */
export const isSessionFile = (relativePath: string) => /(^|\/)Sessions\/(Session|Tabs)_\d+$/.test(relativePath);

const FORM_STATE_MARKER = Buffer.from('Blink serialized form state', 'utf16le');

/**
 * Where a session file (SNSS) holds the form state Blink saved for a page, and that page's URL:
 * from the form state's marker to the end of its navigation record. An SNSS file is "SNSS", an
 * int32 version, then records of [uint16 size][uint8 command][payload]; a navigation record's
 * payload is a Pickle: [uint32 size][int32 tab][int32 index][int32 length][URL], then the title
 * and the encoded page state, where Blink keeps the values of the page's form fields.
 */
export function savedFormStates(content: Buffer): Array<{ start: number; end: number; url: string }> {
  if (content.length < 8 || content.toString('latin1', 0, 4) !== 'SNSS') return [];
  const found: Array<{ start: number; end: number; url: string }> = [];
  for (let offset = 8; offset + 2 <= content.length; ) {
    const start = offset + 2;
    const end = Math.min(start + content.readUInt16LE(offset), content.length);
    offset = end;
    if (end - start < 17) continue;
    const urlLength = content.readInt32LE(start + 13);
    if (urlLength <= 0 || start + 17 + urlLength > end) continue;
    const marker = content.indexOf(FORM_STATE_MARKER, start + 17 + urlLength);
    if (marker !== -1 && marker < end) found.push({ start: marker, end, url: content.toString('utf8', start + 17, start + 17 + urlLength) });
  }
  return found;
}

/**
 * The content of a Firefox mozLz4 file (its session store: sessionstore.jsonlz4,
 * sessionstore-backups/*.jsonlz4 / *.baklz4), or null for any other file. The format is the magic
 * "mozLz40\0", the decoded size (32-bit little-endian) and one LZ4 block; a byte scan of the
 * compressed file could miss a secret that LZ4 split into back-references.
 */
export function decodeMozLz4(file: Buffer): Buffer | null {
  if (file.length < 12 || file.subarray(0, 8).toString('latin1') !== 'mozLz40\0') return null;
  const out = Buffer.alloc(file.readUInt32LE(8));
  let input = 12;
  let output = 0;
  const length = () => {
    let total = 0;
    let byte: number;
    do {
      byte = file[input++]!;
      total += byte;
    } while (byte === 255);
    return total;
  };
  while (input < file.length) {
    const token = file[input++]!;
    let literals = token >> 4;
    if (literals === 15) literals += length();
    file.copy(out, output, input, input + literals);
    input += literals;
    output += literals;
    if (input >= file.length) break; // the last sequence has literals only
    const offset = file[input]! | (file[input + 1]! << 8);
    input += 2;
    let match = token & 15;
    if (match === 15) match += length();
    match += 4;
    for (let k = 0; k < match; k += 1) out[output + k] = out[output - offset + k]!; // may overlap
    output += match;
  }
  return out;
}
