/**
 * The text a binary file holds, for the scans that look for secrets in it.
 *
 * git calls a file binary when a NUL byte is among its first 8,000 bytes, and prints no lines for
 * it. One NUL is enough, so a text file — an `.env`, a config, a script — with one NUL byte in it
 * would hold its credentials out of every line-based scan; text stored as UTF-16 (its every other
 * byte is NUL) is binary to git too. So the content of such a file is read as `strings` reads an
 * executable: every run of at least `MIN_RUN` printable ASCII characters (tab included) is a
 * line, and so is every such run in UTF-16 (little- or big-endian) form. A file that starts with a
 * UTF-16 byte-order mark is decoded as the text it is, line by line.
 *
 * Each line carries the number of the line it is on (LF bytes before it, plus one), which is its
 * line in the file when the file is text, and harmless when it is not.
 */

/** Shortest run taken as text: an assignment of a secret is longer. */
export const MIN_RUN = 8;

export interface TextLine {
  line: number;
  text: string;
}

const printable = (b: number): boolean => (b >= 0x20 && b <= 0x7e) || b === 0x09;

/**
 * Every line of text in `bytes`, in the order found: the decoded lines of a UTF-16 file with a
 * byte-order mark; otherwise the ASCII runs, then the UTF-16 runs.
 */
export function binaryTextLines(bytes: Uint8Array): TextLine[] {
  const out: TextLine[] = [];
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    const text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
    text.split('\n').forEach((l, i) => {
      const t = l.endsWith('\r') ? l.slice(0, -1) : l;
      if (t.trim()) out.push({ line: i + 1, text: t });
    });
    return out;
  }
  asciiRuns(bytes, out);
  wideRuns(bytes, out);
  return out;
}

function asciiRuns(bytes: Uint8Array, out: TextLine[]): void {
  let line = 1;
  let start = -1;
  let startLine = 1;
  const n = bytes.length;
  for (let i = 0; i <= n; i++) {
    const b = i < n ? bytes[i]! : 0;
    if (printable(b)) {
      if (start < 0) {
        start = i;
        startLine = line;
      }
      continue;
    }
    if (start >= 0 && i - start >= MIN_RUN)
      out.push({
        line: startLine,
        text: Buffer.from(bytes.buffer, bytes.byteOffset + start, i - start).toString('latin1'),
      });
    start = -1;
    if (b === 0x0a) line++;
  }
}

/**
 * Runs of UTF-16 code units that are printable ASCII: `c 00` (little-endian) or `00 c`
 * (big-endian), at either byte alignment.
 */
function wideRuns(bytes: Uint8Array, out: TextLine[]): void {
  let line = 1;
  const n = bytes.length;
  let i = 0;
  while (i + 1 < n) {
    const a = bytes[i]!;
    const b = bytes[i + 1]!;
    // Little-endian when the printable byte comes first, big-endian when the NUL does.
    const at = printable(a) && b === 0 ? 0 : a === 0 && printable(b) ? 1 : -1;
    if (at < 0) {
      if (a === 0x0a) line++;
      i++;
      continue;
    }
    let j = i;
    let text = '';
    while (j + 1 < n && bytes[j + 1 - at] === 0 && printable(bytes[j + at]!)) {
      text += String.fromCharCode(bytes[j + at]!);
      j += 2;
    }
    if (text.length >= MIN_RUN) out.push({ line, text });
    // A run of one unit may be a byte of something else: go on from the next byte, not past it.
    i = text.length >= MIN_RUN ? j : i + 1;
  }
}
