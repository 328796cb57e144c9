import type { Pacer } from './pace.js';
import type { Table } from './types.js';

/** Largest dependency file read whole; a larger one is an error, never a file skipped. */
export const MAX_DEP_FILE_BYTES = 32 * 1024 * 1024;

export function json(text: string): Table {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new Error(`not valid JSON: ${(err as Error).message}`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new Error('not a JSON object');
  return doc as Table;
}

/** Separates the keys of a path in `jsonKeyLines`. */
export const SEP = '\u0000';

interface Frame {
  object: boolean;
  path: string;
  depth: number;
  key: string | undefined;
  expectKey: boolean;
}

/** Characters scanned between two pauses. */
export const SLICE = 1 << 16;

/**
 * Lines of the object keys of a JSON text, by path (keys joined with SEP), down to `maxDepth`
 * levels: JSON.parse keeps no positions, and a finding names the line of its package. One pass
 * over a text JSON.parse accepted, strings skipped whole, whatever its layout (pretty-printed or
 * on one line). The first occurrence of a path wins. Yields after every slice of the text, for
 * the caller to pause at.
 */
function* scanKeyLines(text: string, maxDepth: number): Generator<void, Map<string, number>> {
  const out = new Map<string, number>();
  const stack: Frame[] = [];
  // Strings, skipped whole, hold no line break (JSON has none unescaped): every one is seen here.
  let line = 1;
  /**
   * Nesting inside a value too deep for any of its keys to be kept (a package's entry in a
   * lockfile): only its brackets are counted, without frames, paths or keys.
   */
  let skipped = 0;
  let nextPause = SLICE;
  for (let i = 0; i < text.length; i++) {
    if (i >= nextPause) {
      nextPause = i + SLICE;
      yield;
    }
    const c = text.charCodeAt(i);
    if (c === 0x0a /* \n */) line++;
    else if (c === 0x22 /* " */) {
      let end = i + 1;
      for (;;) {
        end = text.indexOf('"', end);
        if (end < 0) return out; // unterminated: JSON.parse has said so already
        let backslashes = 0;
        for (let k = end - 1; text.charCodeAt(k) === 0x5c; k--) backslashes++;
        if (backslashes % 2 === 0) break;
        end++;
      }
      const top = skipped ? undefined : stack[stack.length - 1];
      if (top?.object && top.expectKey) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        top.key = key;
        top.expectKey = false;
        if (top.depth <= maxDepth) {
          const path = top.path ? `${top.path}${SEP}${key}` : key;
          if (!out.has(path)) out.set(path, line);
        }
      }
      i = end;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const top = stack[stack.length - 1];
      if (skipped || (top?.depth ?? 0) >= maxDepth) {
        skipped++;
        continue;
      }
      const name = top ? (top.object ? (top.key ?? '') : '[]') : '';
      stack.push({
        object: c === 0x7b,
        path: top ? (top.path ? `${top.path}${SEP}${name}` : name) : '',
        depth: (top?.depth ?? 0) + 1,
        key: undefined,
        expectKey: c === 0x7b,
      });
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      if (skipped) skipped--;
      else stack.pop();
    } else if (c === 0x2c /* , */ && !skipped) {
      const top = stack[stack.length - 1];
      if (top?.object) top.expectKey = true;
    }
  }
  return out;
}

/** `scanKeyLines`, pausing between slices. */
export async function jsonKeyLines(
  text: string,
  maxDepth: number,
  pace: Pacer,
): Promise<Map<string, number>> {
  const scan = scanKeyLines(text, maxDepth);
  for (;;) {
    const next = scan.next();
    if (next.done) return next.value;
    await pace.step(1_000);
  }
}

/** `scanKeyLines` at once, without pausing: for a few lines wanted now. */
export function jsonKeyLinesNow(text: string, maxDepth: number): Map<string, number> {
  const scan = scanKeyLines(text, maxDepth);
  let next = scan.next();
  while (!next.done) next = scan.next();
  return next.value;
}
