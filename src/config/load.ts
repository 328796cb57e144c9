import { readFile } from 'node:fs/promises';
import { CHECK_TYPES } from '../checks/registry.js';
import type { CheckType } from '../checks/types.js';
import { parseDuration } from '../core/duration.js';
import { ConfigError, type ConfigIssue } from '../core/errors.js';
import { didYouMean } from '../core/text.js';
import type { Enforcement, OnError, Waiver } from '../core/types.js';
import { expressionIssues, Interpolator } from './interpolate.js';
import { SourceFile } from './locate.js';
import {
  describeZodIssue,
  type KeyPath,
  profileGraphIssues,
  type ResolvedProfile,
  resolveProfile,
  sourcePathOf,
  validateCheck,
} from './resolve.js';
import {
  CHECK_ID,
  configSchema,
  DEFAULT_CATEGORIES,
  type DecisionSettings,
  type RawConfig,
} from './schema.js';

export const DEFAULT_CONFIG_PATH = '.github/promotion-gate.yml';
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_GATE_TIMEOUT_MS = 15 * 60_000;
export const DEFAULT_CONCURRENCY = 8;

export interface LoadedConfig {
  source: SourceFile;
  config: RawConfig;
}

/** A check ready to run: identity, policy and its type's own fields, interpolated and validated. */
export interface PlannedCheck {
  id: string;
  type: string;
  title?: string;
  category: string;
  enforcement: Enforcement;
  onError: OnError;
  timeoutMs: number;
  spec: Record<string, unknown>;
}

export interface DecisionPolicy {
  categories: Record<string, number>;
  holdLine: number;
  autoPromoteAt: number;
  releaseCandidatePercent: number;
  ratchet: boolean;
}

export interface GatePlan {
  profile: string;
  lineage: string[];
  checks: PlannedCheck[];
  policy: DecisionPolicy;
  waivers: Waiver[];
  concurrency: number;
  gateTimeoutMs: number;
  /** Values taken from the environment by interpolation; redacted everywhere. */
  secrets: string[];
}

class IssueList {
  readonly items: ConfigIssue[] = [];
  constructor(private readonly source: SourceFile) {}
  add(path: KeyPath, message: string, keyOnly = false): void {
    const pos = this.source.locate(path, keyOnly);
    this.items.push({
      file: this.source.file,
      line: pos?.line,
      column: pos?.column,
      path: path.join('.'),
      message,
    });
  }
  throwIfAny(): void {
    if (this.items.length > 0) throw new ConfigError(this.items);
  }
}

/** Reads and validates a config file; `displayName` is how messages name it (e.g. relative to cwd). */
export async function loadConfigFile(file: string, displayName = file): Promise<LoadedConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError([
      {
        file: displayName,
        message:
          code === 'ENOENT'
            ? `config file not found (pass --config, or create ${DEFAULT_CONFIG_PATH})`
            : `cannot read config file: ${(err as Error).message}`,
      },
    ]);
  }
  return parseConfig(displayName, text);
}

/** Parses and validates the whole file; every problem is reported at once. */
export function parseConfig(file: string, text: string): LoadedConfig {
  const source = new SourceFile(file, text);
  const issues = new IssueList(source);
  const syntax = [...source.doc.errors, ...source.doc.warnings.filter((w) => w.code === 'DUPLICATE_KEY')];
  if (syntax.length > 0) {
    for (const e of syntax) {
      const pos = source.position(e.pos[0]);
      issues.items.push({
        file,
        line: pos.line,
        column: pos.column,
        message: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
      });
    }
    issues.throwIfAny();
  }
  const data = source.doc.toJS({ maxAliasCount: 100 }) as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    issues.add([], 'the config must be a YAML mapping with version, profiles and checks');
    issues.throwIfAny();
  }
  const obj = data as Record<string, unknown>;

  // Checks are validated one by one so that every check reports its own problems.
  const checks = (obj.checks && typeof obj.checks === 'object' ? obj.checks : {}) as Record<string, unknown>;
  const top = configSchema.safeParse({ ...obj, checks: {} }, { reportInput: true });
  if (!top.success) {
    for (const iss of top.error.issues) {
      const path = iss.path as KeyPath;
      if (iss.code === 'unrecognized_keys') {
        for (const k of iss.keys)
          issues.add(
            [...path, k],
            `unknown key "${k}"${path.length === 0 ? didYouMean(k, Object.keys(configSchema.shape)) : ''}`,
            true,
          );
      } else issues.add(path, describeZodIssue(iss));
    }
  }
  const invalid = new Set<string>();
  for (const [id, raw] of Object.entries(checks)) {
    if (!CHECK_ID.test(id)) {
      issues.add(['checks', id], `check id "${id}" may use only letters, digits, ".", "_" and "-"`, true);
    }
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      issues.add(['checks', id], 'a check must be a mapping with at least a "type"');
      invalid.add(id);
      continue;
    }
    const v = validateCheck({ id, raw: raw as Record<string, unknown>, overrideSources: [] });
    if (v.issues.length > 0) invalid.add(id);
    for (const i of v.issues) issues.add(i.path, i.message, i.keyOnly);
  }
  // Cross-references are checked even when some checks are invalid, so one run shows everything.
  if (top.success) semanticIssues({ ...top.data, checks: checks as RawConfig['checks'] }, issues, invalid);
  issues.throwIfAny();
  const config = { ...top.data!, checks: checks as RawConfig['checks'] };
  return { source, config };
}

function categoriesFor(config: RawConfig): Set<string> {
  const cats = new Set(Object.keys({ ...DEFAULT_CATEGORIES, ...config.decision?.categories }));
  for (const p of Object.values(config.profiles))
    for (const c of Object.keys(p.decision?.categories ?? {})) cats.add(c);
  return cats;
}

function semanticIssues(config: RawConfig, issues: IssueList, invalid: ReadonlySet<string>): void {
  const checkIds = Object.keys(config.checks);
  const profileNames = Object.keys(config.profiles);
  if (profileNames.length === 0) issues.add(['profiles'], 'define at least one profile');

  const graph = profileGraphIssues(config);
  for (const g of graph) issues.add(g.path, g.message);

  for (const [name, p] of Object.entries(config.profiles)) {
    (p.checks ?? []).forEach((id, i) => {
      if (!config.checks[id])
        issues.add(['profiles', name, 'checks', i], `unknown check "${id}"${didYouMean(id, checkIds)}`);
    });
    (p.exclude ?? []).forEach((id, i) => {
      if (!config.checks[id])
        issues.add(['profiles', name, 'exclude', i], `unknown check "${id}"${didYouMean(id, checkIds)}`);
    });
  }

  const categories = categoriesFor(config);
  for (const [id, c] of Object.entries(config.checks)) {
    const cat = c.category;
    if (cat !== undefined && !categories.has(cat)) {
      issues.add(
        ['checks', id, 'category'],
        `unknown category "${cat}"${didYouMean(cat, [...categories])}; add it to decision.categories with a weight`,
      );
    }
  }

  const varNames = Object.keys(config.vars ?? {});
  for (const i of expressionIssues(config.vars ?? {}, varNames, ['vars'])) issues.add(i.path, i.message);
  for (const i of expressionIssues(config.checks, varNames, ['checks'])) issues.add(i.path, i.message);
  for (const i of expressionIssues(config.profiles, varNames, ['profiles'])) issues.add(i.path, i.message);

  // Overrides are checked in every profile that sees them, once the graph is sound.
  if (graph.length === 0) {
    const reported = new Set<string>();
    for (const name of profileNames) {
      const resolved = resolveProfile(config, name);
      const ids = new Set(resolved.checks.map((c) => c.id));
      for (const oid of Object.keys(config.profiles[name]!.overrides ?? {})) {
        if (!ids.has(oid)) {
          issues.add(
            ['profiles', name, 'overrides', oid],
            `overrides check "${oid}", which profile "${name}" does not run${didYouMean(oid, [...ids])}`,
            true,
          );
        }
      }
      for (const check of resolved.checks) {
        if (check.overrideSources.length === 0 || invalid.has(check.id)) continue;
        for (const i of validateCheck(check).issues) {
          const key = `${i.path.join('.')}:${i.message}`;
          if (reported.has(key)) continue;
          reported.add(key);
          issues.add(i.path, i.message, i.keyOnly);
        }
        const cat = check.raw.category;
        if (typeof cat === 'string' && !categories.has(cat))
          issues.add([...check.overrideSources[0]!.path, 'category'], `unknown category "${cat}"`);
      }
    }
  }

  (config.waivers ?? []).forEach((w, i) => {
    const check = config.checks[w.check];
    if (!check) {
      issues.add(
        ['waivers', i, 'check'],
        `waives unknown check "${w.check}"${didYouMean(w.check, checkIds)}`,
      );
      return;
    }
    const hardSomewhere =
      check.enforcement === 'hard' ||
      (check.enforcement === undefined &&
        CHECK_TYPES.find((t) => t.type === check.type)?.defaults.enforcement === 'hard');
    if (hardSomewhere) {
      issues.add(['waivers', i, 'check'], `check "${w.check}" is hard: a hard check cannot be waived`);
    }
    (w.profiles ?? []).forEach((p, j) => {
      if (!config.profiles[p]) issues.add(['waivers', i, 'profiles', j], `unknown profile "${p}"`);
    });
  });
}

export function decisionPolicy(settings: DecisionSettings): DecisionPolicy {
  return {
    categories: { ...DEFAULT_CATEGORIES, ...settings.categories },
    holdLine: settings.holdLine ?? 2,
    autoPromoteAt: settings.autoPromoteAt ?? 4,
    releaseCandidatePercent: settings.releaseCandidatePercent ?? 80,
    ratchet: settings.ratchet ?? true,
  };
}

export interface PlanOptions {
  env: Readonly<Record<string, string | undefined>>;
  inputs: Readonly<Record<string, string>>;
}

/** Resolves a profile and interpolates its checks; unset inputs and bad values are config errors. */
export function planGate(loaded: LoadedConfig, profile: string, opts: PlanOptions): GatePlan {
  const { config, source } = loaded;
  const issues = new IssueList(source);
  if (!config.profiles[profile]) {
    throw new ConfigError([
      {
        file: source.file,
        message: `unknown profile "${profile}"${didYouMean(profile, Object.keys(config.profiles))}; profiles: ${Object.keys(config.profiles).join(', ')}`,
      },
    ]);
  }
  const resolved: ResolvedProfile = resolveProfile(config, profile);
  const interp = new Interpolator(config.vars ?? {}, opts.env, opts.inputs);
  const defaultTimeout = parseDuration(config.defaults?.timeout ?? DEFAULT_TIMEOUT_MS) ?? DEFAULT_TIMEOUT_MS;
  const checks: PlannedCheck[] = [];
  for (const check of resolved.checks) {
    const enforcementRaw = check.raw.enforcement;
    if (enforcementRaw === 'off') {
      // Not run, so not interpolated: an unset input of an off check is no error.
      const t = CHECK_TYPES.find((x) => x.type === check.raw.type)!;
      checks.push(plannedFrom(check.id, check.raw, t.defaults, defaultTimeout));
      continue;
    }
    const { value, issues: iIssues } = interp.interpolate(check.raw, []);
    for (const i of iIssues) {
      const path = i.path[0] === 'vars' ? i.path : sourcePathOf(check, i.path);
      issues.add(path, i.message);
    }
    if (iIssues.length > 0) continue;
    const v = validateCheck(check, value);
    for (const i of v.issues) issues.add(i.path, `${i.message} (after interpolation)`, i.keyOnly);
    if (!v.value) continue;
    const t = CHECK_TYPES.find((x) => x.type === v.value!.type)! as CheckType;
    // A type may imply the enforcement from its own fields (benchmark `mode: auto` by profile).
    const implied =
      v.value.enforcement === undefined
        ? t.enforcementFor?.(v.value, { name: profile, lineage: resolved.lineage })
        : undefined;
    const defaults = implied ? { ...t.defaults, enforcement: implied } : t.defaults;
    checks.push(plannedFrom(check.id, v.value as Record<string, unknown>, defaults, defaultTimeout));
  }
  issues.throwIfAny();

  const waivers = (config.waivers ?? []).filter((w) => !w.profiles || w.profiles.includes(profile));
  for (const w of waivers) {
    const c = checks.find((x) => x.id === w.check);
    if (c?.enforcement === 'hard') {
      const i = config.waivers!.indexOf(w);
      issues.add(
        ['waivers', i, 'check'],
        `check "${w.check}" is hard in profile "${profile}": it cannot be waived`,
      );
    }
  }
  issues.throwIfAny();

  return {
    profile,
    lineage: resolved.lineage,
    checks,
    policy: decisionPolicy(resolved.decision),
    waivers,
    concurrency: config.defaults?.concurrency ?? DEFAULT_CONCURRENCY,
    gateTimeoutMs:
      parseDuration(config.defaults?.gateTimeout ?? DEFAULT_GATE_TIMEOUT_MS) ?? DEFAULT_GATE_TIMEOUT_MS,
    secrets: [...interp.envValues],
  };
}

const COMMON = new Set(['type', 'title', 'category', 'enforcement', 'timeout', 'onError']);

function plannedFrom(
  id: string,
  raw: Record<string, unknown>,
  defaults: { category: string; enforcement: Enforcement },
  defaultTimeout: number,
): PlannedCheck {
  const spec: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) if (!COMMON.has(k)) spec[k] = v;
  const timeout = raw.timeout === undefined ? undefined : parseDuration(raw.timeout as string | number);
  return {
    id,
    type: raw.type as string,
    title: raw.title as string | undefined,
    category: (raw.category as string | undefined) ?? defaults.category,
    enforcement: (raw.enforcement as Enforcement | undefined) ?? defaults.enforcement,
    onError: (raw.onError as OnError | undefined) ?? 'fail',
    timeoutMs: timeout ?? defaultTimeout,
    spec,
  };
}
