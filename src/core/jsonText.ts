/**
 * A value as compact JSON, in pieces: joined, they are exactly `JSON.stringify(value)`. A file
 * that holds every point of long series (a review of thousands of runs) is written piece by piece
 * instead of being built as one string and then copied into one buffer: the two took more memory
 * than the whole review, and fresh memory is what a small machine pays for most.
 *
 * Long arrays are cut into slices that JSON.stringify writes natively; objects, and the elements
 * of shorter arrays, are walked, so a long array nested anywhere is cut too. (Within a slice an
 * element's `toJSON` is given its index in the slice: the same text for every `toJSON` that does
 * not read its key, as Date's does not.)
 */

/** Elements per slice of a long array: small enough to stay a short string, large enough to stay native. */
const SLICE = 512;

type Frame = { done: boolean; next: () => string };

/**
 * What JSON.stringify does with a value before writing it (no replacer): `toJSON(key)`, then
 * boxed primitives as their primitive. Undefined, functions and symbols are left as they are:
 * the caller leaves them out (object) or writes null (array).
 */
function prepared(value: unknown, key: string): unknown {
  if (value !== null && (typeof value === 'object' || typeof value === 'bigint')) {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return (toJSON as (k: string) => unknown).call(value, key);
  }
  return value;
}

const isStructure = (v: unknown): v is object =>
  typeof v === 'object' &&
  v !== null &&
  !(v instanceof Number || v instanceof String || v instanceof Boolean || v instanceof BigInt);

const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

export function* jsonPieces(value: unknown): Generator<string, void, undefined> {
  const root = prepared(value, '');
  if (!isStructure(root)) {
    const text = JSON.stringify(root) as string | undefined;
    if (text !== undefined) yield text;
    return;
  }
  // A stack of open arrays and objects, not recursion: nesting is bounded by memory, not the call stack.
  const open = new Set<object>();
  const stack: Frame[] = [];
  const enter = (v: object): string => {
    // JSON.stringify throws on a cycle; so does this, before it would loop forever.
    if (open.has(v)) throw new TypeError('Converting circular structure to JSON');
    open.add(v);
    if (Array.isArray(v)) {
      const list = v as unknown[];
      let i = 0;
      const close = () => {
        open.delete(v);
        frame.done = true;
        return ']';
      };
      const frame: Frame = {
        done: false,
        next: () => {
          if (i >= list.length) return close();
          const sep = i === 0 ? '' : ',';
          if (list.length > SLICE) {
            // The slice is written natively; its own nesting is JSON.stringify's to check.
            const text = JSON.stringify(list.slice(i, i + SLICE));
            i += SLICE;
            return sep + text.slice(1, -1);
          }
          const item = prepared(list[i], String(i));
          i++;
          if (skipped(item)) return `${sep}null`;
          if (isStructure(item)) return sep + enter(item);
          return sep + (JSON.stringify(item) as string);
        },
      };
      stack.push(frame);
      return '[';
    }
    const record = v as Record<string, unknown>;
    const keys = Object.keys(record);
    let k = 0;
    let written = 0;
    const frame: Frame = {
      done: false,
      next: () => {
        while (k < keys.length) {
          const key = keys[k++]!;
          const item = prepared(record[key], key);
          if (skipped(item)) continue;
          const head = `${written++ === 0 ? '' : ','}${JSON.stringify(key)}:`;
          if (isStructure(item)) return head + enter(item);
          return head + (JSON.stringify(item) as string);
        }
        open.delete(v);
        frame.done = true;
        return '}';
      },
    };
    stack.push(frame);
    return '{';
  };
  yield enter(root);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const piece = top.next();
    // A frame that closed entered nothing, so it is still the top.
    if (top.done) stack.pop();
    yield piece;
  }
}
