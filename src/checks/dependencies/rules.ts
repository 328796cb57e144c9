import picomatch from 'picomatch';
import type { Finding } from '../../core/types.js';
import { maskKnownTokens } from '../secrets/shapes.js';
import type { DepDelta, DirectiveDelta } from './diff.js';
import type { Pacer } from './pace.js';
import { describeSource } from './sources.js';
import { type Ecosystem, oneLine } from './types.js';
import { isPinned } from './versions.js';

export interface Change extends DepDelta {
  file: string;
  ecosystem: Ecosystem;
  manifest: boolean;
}

export interface DirectiveChange extends DirectiveDelta {
  file: string;
  ecosystem: Ecosystem;
}

export type Level = 'fail' | 'warn' | 'ignore';

/** The check's policy fields, as the rules read them. */
export interface Policy {
  deny: string[];
  maxNewDirect?: number;
  requirePinned: boolean;
  downgrades: Level;
  installScripts: Level;
  sources: Level;
  allowSources: string[];
  majorUpgrades: Level;
}

/** Notices of direct changes listed at most; the rest are in changes.json. */
const MAX_NOTICES = 100;
/** Findings of one rule listed at most; one more finding says how many were left out. */
export const MAX_PER_RULE = 50;

/**
 * Credentials in git/registry URLs of a requirement (`user:pass@`, `?private_token=…`) and
 * tokens of a known shape never reach a report.
 */
export const clean = (s: string | undefined) => (s === undefined ? s : maskKnownTokens(s));

export function describe(c: Change): string {
  const what =
    c.kind === 'added'
      ? `added ${c.to}`
      : c.kind === 'removed'
        ? `removed (was ${c.from})`
        : c.from === c.to
          ? `${c.to} resolved differently`
          : `${c.kind} ${c.from} → ${c.to}`;
  return `${c.direct ? 'direct' : 'transitive'} ${c.ecosystem} dependency ${c.name} ${clean(what)}`;
}

function denyMatcher(patterns: string[]): (c: Change) => string | undefined {
  const compiled = patterns.map((p) => {
    const m = /^([a-z]+):(.+)$/.exec(p);
    return { pattern: p, ecosystem: m?.[1], match: picomatch(m ? m[2]! : p, { nocase: true }) };
  });
  return (c) =>
    compiled.find((d) => (!d.ecosystem || d.ecosystem === c.ecosystem) && d.match(c.name))?.pattern;
}

/**
 * Per package, the changes a finding goes on: the manifest's (the line a person edits) when a
 * manifest changed it, else each lockfile's. One package edited in package.json and in its
 * lockfile is one finding, on package.json.
 */
function placed(list: Change[]): Change[] {
  const groups = new Map<string, Change[]>();
  for (const c of list) {
    const key = `${c.ecosystem}:${c.name}`;
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  }
  const out: Change[] = [];
  for (const g of groups.values()) {
    const manifests = g.filter((c) => c.manifest);
    out.push(...(manifests.length ? manifests : g));
  }
  return out;
}

/** A version worth naming before its source: not a spec that already says where (`link:../x`). */
const versionText = (v: string) => (v && !/[:/]/.test(v) ? `${v} ` : '');

const at = (file: string, line: number | undefined) => ({ file, ...(line ? { line } : {}) });

export interface Judgement {
  findings: Finding[];
  violations: number;
  /** A denied package or a rewritten version: the worst score. */
  severe: boolean;
  metrics: {
    newDirect: number;
    installScripts: number;
    sourceChanges: number;
    integrityChanges: number;
    majorUpgrades: number;
  };
}

/** Turns the changes of every dependency file into findings, by the policy. */
export async function judge(
  changes: Change[],
  directives: DirectiveChange[],
  spec: Policy,
  pace: Pacer,
): Promise<Judgement> {
  const findings: Finding[] = [];
  let violations = 0;
  let severe = false;
  const left = new Map<string, number>();
  /** Adds a finding of a rule, up to MAX_PER_RULE of them. */
  const report = (rule: string, f: Finding, counted: boolean) => {
    if (counted) violations++;
    const n = left.get(rule) ?? 0;
    if (n < MAX_PER_RULE) findings.push(f);
    left.set(rule, n + 1);
  };
  const more = (rule: string, level: Finding['level'], what: string) => {
    const n = (left.get(rule) ?? 0) - MAX_PER_RULE;
    if (n > 0) findings.push({ level, message: `${n} more ${what} not listed (see changes.json)` });
  };
  const levelOf = (l: Level): Finding['level'] => (l === 'fail' ? 'failure' : 'warning');

  // Denied packages: always a failure, on the manifest line when a manifest named the package.
  const deniedOf = denyMatcher(spec.deny);
  for (const c of placed(changes.filter((c) => c.kind !== 'removed'))) {
    await pace.step();
    const pattern = deniedOf(c);
    if (!pattern) continue;
    severe = true;
    report(
      'deny',
      {
        level: 'failure',
        message: `denied package: ${describe(c)} (matches deny "${pattern}")`,
        ...at(c.file, c.line),
      },
      true,
    );
  }
  more('deny', 'failure', 'denied package(s)');

  const newDirect = new Map<string, Change>();
  for (const c of changes) {
    if (c.kind !== 'added' || !c.direct) continue;
    const key = `${c.ecosystem}:${c.name}`;
    if (!newDirect.get(key)?.manifest) newDirect.set(key, c);
  }
  if (spec.maxNewDirect !== undefined && newDirect.size > spec.maxNewDirect) {
    const first = [...newDirect.values()][spec.maxNewDirect]!;
    report(
      'maxNewDirect',
      {
        level: 'failure',
        message: `${newDirect.size} new direct dependencies, at most ${spec.maxNewDirect} allowed: ${[...newDirect.values()].map((c) => c.name).join(', ')}`,
        ...at(first.file, first.line),
      },
      true,
    );
  }

  if (spec.requirePinned) {
    for (const c of changes) {
      if (
        !c.direct ||
        c.kind === 'removed' ||
        !c.spec ||
        (!c.manifest && c.spec === c.to) ||
        isPinned(c.ecosystem, c.spec)
      )
        continue;
      report(
        'requirePinned',
        {
          level: 'failure',
          message: `${c.name} "${clean(c.spec)}" is not pinned to one version (${c.file})`,
          ...at(c.file, c.line),
        },
        true,
      );
    }
    more('requirePinned', 'failure', 'unpinned requirement(s)');
  }

  const allowed = spec.allowSources.length
    ? picomatch(spec.allowSources, { nocase: true, dot: true })
    : undefined;
  const isAllowed = (where: string | undefined) => !!(allowed && where && allowed(where));
  let installScripts = 0;
  let sourceChanges = 0;
  let integrityChanges = 0;

  if (spec.installScripts !== 'ignore') {
    const level = levelOf(spec.installScripts);
    const counted = spec.installScripts === 'fail';
    for (const d of directives) {
      if (d.rule !== 'installScripts') continue;
      installScripts++;
      report(
        'installScripts',
        {
          level,
          message: `${d.was === undefined ? 'new' : 'changed'} ${clean(d.text)}${d.was === undefined ? '' : ` (was ${clean(oneLine(d.was))})`} — it runs on every install`,
          ...at(d.file, d.line),
        },
        counted,
      );
    }
    for (const c of changes) {
      await pace.step();
      if (!c.installScript) continue;
      installScripts++;
      report(
        'installScripts',
        {
          level,
          message: `${c.ecosystem} package ${c.name} ${clean(c.installScript.version)} runs an install script (${c.kind === 'added' ? 'new package' : 'base had none'})`,
          ...at(c.file, c.installScript.line ?? c.line),
        },
        counted,
      );
    }
    more('installScripts', level, 'install script finding(s)');
  }

  if (spec.sources !== 'ignore') {
    const level = levelOf(spec.sources);
    const counted = spec.sources === 'fail';
    for (const d of directives) {
      if (d.rule !== 'sources') continue;
      if (isAllowed(d.where)) {
        findings.push({
          level: 'notice',
          message: `${clean(d.text)} (allowed by allowSources)`,
          ...at(d.file, d.line),
        });
        continue;
      }
      sourceChanges++;
      report(
        'sources',
        {
          level,
          message: `${d.was === undefined ? 'new' : 'changed'} ${clean(d.text)}${d.was === undefined ? '' : ` (was ${clean(oneLine(d.was))})`} — packages may come from elsewhere than before`,
          ...at(d.file, d.line),
        },
        counted,
      );
    }
    for (const c of placed(changes.filter((c) => c.moved))) {
      await pace.step();
      const m = c.moved!;
      if (isAllowed(m.to.where)) {
        findings.push({
          level: 'notice',
          message: `${c.ecosystem} package ${c.name} comes from ${clean(describeSource(m.to))} (allowed by allowSources)`,
          ...at(c.file, m.line ?? c.line),
        });
        continue;
      }
      sourceChanges++;
      const what = m.from
        ? `now comes from ${describeSource(m.to)} (was ${describeSource(m.from)})`
        : `comes from ${describeSource(m.to)} (new package)`;
      report(
        'sources',
        {
          level,
          message: `source changed: ${c.ecosystem} package ${c.name} ${clean(`${versionText(m.version)}${what}`)}`,
          ...at(c.file, m.line ?? c.line),
        },
        counted,
      );
    }
    for (const c of changes) {
      await pace.step();
      if (!c.tampered) continue;
      integrityChanges++;
      if (counted) severe = true;
      report(
        'sources',
        {
          level,
          message: `integrity changed: ${c.ecosystem} package ${c.name} ${clean(c.tampered.version)} has another ${clean(c.tampered.what)} digest than in base with the same version: the lockfile points to other code`,
          ...at(c.file, c.tampered.line ?? c.line),
        },
        counted,
      );
    }
    more('sources', level, 'source finding(s)');
  }

  let majorUpgrades = 0;
  if (spec.majorUpgrades !== 'ignore') {
    const level = levelOf(spec.majorUpgrades);
    for (const c of placed(changes.filter((c) => c.major && c.direct))) {
      majorUpgrades++;
      report(
        'majorUpgrades',
        { level, message: `major upgrade: ${describe(c)}`, ...at(c.file, c.line) },
        spec.majorUpgrades === 'fail',
      );
    }
    more('majorUpgrades', level, 'major upgrade(s)');
  }

  if (spec.downgrades !== 'ignore') {
    const level = levelOf(spec.downgrades);
    for (const c of changes)
      if (c.kind === 'downgraded')
        report(
          'downgrades',
          { level, message: describe(c), ...at(c.file, c.line) },
          spec.downgrades === 'fail',
        );
    more('downgrades', level, 'downgrade(s)');
  }

  const notices = placed(changes.filter((c) => c.direct && c.kind !== 'downgraded'));
  for (const c of notices.slice(0, MAX_NOTICES))
    findings.push({ level: 'notice', message: describe(c), ...at(c.file, c.line) });
  const byFile = new Map<string, Change[]>();
  for (const c of changes) {
    if (c.direct) continue;
    const list = byFile.get(c.file);
    if (list) list.push(c);
    else byFile.set(c.file, [c]);
  }
  for (const [file, list] of byFile)
    findings.push({
      level: 'notice',
      message: `${file}: ${tally(list)} transitive package(s) (see changes.json)`,
      file,
    });

  return {
    findings,
    violations,
    severe,
    metrics: { newDirect: newDirect.size, installScripts, sourceChanges, integrityChanges, majorUpgrades },
  };
}

const KINDS = ['added', 'removed', 'upgraded', 'downgraded', 'changed'] as const;

/** `2 added, 1 upgraded`: one pass over the list. */
export function tally(list: Change[]): string {
  const n = new Map<string, number>();
  for (const c of list) n.set(c.kind, (n.get(c.kind) ?? 0) + 1);
  return KINDS.filter((k) => n.get(k))
    .map((k) => `${n.get(k)} ${k}`)
    .join(', ');
}
