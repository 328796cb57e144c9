import type { Dependency } from './types.js';
import { compareVersions, firstVersion } from './versions.js';

export type ChangeKind = 'added' | 'removed' | 'upgraded' | 'downgraded' | 'changed';

export interface DepDelta {
  name: string;
  kind: ChangeKind;
  from?: string;
  to?: string;
  direct: boolean;
  /** Line of the entry in the head revision. */
  line?: number;
  /** The declared requirement in head (for the pinning policy). */
  spec?: string;
}

function group(deps: Dependency[]): Map<string, Dependency[]> {
  const m = new Map<string, Dependency[]>();
  for (const d of deps) m.set(d.name, [...(m.get(d.name) ?? []), d]);
  return m;
}

/** Orders two versions or requirements; undefined when they cannot be ordered. */
function order(a: string, b: string): number | undefined {
  const x = firstVersion(a);
  const y = firstVersion(b);
  return x && y ? compareVersions(x, y) : undefined;
}

const list = (s: Set<string>) => [...s].sort(compareVersions).join(', ');

/** What changed between two parses of one dependency file. */
export function diffDeps(base: Dependency[], head: Dependency[]): DepDelta[] {
  const b = group(base);
  const h = group(head);
  const out: DepDelta[] = [];
  for (const [name, hs] of h) {
    const first = hs[0]!;
    const common = {
      name,
      direct: hs.some((d) => d.direct),
      line: first.line,
      spec: first.spec ?? first.version,
    };
    const to = new Set(hs.map((d) => d.version));
    const bs = b.get(name);
    if (!bs) {
      out.push({ ...common, kind: 'added', to: list(to) });
      continue;
    }
    const from = new Set(bs.map((d) => d.version));
    const gone = [...from].filter((v) => !to.has(v));
    const fresh = [...to].filter((v) => !from.has(v));
    if (gone.length === 0 && fresh.length === 0) continue;
    let kind: ChangeKind = 'changed';
    if (gone.length && fresh.length) {
      const cmp = gone.flatMap((g) => fresh.map((f) => order(g, f)));
      if (cmp.every((c) => c !== undefined && c < 0)) kind = 'upgraded';
      else if (cmp.every((c) => c !== undefined && c > 0)) kind = 'downgraded';
    }
    out.push({
      ...common,
      direct: common.direct || bs.some((d) => d.direct),
      kind,
      from: list(from),
      to: list(to),
    });
  }
  for (const [name, bs] of b)
    if (!h.has(name))
      out.push({
        name,
        kind: 'removed',
        from: list(new Set(bs.map((d) => d.version))),
        direct: bs.some((d) => d.direct),
      });
  return out.sort((x, y) => x.name.localeCompare(y.name));
}
