import { jsonKeyLines, jsonKeyLinesNow, SEP, SLICE } from './json.js';
import type { Pacer } from './pace.js';

/** A key JSON.parse puts before the others, wherever it was written: an array index. */
function isIndex(key: string): boolean {
  const c = key.charCodeAt(0);
  return c >= 0x30 && c <= 0x39 && /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 2 ** 32 - 1;
}

interface Found {
  /** Lines of the member's keys, in the order written. */
  lines: number[];
  /** How many times the member was written as an object. */
  objects: number;
  /** No key of the top object holds SEP (so none stands for a member's key path). */
  plain: boolean;
}

/**
 * One pass over a text JSON.parse accepted, strings skipped whole (they hold no line break):
 * the keys of the top object, and the lines of the keys of its `member` object. Deeper values
 * are only counted through. Yields after every slice of the text, for the caller to pause at.
 */
function* scanMemberKeys(text: string, member: string): Generator<void, Found> {
  const lines: number[] = [];
  let objects = 0;
  let plain = true;
  let line = 1;
  let depth = 0;
  let topObject = false;
  let inMember = false;
  /** The next string is a key of the top object or of the member's. */
  let expectKey = false;
  let lastKey: string | undefined;
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
        if (end < 0) return { lines, objects, plain };
        let backslashes = 0;
        for (let k = end - 1; text.charCodeAt(k) === 0x5c; k--) backslashes++;
        if (backslashes % 2 === 0) break;
        end++;
      }
      if (expectKey) {
        expectKey = false;
        if (depth === 1) {
          const raw = text.slice(i + 1, end);
          lastKey = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
          if (lastKey.includes(SEP)) plain = false;
        } else lines.push(line);
      }
      i = end;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      depth++;
      if (depth === 1) {
        topObject = c === 0x7b;
        expectKey = topObject;
      } else if (depth === 2) {
        inMember = topObject && c === 0x7b && lastKey === member;
        if (inMember) objects++;
        expectKey = inMember;
      } else expectKey = false;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth--;
      expectKey = false;
      if (depth < 2) inMember = false;
    } else if (c === 0x2c /* , */) {
      if (depth === 1) expectKey = topObject;
      else if (depth === 2) expectKey = inMember;
    }
  }
  return { lines, objects, plain };
}

/**
 * Lines of the keys of one member of a JSON text's top object (an npm lockfile's `packages`), by
 * their place among the member's keys. JSON.parse keeps the written order of a table's keys, so
 * the n-th key written is the n-th of `Object.keys`: the pass over the text needs no key's name,
 * no path and no table of them. Where that order cannot be trusted (the member written twice, a
 * key written twice, an array index JSON.parse moves to the front), the lines come from
 * `jsonKeyLines` by path, as before. Found when first asked for: only entries that end up in a
 * change need a line.
 */
export class MemberKeyLines {
  private byPlace: number[] | undefined;
  private byPath: Map<string, number> | undefined;
  private finding: Promise<void> | undefined;

  constructor(
    private readonly text: string,
    private readonly member: string,
    /** The member's keys, as `Object.keys` gives them. */
    private readonly keys: readonly string[],
  ) {}

  /** Finds the lines, pausing as it goes (once, whoever asks); undefined once they are found. */
  find(pace: Pacer): Promise<void> | undefined {
    if (this.byPlace || this.byPath) return undefined;
    this.finding ??= (async () => {
      const scan = scanMemberKeys(this.text, this.member);
      let next = scan.next();
      while (!next.done) {
        await pace.step(1_000);
        next = scan.next();
      }
      if (!this.accept(next.value)) this.byPath = await jsonKeyLines(this.text, 2, pace);
    })();
    return this.finding;
  }

  /** The line of the member's key at `place`; found at once, without pausing, when `find` has not run. */
  line(place: number): number | undefined {
    if (!this.byPlace && !this.byPath) {
      const scan = scanMemberKeys(this.text, this.member);
      let next = scan.next();
      while (!next.done) next = scan.next();
      if (!this.accept(next.value)) this.byPath = jsonKeyLinesNow(this.text, 2);
    }
    if (this.byPlace) return this.byPlace[place];
    const key = this.keys[place];
    return key === undefined ? undefined : this.byPath!.get(`${this.member}${SEP}${key}`);
  }

  private accept(found: Found): boolean {
    const { lines, objects, plain } = found;
    if (objects !== 1 || !plain || lines.length !== this.keys.length || this.keys.some(isIndex)) return false;
    this.byPlace = lines;
    return true;
  }
}
