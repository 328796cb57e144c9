import { readWorkspaceFile } from '../paths.js';

/** Far more than any reviewed list of findings. */
const MAX_BASELINE_BYTES = 8 * 1024 * 1024;

/**
 * A baseline is a reviewed list of accepted findings — secrets already rotated, or known not to
 * be live — one fingerprint per line, then anything (rule, file, who accepted it and why):
 *
 *     # rotated 2026-03-02, OPS-118 (alice)
 *     4f1c2a9be07d3c55a1e0b6f2  aws-access-key-id  config/legacy.yml:12
 *
 * The check writes `baseline-candidates.txt` in this format for every finding it reports.
 */
export async function readBaseline(cwd: string, file: string): Promise<Set<string>> {
  // A baseline belongs to the repository: it may not resolve outside it.
  const text = (await readWorkspaceFile(cwd, 'baseline', file, MAX_BASELINE_BYTES)).toString('utf8');
  const set = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    const fp = line.split(/\s+/)[0]!;
    if (!/^[0-9a-f]{12,64}$/i.test(fp))
      throw new Error(
        `baseline ${file}:${i + 1}: expected a fingerprint (hex) at the start of the line, got "${fp.slice(0, 40)}"`,
      );
    set.add(fp.toLowerCase());
  });
  return set;
}

/** A fingerprint is accepted by an entry equal to it or a prefix of at least 12 characters. */
export function inBaseline(baseline: ReadonlySet<string>, fingerprint: string): boolean {
  if (baseline.has(fingerprint)) return true;
  for (let n = 12; n < fingerprint.length; n++) if (baseline.has(fingerprint.slice(0, n))) return true;
  return false;
}
