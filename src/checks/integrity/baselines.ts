import { posix } from 'node:path';
import type { ChangeSource } from '../../change/types.js';
import { errorMessage } from '../../core/errors.js';
import type { ConfigChange } from './compare.js';
import type { ConfigSides } from './types.js';

/**
 * A secrets baseline lives in its own file, so widening it (accepting more findings) does not
 * show in the config: the file is read at both revisions and new fingerprints are a weakening.
 */

const fingerprints = (text: string | undefined): Set<string> => {
  const set = new Set<string>();
  for (const raw of (text ?? '').split(/\r?\n/)) {
    const fp = raw.replace(/#.*$/, '').trim().split(/\s+/)[0];
    if (fp && /^[0-9a-f]{12,64}$/i.test(fp)) set.add(fp.toLowerCase());
  }
  return set;
};

export async function baselineChanges(
  sides: ConfigSides,
  change: ChangeSource,
  signal?: AbortSignal,
): Promise<{ changes: ConfigChange[]; problems: string[] }> {
  const base = sides.base?.model;
  const head = sides.head?.model;
  const baseRev = sides.base?.revision;
  const headRev = sides.head?.revision;
  if (!base || !head || !baseRev || !headRev) return { changes: [], problems: [] };
  // Every baseline a profile of the head uses, with the file the base used for the same check.
  const pairs = new Map<string, { profile: string; check: string; before?: string; after: string }[]>();
  for (const [profile, hp] of head.profiles)
    for (const [check, hc] of hp.checks) {
      if (hc.type !== 'secrets' || typeof hc.fields.baseline !== 'string') continue;
      const bc = base.profiles.get(profile)?.checks.get(check);
      const before =
        bc?.type === 'secrets' && typeof bc.fields.baseline === 'string' ? bc.fields.baseline : undefined;
      // A check the base did not have is not weakened by its baseline: it is new.
      if (!bc) continue;
      const key = `${before ?? ''}\0${hc.fields.baseline}`;
      pairs.set(key, [...(pairs.get(key) ?? []), { profile, check, before, after: hc.fields.baseline }]);
    }
  const changes: ConfigChange[] = [];
  const problems: string[] = [];
  for (const uses of pairs.values()) {
    const { before, after, check, profile } = uses[0]!;
    let was: Set<string>;
    let now: Set<string>;
    try {
      was = fingerprints(before ? await change.read(baseRev, `./${before}`, { signal }) : undefined);
      now = fingerprints(await change.read(headRev, `./${after}`, { signal }));
    } catch (err) {
      problems.push(`secrets baseline ${after}: ${errorMessage(err)}`);
      continue;
    }
    const added = [...now].filter((f) => !was.has(f));
    if (added.length === 0) continue;
    const path = head.sourceOf(profile, 'check', check, ['baseline']);
    const line = head.line(path);
    changes.push({
      kind: 'weakening',
      key: path.join('.'),
      ...(line ? { line } : {}),
      before: `${was.size} fingerprint(s)${before && before !== after ? ` in ${before}` : ''}`,
      after: `${now.size} fingerprint(s) in ${after}`,
      what: `${added.length} accepted secret(s) added: ${added
        .slice(0, 5)
        .map((f) => f.slice(0, 12))
        .join(', ')}${added.length > 5 ? ', …' : ''}`,
      profiles: [...new Set(uses.map((u) => u.profile))],
      check: { id: check, type: 'secrets', field: ['baseline'] },
      content: posix.normalize(after),
    });
  }
  return { changes, problems };
}
