import type { Verdict } from './directions.js';
import { type RawChange, show, walk } from './walk.js';
import type { CheckModel, ConfigModel, KeyPath, ProfileModel } from './types.js';

/**
 * The difference between two resolved configs, field by field: what a change to the gate's own
 * config does to the rules. Mappings compare key by key and lists as sets, so a reformatted or
 * reordered file finds nothing.
 */

export type ChangeKind = 'weakening' | 'tightening' | 'unknown';

export interface ConfigChange {
  kind: ChangeKind;
  /** Dotted key path in the file (the head's, or the base's when the key is gone). */
  key: string;
  /** Line in the head's file (the nearest existing parent when the key is gone). */
  line?: number;
  before: string;
  after: string;
  /** The change in words, e.g. "raised", "removed: /admin". */
  what: string;
  /** Profiles whose rules change; empty for settings outside profiles. */
  profiles: string[];
  /** Set for a field of a check: which check, and where in it. */
  check?: { id: string; type: string; field: KeyPath };
  /** Set when what changed is a file the config names (a script a check runs), not the config. */
  file?: string;
  /** Where a change to such a file is shown, when not at `line` of the config: the file itself. */
  where?: { file: string; line: number };
  /**
   * A file besides the config whose content this change of the config is about (a secrets
   * baseline): an approval counts when that file too is as it was approved.
   */
  content?: string;
}

const SENSITIVE_KEY = /token|secret|passw|credential|authorization|cookie|api[-_]?key|private[-_]?key|^key$/i;

const KIND: Record<Exclude<Verdict, 'same'>, ChangeKind> = {
  weaker: 'weakening',
  stricter: 'tightening',
  unknown: 'unknown',
};

class Collector {
  private readonly groups = new Map<string, ConfigChange>();

  constructor(
    private readonly base: ConfigModel,
    private readonly head: ConfigModel,
  ) {}

  add(c: Omit<ConfigChange, 'profiles' | 'line'> & { path: KeyPath }, profile?: string): void {
    const id = `${c.kind}|${c.key}|${c.before}|${c.after}|${c.what}`;
    const known = this.groups.get(id);
    if (known) {
      if (profile && !known.profiles.includes(profile)) known.profiles.push(profile);
      return;
    }
    const { path, ...rest } = c;
    const line = this.head.line(path);
    this.groups.set(id, { ...rest, ...(line ? { line } : {}), profiles: profile ? [profile] : [] });
  }

  raw(
    raws: RawChange[],
    where: (inner: KeyPath, side: ConfigModel) => KeyPath,
    profile?: string,
    check?: { id: string; type: string },
  ): void {
    for (const r of raws) {
      // Named where it now is; a key that is gone is named where it was.
      const side = r.after === undefined ? this.base : this.head;
      const path = where(r.path, side);
      // A header, a token or a password written into the config is named, never shown.
      const hidden = r.path.some((k) => typeof k === 'string' && SENSITIVE_KEY.test(k));
      this.add(
        {
          kind: KIND[r.verdict],
          key: path.join('.'),
          path: where(r.path, this.head),
          before: hidden ? (r.before === undefined ? '(not set)' : '***') : show(r.before),
          after: hidden ? (r.after === undefined ? '(not set)' : '***') : show(r.after),
          what: hidden ? r.what.replace(/^(added|removed) .*/, '$1') : r.what,
          ...(check ? { check: { ...check, field: r.path } } : {}),
        },
        profile,
      );
    }
  }

  list(): ConfigChange[] {
    return [...this.groups.values()];
  }
}

const UNCOUNTED = new Set(['off', 'dry-run']);

function compareCheck(
  c: Collector,
  profile: string,
  id: string,
  b: CheckModel,
  h: CheckModel,
  head: ConfigModel,
): void {
  const where = (inner: KeyPath, side: ConfigModel) => side.sourceOf(profile, 'check', id, inner);
  if (b.type !== h.type) {
    c.add(
      {
        kind: 'weakening',
        key: `checks.${id}.type`,
        path: where(['type'], head),
        before: b.type,
        after: h.type,
        what: `replaced: the ${b.type} check is gone`,
      },
      profile,
    );
    return;
  }
  const raws: RawChange[] = [];
  walk(b.type, ['enforcement'], b.enforcement, h.enforcement, raws);
  walk(b.type, ['onError'], b.onError, h.onError, raws);
  walk(b.type, [], b.fields, h.fields, raws);
  c.raw(raws, where, profile, { id, type: b.type });
}

function compareWaivers(c: Collector, profile: string, b: ProfileModel, h: ProfileModel, now: Date): void {
  const today = now.toISOString().slice(0, 10);
  const latest = (p: ProfileModel) => {
    const m = new Map<string, { expires: string; index: number; by: string; reason: string }>();
    for (const { index, waiver } of p.waivers) {
      const expires = waiver.expires.slice(0, 10);
      // An expired waiver waives nothing: adding or dropping one changes no rule.
      if (expires < today) continue;
      const known = m.get(waiver.check);
      if (!known || expires > known.expires)
        m.set(waiver.check, { expires, index, by: waiver.by, reason: waiver.reason });
    }
    return m;
  };
  const bw = latest(b);
  const hw = latest(h);
  for (const check of new Set([...bw.keys(), ...hw.keys()])) {
    const before = bw.get(check);
    const after = hw.get(check);
    if (before?.expires === after?.expires) continue;
    const weaker = after !== undefined && (before === undefined || after.expires > before.expires);
    const shown = (w?: { expires: string; by: string }) => (w ? `until ${w.expires} (by ${w.by})` : '(none)');
    const index = (weaker ? after : (before ?? after))!.index;
    c.add(
      {
        kind: weaker ? 'weakening' : 'tightening',
        key: `waivers.${index}`,
        path: weaker ? ['waivers', index] : ['waivers'],
        before: shown(before),
        after: shown(after),
        what: `waiver of check "${check}" ${before === undefined ? 'added' : after === undefined ? 'removed' : weaker ? 'extended' : 'shortened'}${weaker ? `: ${after!.reason}` : ''}`,
      },
      profile,
    );
  }
}

function compareProfile(
  c: Collector,
  name: string,
  b: ProfileModel,
  h: ProfileModel,
  head: ConfigModel,
  now: Date,
): void {
  for (const [id, bc] of b.checks) {
    const hc = h.checks.get(id);
    if (hc) {
      compareCheck(c, name, id, bc, hc, head);
      continue;
    }
    const counted = !UNCOUNTED.has(bc.enforcement);
    c.add(
      {
        kind: counted ? 'weakening' : 'unknown',
        key: `checks.${id}`,
        path: ['profiles', name, 'checks'],
        before: `runs (${bc.type}, ${bc.enforcement})`,
        after: 'does not run',
        what: 'check removed from the profile',
      },
      name,
    );
  }
  for (const [id, hc] of h.checks)
    if (!b.checks.has(id))
      c.add(
        {
          kind: 'tightening',
          key: `checks.${id}`,
          path: ['profiles', name, 'checks'],
          before: 'does not run',
          after: `runs (${hc.type}, ${hc.enforcement})`,
          what: 'check added to the profile',
        },
        name,
      );
  const raws: RawChange[] = [];
  walk('decision', [], b.decision, h.decision, raws);
  c.raw(raws, (inner, side) => side.sourceOf(name, 'decision', '', inner), name);
  compareWaivers(c, name, b, h, now);
}

/** Every change between the base's and the head's rules, grouped over the profiles they affect. */
export function compareConfigs(base: ConfigModel, head: ConfigModel, now: Date): ConfigChange[] {
  const c = new Collector(base, head);
  for (const [name, bp] of base.profiles) {
    const hp = head.profiles.get(name);
    if (hp) compareProfile(c, name, bp, hp, head, now);
    else
      c.add({
        kind: 'weakening',
        key: `profiles.${name}`,
        path: ['profiles'],
        before: `${bp.checks.size} check(s)`,
        after: '(removed)',
        what: 'profile removed',
      });
  }
  for (const [name, hp] of head.profiles)
    if (!base.profiles.has(name))
      c.add({
        kind: 'unknown',
        key: `profiles.${name}`,
        path: ['profiles', name],
        before: '(none)',
        after: `${hp.checks.size} check(s)`,
        what: 'profile added',
      });
  const raws: RawChange[] = [];
  walk('top', [], base.other, head.other, raws);
  c.raw(raws, (inner) => inner);
  return c.list();
}
