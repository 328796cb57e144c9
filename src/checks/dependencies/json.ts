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

/**
 * Lines of the object keys of a JSON text, by path (keys joined with SEP), down to `maxDepth`
 * levels: JSON.parse keeps no positions, and a finding names the line of its package. One pass
 * over the text, strings skipped whole, whatever its layout (pretty-printed or on one line).
 * The first occurrence of a path wins.
 */
export async function jsonKeyLines(
  text: string,
  maxDepth: number,
  pace: Pacer,
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const stack: Frame[] = [];
  let line = 1;
  let nextNewline = text.indexOf('\n');
  // Offsets only grow, so counting newlines up to each one is one pass in all.
  const lineAt = (offset: number) => {
    while (nextNewline !== -1 && nextNewline < offset) {
      line++;
      nextNewline = text.indexOf('\n', nextNewline + 1);
    }
    return line;
  };
  let nextPause = 1 << 16;
  for (let i = 0; i < text.length; i++) {
    if (i >= nextPause) {
      nextPause = i + (1 << 16);
      await pace.step(1_000);
    }
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      let end = i + 1;
      for (;;) {
        end = text.indexOf('"', end);
        if (end < 0) return out; // unterminated: JSON.parse has said so already
        let backslashes = 0;
        for (let k = end - 1; text.charCodeAt(k) === 0x5c; k--) backslashes++;
        if (backslashes % 2 === 0) break;
        end++;
      }
      const top = stack[stack.length - 1];
      if (top?.object && top.expectKey) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        top.key = key;
        top.expectKey = false;
        if (top.depth <= maxDepth) {
          const path = top.path ? `${top.path}${SEP}${key}` : key;
          if (!out.has(path)) out.set(path, lineAt(i));
        }
      }
      i = end;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const top = stack[stack.length - 1];
      const name = top ? (top.object ? (top.key ?? '') : '[]') : '';
      stack.push({
        object: c === 0x7b,
        path: top ? (top.path ? `${top.path}${SEP}${name}` : name) : '',
        depth: (top?.depth ?? 0) + 1,
        key: undefined,
        expectKey: c === 0x7b,
      });
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top?.object) top.expectKey = true;
    }
  }
  return out;
}
