import type { Pacer } from './pace.js';
import { type Change, clean, type DirectiveChange } from './rules.js';
import { describeSource } from './sources.js';

/**
 * Changes written to changes.json at most. A lockfile regenerated from scratch changes tens of
 * thousands of entries; written whole (pretty-printed, then redacted) that file alone took
 * seconds and megabytes of a bundle nobody reads to the end. What a finding names is always
 * kept; the rest fills up to the limit, and `omitted` says how many were left out.
 */
export const MAX_EVIDENCE_CHANGES = 2_000;

const flagged = (c: Change) =>
  !!(c.moved || c.tampered || c.installScript || c.major || c.kind === 'downgraded');

function entry(c: Change) {
  return {
    file: c.file,
    ecosystem: c.ecosystem,
    name: c.name,
    kind: c.kind,
    ...(c.from !== undefined ? { from: clean(c.from) } : {}),
    ...(c.to !== undefined ? { to: clean(c.to) } : {}),
    direct: c.direct,
    ...(c.line ? { line: c.line } : {}),
    ...(c.spec !== undefined && c.spec !== c.to ? { spec: clean(c.spec) } : {}),
    ...(c.major ? { major: true } : {}),
    ...(c.moved
      ? {
          moved: {
            version: clean(c.moved.version),
            ...(c.moved.from ? { from: clean(describeSource(c.moved.from)) } : {}),
            to: clean(describeSource(c.moved.to)),
          },
        }
      : {}),
    ...(c.tampered
      ? { tampered: { version: clean(c.tampered.version), digest: clean(c.tampered.what) } }
      : {}),
    ...(c.installScript ? { installScript: { version: clean(c.installScript.version) } } : {}),
  };
}

/** What changes.json holds: the changes (bounded), the directives, what could not be read. */
export async function changesEvidence(
  range: string,
  changes: Change[],
  directives: DirectiveChange[],
  problems: string[],
  pace: Pacer,
) {
  let kept = changes;
  if (changes.length > MAX_EVIDENCE_CHANGES) {
    const keep = new Set<Change>();
    for (const c of changes) if (keep.size < MAX_EVIDENCE_CHANGES && flagged(c)) keep.add(c);
    for (const c of changes) if (keep.size < MAX_EVIDENCE_CHANGES && c.direct) keep.add(c);
    for (const c of changes) if (keep.size < MAX_EVIDENCE_CHANGES) keep.add(c);
    kept = changes.filter((c) => keep.has(c));
  }
  const out = [];
  for (const c of kept) {
    await pace.step();
    out.push(entry(c));
  }
  return {
    range,
    changes: out,
    omitted: changes.length - kept.length,
    directives: directives.map((d) => ({
      file: d.file,
      ecosystem: d.ecosystem,
      rule: d.rule,
      text: clean(d.text),
      ...(d.was !== undefined ? { was: clean(d.was) } : {}),
      ...(d.line ? { line: d.line } : {}),
    })),
    problems,
  };
}
