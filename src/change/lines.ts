/**
 * Splits a byte stream into lines on "\n" only (a lone "\r" is content, unlike node:readline,
 * which would split a diff line in two and desynchronise the hunk counts). Complete lines of a
 * chunk are decoded in one go, which is several times faster than a decode per line.
 *
 * A line longer than `maxLine` bytes (minified bundles, data blobs) is never held whole: it is
 * handed out in pieces of `maxLine` bytes that overlap by `overlap` bytes, so a match that spans
 * a cut is still seen in one piece. Memory stays bounded by maxLine + one chunk.
 */
/** Bytes of a line handed out at once; a longer one comes in pieces. */
export const MAX_LINE = 1024 * 1024;
/** Bytes two neighbouring pieces of a long line share. */
export const LINE_OVERLAP = 4096;

/**
 * A text that is one line, in the pieces a long line comes in (see LineSplitter), for text not
 * read from a stream (a binary file's run of text): the whole text when it is no longer than
 * `maxLine` characters.
 */
export function linePieces(text: string, maxLine = MAX_LINE, overlap = LINE_OVERLAP): string[] {
  if (text.length <= maxLine) return [text];
  // A limit not much larger than the overlap (in tests) still moves on by half a piece.
  const step = maxLine > 2 * overlap ? maxLine - overlap : Math.ceil(maxLine / 2);
  const out: string[] = [];
  for (let at = 0; ; at += step) {
    out.push(text.slice(at, at + maxLine));
    if (at + maxLine >= text.length) return out;
  }
}

export class LineSplitter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private piece = 0;
  longLines = 0;

  constructor(
    private readonly onLine: (text: string, piece: number) => void,
    private readonly maxLine = MAX_LINE,
    private readonly overlap = LINE_OVERLAP,
  ) {}

  /**
   * When set, asked of each line that ends in the chunk it starts in, by the index of its first
   * byte: the index of the "\n" that ends it when it was dealt with undecoded (nobody reads it),
   * so it is not handed to `onLine`; -1 when it is to be decoded.
   */
  undecoded: ((chunk: Buffer, start: number) => number) | undefined;

  push(chunk: Buffer): void {
    let first = chunk.indexOf(10);
    if (first === -1) {
      this.hold(chunk);
      return;
    }
    if (this.pendingBytes > 0) {
      this.hold(chunk.subarray(0, first));
      this.flushPending();
    } else {
      this.emit(chunk.toString('utf8', 0, first));
    }
    first++;
    const last = chunk.lastIndexOf(10);
    if (last >= first && this.undecoded) {
      // Line by line: most lines are never decoded at all.
      let at = first;
      while (at <= last) {
        let nl = this.undecoded(chunk, at);
        if (nl < 0) {
          nl = chunk.indexOf(10, at);
          this.emit(chunk.toString('utf8', at, nl));
        }
        at = nl + 1;
      }
    } else if (last >= first) {
      const block = chunk.toString('utf8', first, last);
      let at = 0;
      for (;;) {
        const nl = block.indexOf('\n', at);
        if (nl === -1) {
          this.emit(block.slice(at));
          break;
        }
        this.emit(block.slice(at, nl));
        at = nl + 1;
      }
    }
    if (last + 1 < chunk.length) this.hold(chunk.subarray(last + 1));
  }

  /** Hands out the last line when the stream did not end with "\n". */
  end(): void {
    if (this.pendingBytes > 0) this.flushPending();
  }

  private emit(text: string): void {
    this.onLine(text, this.piece);
    this.piece = 0;
  }

  private hold(part: Buffer): void {
    if (part.length === 0) return;
    // Copied: the caller's chunk may be reused by the stream.
    this.pending.push(Buffer.from(part));
    this.pendingBytes += part.length;
    while (this.pendingBytes > this.maxLine) {
      const all = Buffer.concat(this.pending);
      if (this.piece === 0) this.longLines++;
      this.onLine(all.toString('utf8', 0, this.maxLine), this.piece++);
      const rest = all.subarray(this.maxLine - this.overlap);
      this.pending = [rest];
      this.pendingBytes = rest.length;
    }
  }

  private flushPending(): void {
    const text = Buffer.concat(this.pending).toString('utf8');
    this.pending = [];
    this.pendingBytes = 0;
    this.emit(text);
  }
}
