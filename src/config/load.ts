import { stat } from 'node:fs/promises';
import type { z } from 'zod';
import { readRegularFile } from '../checks/paths.js';
import { checkType, loadCheckTypes } from '../checks/registry.js';
import { ConfigError } from '../core/errors.js';
import { optionRef } from '../core/optionRef.js';
import { didYouMean } from '../core/text.js';
import { environmentIssues } from './environmentIssues.js';
import { STEP_NAMES } from './environments.js';
import { notifyIssues } from './notifyIssues.js';
import { everyProfileIssues } from './profiles.js';
import { expressionIssues } from './interpolate.js';
import type { ReadDocument } from './fullReading.js';
import { type ConfigSource, IssueList } from './issues.js';
import { readPlainYaml } from './plainYaml.js';
import { dataRecord, own } from './own.js';
import {
  describeZodIssue,
  type KeyPath,
  profileGraphIssues,
  resolveProfile,
  validateCheck,
} from './resolve.js';
import { CONFIG_LIMITS, countIssues, misplacedExpressions, nameIssues, shellIssues } from './safety.js';
import { CHECK_ID, configSchema, DEFAULT_CATEGORIES, NAME_RULE, type RawConfig } from './schema.js';
import { DEFAULT_CONFIG_PATH } from './types.js';
import { YAML_LIMITS } from './yamlLimits.js';

export { DEFAULT_CONFIG_PATH, IssueList };
export type { ConfigSource };

export interface LoadedConfig {
  source: ConfigSource;
  config: RawConfig;
}

/**
 * A config's YAML is read quickly (plainYaml.ts) when it can be; the full reading (fullReading.ts,
 * the `yaml` library) is loaded only when it is needed: for a config the quick reading declines or
 * finds a problem in — every message about a config comes from the full reading — and for the
 * place of a problem found later (planning). Loading it costs a command's start more than reading
 * an ordinary config does.
 */
type FullReading = typeof import('./fullReading.js');
let full: FullReading | undefined;

/** Loads the full reading (once); problems found from then on say where they are. */
export async function loadFullReading(): Promise<FullReading> {
  full ??= await import('./fullReading.js');
  return full;
}

/**
 * Runs a step that may find problems in a loaded config (planning: an unset input, a bad value):
 * should it find any before the full reading is loaded, that is loaded and the step runs again,
 * so that each problem says its line. The steps it runs are pure: running one twice is safe.
 */
export async function placed<T>(step: () => T): Promise<T> {
  if (full) return step();
  try {
    return step();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    await loadFullReading();
    return step();
  }
}

/** A quickly read config: where its keys are is asked of the full reading, once it is loaded. */
class QuickSource implements ConfigSource {
  private located: ConfigSource | undefined;
  constructor(
    readonly file: string,
    private readonly text: string,
  ) {}
  locate(path: readonly (string | number)[], keyOnly = false) {
    if (!full) return undefined;
    this.located ??= new full.SourceFile(this.file, this.text);
    return this.located.locate(path, keyOnly);
  }
}

/** Stops a check of quickly read data at its first problem: the full reading reads it again. */
class QuickReadingHasProblems extends Error {}

export interface LoadOptions {
  /**
   * Also require every profile to run a check that counts (what `validate` without a profile
   * asks), reported with the file's other problems in one list.
   */
  everyProfile?: boolean;
}

/** For `validate` without a profile, on a config already loaded: see LoadOptions.everyProfile. */
export function checkEveryProfile(loaded: LoadedConfig): void {
  const issues = new IssueList(loaded.source);
  for (const i of everyProfileIssues(loaded.config)) issues.add(i.path, i.message, true);
  issues.throwIfAny();
}

/** Reads and validates a config file; `displayName` is how messages name it (e.g. relative to cwd). */
export async function loadConfigFile(
  file: string,
  displayName = file,
  opts: LoadOptions = {},
): Promise<LoadedConfig> {
  let text: string;
  try {
    // Sized before it is read: a config is a small file, and a huge one is not read into memory.
    const info = await stat(file);
    // A FIFO or a device named as the config would be waited on for ever: refused, as is a folder.
    if (!info.isFile())
      throw new ConfigError([{ file: displayName, message: 'the config is not a regular file' }]);
    if (info.size > YAML_LIMITS.chars)
      throw new ConfigError([
        {
          file: displayName,
          message: `the config file has ${info.size.toLocaleString('en-US')} bytes; the limit is ${YAML_LIMITS.chars.toLocaleString('en-US')} (1 MiB)`,
        },
      ]);
    // Opened without blocking and checked again: a file swapped for a FIFO after the stat is
    // refused too.
    text = (await readRegularFile(file, YAML_LIMITS.chars)).toString('utf8');
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError([
      {
        file: displayName,
        message:
          code === 'ENOENT'
            ? `config file not found (set ${optionRef('config')}, or create ${DEFAULT_CONFIG_PATH})`
            : `cannot read config file: ${(err as Error).message}`,
      },
    ]);
  }
  return readConfig(displayName, text, opts);
}

/**
 * Parses and validates a config's text, loading the check types it names first; every problem
 * is reported at once.
 */
export async function readConfig(file: string, text: string, opts: LoadOptions = {}): Promise<LoadedConfig> {
  const quick = readPlainYaml(text);
  if (isMapping(quick)) {
    await loadCheckTypes(typesNamedIn(quick));
    const source = new QuickSource(file, text);
    const issues = new IssueList(source, () => {
      throw new QuickReadingHasProblems();
    });
    try {
      return checkDocument({ source, issues, data: quick }, opts);
    } catch (err) {
      // A problem however found is the full reading's to say.
      if (!(err instanceof QuickReadingHasProblems) && !(err instanceof ConfigError)) throw err;
    }
  }
  const document = mapping((await loadFullReading()).readDocument(file, text));
  await loadCheckTypes(typesNamedIn(document.data));
  return checkDocument(document, opts);
}

/**
 * As readConfig, for a caller that has loaded the check types the text names (loadCheckTypes)
 * and the full reading (loadFullReading), which it uses.
 */
export function parseConfig(file: string, text: string, opts: LoadOptions = {}): LoadedConfig {
  if (!full) throw new Error('parseConfig: the full YAML reading is not loaded (loadFullReading)');
  return checkDocument(mapping(full.readDocument(file, text)), opts);
}

interface ConfigDocument {
  source: ConfigSource;
  issues: IssueList;
  data: Record<string, unknown>;
}

/** A document whose data is a mapping; else a ConfigError. */
function mapping(doc: ReadDocument): ConfigDocument {
  if (!isMapping(doc.data)) {
    doc.issues.add([], 'the config must be a YAML mapping with version, profiles and checks');
    doc.issues.throwIfAny();
  }
  return doc as ConfigDocument;
}

/**
 * The check types a config's data names: its checks' and any profile override's `type`, and
 * `command` for an environment's steps, which are planned as command checks (deploy/plan.ts).
 */
function typesNamedIn(data: Record<string, unknown>): unknown[] {
  const types: unknown[] = [];
  const typesOf = (checks: unknown) => {
    if (!isMapping(checks)) return;
    for (const check of Object.values(checks)) if (isMapping(check)) types.push(own(check, 'type'));
  };
  typesOf(own(data, 'checks'));
  const profiles = own(data, 'profiles');
  if (isMapping(profiles))
    for (const p of Object.values(profiles)) if (isMapping(p)) typesOf(own(p, 'overrides'));
  const environments = own(data, 'environments');
  if (isMapping(environments))
    for (const env of Object.values(environments))
      if (isMapping(env) && STEP_NAMES.some((step) => own(env, step) !== undefined)) types.push('command');
  return types;
}

/** Validates a config's data: its sections, each check against its type, the cross-references. */
function checkDocument({ source, issues, data: obj }: ConfigDocument, opts: LoadOptions): LoadedConfig {
  // Checks are validated one by one so that every check reports its own problems.
  const checksAreMap = isMapping(obj.checks);
  if (obj.checks !== undefined && obj.checks !== null && !checksAreMap)
    issues.add(['checks'], 'checks must be a mapping of check id → check');
  const checks = (checksAreMap ? obj.checks : {}) as Record<string, unknown>;
  const { data: top, broken } = parseSections(obj, issues);
  const invalid = new Set<string>();
  for (const [id, raw] of Object.entries(checks)) {
    if (!CHECK_ID.test(id)) {
      issues.add(
        ['checks', id],
        `check id "${id.length > 60 ? `${id.slice(0, 57)}...` : id}" ${NAME_RULE}`,
        true,
      );
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
  // Cross-references are checked even when some checks or sections are invalid, so one run
  // shows everything: only what depends on a broken section is left out.
  const config = { ...top, checks: checks as RawConfig['checks'] } as RawConfig;
  if (config.profiles) semanticIssues(config, issues, invalid, broken, opts);
  issues.throwIfAny();
  return { source, config: asData(config) };
}

type Section = keyof typeof configSchema.shape;

/**
 * Validates each top-level section on its own (and each profile on its own), so a typo in one
 * section does not hide the problems of the others. Returns what is valid and which sections
 * are not; an invalid profile stays as an empty profile, so references to it still resolve.
 */
function parseSections(
  obj: Record<string, unknown>,
  issues: IssueList,
): { data: Partial<RawConfig>; broken: ReadonlySet<Section> } {
  const data: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const broken = new Set<Section>();
  const shape = configSchema.shape;
  const report = (prefix: KeyPath, list: readonly z.core.$ZodIssue[]) => {
    for (const iss of list) {
      const path = [...prefix, ...(iss.path as KeyPath)];
      if (iss.code === 'unrecognized_keys') {
        for (const k of iss.keys) issues.add([...path, k], `unknown key "${k}"`, true);
      } else issues.add(path, describeZodIssue(iss));
    }
  };
  for (const k of Object.keys(obj)) {
    if (!Object.hasOwn(shape, k))
      issues.add([k], `unknown key "${k}"${didYouMean(k, Object.keys(shape))}`, true);
  }
  for (const key of Object.keys(shape) as Section[]) {
    if (key === 'checks') continue;
    const value = Object.hasOwn(obj, key) ? obj[key] : undefined;
    if (key === 'profiles' && isMapping(value)) {
      // Profile names are the user's: kept as own keys of an object without a prototype.
      const profiles: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      for (const [name, raw] of Object.entries(value)) {
        const one = shape.profiles.safeParse({ [name]: raw }, { reportInput: true });
        if (one.success) profiles[name] = one.data[name];
        else {
          broken.add('profiles');
          report(['profiles'], one.error.issues);
          profiles[name] = {};
        }
      }
      data.profiles = dataRecord(profiles);
      continue;
    }
    const r = (shape[key] as z.ZodType).safeParse(value, { reportInput: true });
    if (r.success) {
      if (r.data !== undefined) data[key] = r.data;
    } else {
      broken.add(key);
      report([key], r.error.issues);
    }
  }
  return { data: data as Partial<RawConfig>, broken };
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

/**
 * The records keyed by names the user chose, without a prototype: code that looks a name up
 * directly (`config.profiles[name]`) finds the config's own entry or nothing, never `constructor`.
 */
function asData(config: RawConfig): RawConfig {
  return {
    ...config,
    profiles: dataRecord(config.profiles),
    checks: dataRecord(config.checks),
    ...(config.vars ? { vars: dataRecord(config.vars) } : {}),
  };
}

function categoriesFor(config: RawConfig): Set<string> {
  const cats = new Set(Object.keys({ ...DEFAULT_CATEGORIES, ...config.decision?.categories }));
  for (const p of Object.values(config.profiles))
    for (const c of Object.keys(p.decision?.categories ?? {})) cats.add(c);
  return cats;
}

function semanticIssues(
  config: RawConfig,
  issues: IssueList,
  invalid: ReadonlySet<string>,
  broken: ReadonlySet<Section>,
  opts: LoadOptions = {},
): void {
  const checkIds = Object.keys(config.checks);
  const profileNames = Object.keys(config.profiles);
  if (profileNames.length === 0) issues.add(['profiles'], 'define at least one profile');
  // Past these, the cross-checks below (every profile against every check) would take long.
  const tooMany = countIssues(config);
  for (const i of tooMany) issues.add(i.path, i.message);
  if (tooMany.length > 0) return;

  const graph = profileGraphIssues(config);
  for (const g of graph) issues.add(g.path, g.message);

  for (const i of nameIssues(config)) issues.add(i.path, i.message, i.keyOnly);
  for (const [name, p] of Object.entries(config.profiles)) {
    (p.checks ?? []).forEach((id, i) => {
      if (!Object.hasOwn(config.checks, id))
        issues.add(['profiles', name, 'checks', i], () => `unknown check "${id}"${didYouMean(id, checkIds)}`);
    });
    (p.exclude ?? []).forEach((id, i) => {
      if (!Object.hasOwn(config.checks, id))
        issues.add(
          ['profiles', name, 'exclude', i],
          () => `unknown check "${id}"${didYouMean(id, checkIds)}`,
        );
    });
  }

  // Categories may be declared in a section that is itself broken: then a check's category
  // cannot be judged, and the section's own problem is what the user sees.
  const categories = categoriesFor(config);
  const categoriesKnown = !broken.has('decision') && !broken.has('profiles');
  for (const [id, c] of Object.entries(config.checks)) {
    // An invalid check (no body, a category that is no string) has been reported already.
    if (invalid.has(id) || !categoriesKnown) continue;
    const cat = c.category;
    if (typeof cat === 'string' && !categories.has(cat)) {
      issues.add(
        ['checks', id, 'category'],
        () =>
          `unknown category "${cat}"${didYouMean(cat, [...categories])}; add it to decision.categories with a weight`,
      );
    }
  }

  // With the vars section broken, which names exist is unknown: references are not judged.
  if (!broken.has('vars')) {
    const varNames = Object.keys(config.vars ?? {});
    for (const i of expressionIssues(config.vars ?? {}, varNames, ['vars'])) issues.add(i.path, i.message);
    for (const i of expressionIssues(config.checks, varNames, ['checks'])) issues.add(i.path, i.message);
    for (const i of expressionIssues(config.profiles, varNames, ['profiles'])) issues.add(i.path, i.message);
    for (const i of expressionIssues(config.defaults ?? {}, varNames, ['defaults']))
      issues.add(i.path, i.message);
  }
  for (const i of misplacedExpressions(config)) issues.add(i.path, i.message);
  for (const i of shellIssues(config, invalid)) issues.add(i.path, i.message);
  if (!broken.has('environments')) for (const i of environmentIssues(config)) issues.add(i.path, i.message);
  if (!broken.has('notify')) for (const i of notifyIssues(config)) issues.add(i.path, i.message);

  if (opts.everyProfile && graph.length === 0 && !broken.has('profiles'))
    for (const i of everyProfileIssues(config)) issues.add(i.path, i.message, true);

  // Overrides are checked in every profile that sees them, once the graph is sound.
  if (graph.length === 0) {
    const reported = new Set<string>();
    // The same overrides merge into the same fields in every profile that inherits them.
    const validated = new Set<string>();
    for (const name of profileNames) {
      const resolved = resolveProfile(config, name);
      if (resolved.lineage.length > CONFIG_LIMITS.lineage) {
        issues.add(
          ['profiles', name, 'extends'],
          `profile ${name} inherits from ${resolved.lineage.length - 1} profiles; the limit is ${CONFIG_LIMITS.lineage - 1}`,
        );
        continue;
      }
      const ids = new Set(resolved.checks.map((c) => c.id));
      for (const oid of Object.keys(own(config.profiles, name)!.overrides ?? {})) {
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
        const merged = JSON.stringify([check.id, ...check.overrideSources.map((o) => o.path)]);
        if (validated.has(merged)) continue;
        validated.add(merged);
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
    const check = own(config.checks, w.check);
    if (!check || invalid.has(w.check)) {
      if (!check)
        issues.add(
          ['waivers', i, 'check'],
          () => `waives unknown check "${w.check}"${didYouMean(w.check, checkIds)}`,
        );
      return;
    }
    const hardSomewhere =
      check.enforcement === 'hard' ||
      (check.enforcement === undefined && checkType(check.type)?.defaults.enforcement === 'hard');
    if (hardSomewhere) {
      issues.add(['waivers', i, 'check'], `check "${w.check}" is hard: a hard check cannot be waived`);
    }
    (w.profiles ?? []).forEach((p, j) => {
      if (!own(config.profiles, p)) issues.add(['waivers', i, 'profiles', j], `unknown profile "${p}"`);
    });
  });
}
