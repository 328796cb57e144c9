/**
 * Finds many ASCII keywords in a line at once, ignoring case: an Aho–Corasick automaton compiled
 * to a dense transition table. One table lookup per character; measured about 5× faster than a
 * case-insensitive regex alternation of the same keywords, which is what lets the secret scan
 * keep pace with `git diff` on large diffs.
 */
export class KeywordMatcher {
  /** Character class per byte value; every non-ASCII byte is class 0, like no keyword character. */
  private readonly classes = new Uint8Array(256);
  /** log2 of the row width of `delta` (rows are a power of two wide). */
  private readonly shift: number;
  /**
   * The transitions: row of a state `s` at `s << shift`, one column per character class. Each
   * entry is the next state's row offset, so a step is one OR and one load; the offset of a state
   * where some keyword ends is stored complemented (negative), so telling those apart costs a
   * sign test rather than a second table. About a fifth faster than a state number and a table of
   * final states, on source text.
   */
  private readonly delta: Int32Array;
  /** For each state, the keywords that end there (via suffix links too); empty for most. */
  private readonly outputs: number[][];
  /** (keyword, end index) pairs of the last `find`, flattened; reused to spare allocations. */
  readonly found: number[] = [];

  constructor(readonly words: readonly string[]) {
    const lower = words.map((w) => w.toLowerCase());
    let next = 1;
    for (const w of lower)
      for (const ch of w) {
        const c = ch.charCodeAt(0);
        if (c >= 128) throw new Error(`keyword "${w}" is not ASCII`);
        if (this.classes[c] === 0) this.classes[c] = next++;
      }
    for (let c = 65; c <= 90; c++) if (this.classes[c + 32]) this.classes[c] = this.classes[c + 32]!;
    this.shift = Math.ceil(Math.log2(next));
    const width = 1 << this.shift;
    // Trie.
    const children: Map<number, number>[] = [new Map()];
    const out: number[][] = [[]];
    lower.forEach((w, wi) => {
      let s = 0;
      for (const ch of w) {
        const k = this.classes[ch.charCodeAt(0)]!;
        let t = children[s]!.get(k);
        if (t === undefined) {
          t = children.length;
          children.push(new Map());
          out.push([]);
          children[s]!.set(k, t);
        }
        s = t;
      }
      out[s]!.push(wi);
    });
    // Breadth-first: failure links folded into a full transition table.
    this.delta = new Int32Array(children.length * width);
    const fail = new Int32Array(children.length);
    const queue: number[] = [];
    for (let k = 0; k < width; k++) {
      const t = children[0]!.get(k);
      if (t !== undefined) {
        this.delta[k] = t;
        queue.push(t);
      }
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      out[s]!.push(...out[fail[s]!]!);
      for (let k = 0; k < width; k++) {
        const t = children[s]!.get(k);
        if (t === undefined) this.delta[s * width + k] = this.delta[fail[s]! * width + k]!;
        else {
          fail[t] = this.delta[fail[s]! * width + k]!;
          this.delta[s * width + k] = t;
          queue.push(t);
        }
      }
    }
    this.outputs = out;
    for (let i = 0; i < this.delta.length; i++) {
      const t = this.delta[i]!;
      this.delta[i] = out[t]!.length ? ~(t << this.shift) : t << this.shift;
    }
  }

  /** Fills `found` with [keyword index, index after its last character]…; returns the pair count. */
  find(text: string): number {
    const { classes, delta, shift } = this;
    let s = 0;
    let hit = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      s = delta[s | (c < 128 ? classes[c]! : 0)]!;
      if (s < 0) {
        s = ~s;
        if (!hit) {
          hit = true;
          this.found.length = 0;
        }
        for (const w of this.outputs[s >> shift]!) this.found.push(w, i + 1);
      }
    }
    if (!hit) return 0;
    return this.found.length / 2;
  }

  /** Whether `text` holds any keyword: `find`'s answer, without collecting where. */
  any(text: string): boolean {
    const { classes, delta } = this;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      s = delta[s | (c < 128 ? classes[c]! : 0)]!;
      if (s < 0) return true;
    }
    return false;
  }

  /**
   * Where the line of UTF-8 text that starts at `start` ends — the index of its "\n" — when it holds
   * no keyword; -1 when it holds one (or does not end). The same answer as `find` on its decoded
   * text (keywords are ASCII, and no byte of a multi-byte character is one), without decoding it,
   * and its end found in the same walk: most lines of a diff hold none, and a second walk over each
   * to find where it ends cost a quarter of a scan (measured on a 244 MB diff).
   */
  lineEnd(bytes: Uint8Array, start: number): number {
    const { classes, delta } = this;
    let s = 0;
    for (let i = start; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (b === 10) return i;
      s = delta[s | classes[b]!]!;
      if (s < 0) return -1;
    }
    return -1;
  }
}
