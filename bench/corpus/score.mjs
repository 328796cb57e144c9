// How a corpus case is scored, shared by the suite (__tests__/corpus) and `npm run bench:accuracy`:
// each expected finding reported at its file and line (and message, when `match` is given) is a
// true positive, each one missing a false negative; every other finding that is not a notice is a
// false positive (on a decoy, every such finding is).

/**
 * @param {{ planted: boolean, expect?: { file: string, line?: number, match?: string }[] }} c
 * @param {readonly { file?: string, line?: number, level: string, message: string }[]} findings
 */
export function scoreFindings(c, findings) {
  const used = new Set();
  const falseNegatives = [];
  let truePositives = 0;
  for (const e of c.planted ? (c.expect ?? []) : []) {
    const re = e.match ? new RegExp(e.match, 'i') : undefined;
    const hit = findings.find(
      (f) =>
        !used.has(f) &&
        f.file === e.file &&
        (e.line === undefined || f.line === e.line) &&
        (!re || re.test(f.message)),
    );
    if (hit) {
      used.add(hit);
      truePositives++;
    } else falseNegatives.push(e);
  }
  const falsePositives = findings.filter((f) => f.level !== 'notice' && !used.has(f));
  return { truePositives, falseNegatives, falsePositives };
}
