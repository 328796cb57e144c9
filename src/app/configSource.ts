import path from 'node:path';
import type {
  ConfigSide,
  ConfigSides,
  ConfigSourceRecord,
  GateConfigAccess,
} from '../checks/integrity/types.js';
import { type ChangeRange, ChangeRangeError, type ChangeSource } from '../change/types.js';
import { type LoadedConfig, loadConfigFile, loadFullReading, placed, readConfig } from '../config/load.js';
import { planGate } from '../config/plan.js';
import type { GatePlan } from '../config/types.js';
import { ConfigError, errorMessage, formatIssue } from '../core/errors.js';
import { readRunner } from '../core/runner.js';
import { configModel } from './configModel.js';

/**
 * Which revision's config judges a run. A pull request that edits the gate's config must be
 * judged by the rules it is changing from, so on pull request events the config is read from
 * the base of the change (`git cat-file` of the base commit), and the head's only validated and
 * compared. Elsewhere the checked-out config judges, as before.
 */

export const CONFIG_SOURCES = ['base', 'head'] as const;
export type ConfigSource = (typeof CONFIG_SOURCES)[number];

export function chooseConfigSource(
  requested: ConfigSource | undefined,
  env: Readonly<Record<string, string | undefined>>,
): { source: ConfigSource; why: string } {
  if (requested) return { source: requested, why: `config-source ${requested} was asked for` };
  const event = readRunner(env).eventName;
  // A merge queue tests the same change a pull request does, merged: the base judges it as well.
  if (event?.startsWith('pull_request') || event === 'merge_group')
    return { source: 'base', why: `the default on ${event} events` };
  return {
    source: 'head',
    why: event ? `the default on ${event} events` : 'the default outside pull requests',
  };
}

export interface GateConfigOptions {
  /** Absolute path of the config in the working tree. */
  configPath: string;
  /** How messages name it (relative to the workspace or the working directory). */
  displayName: string;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  inputs: Readonly<Record<string, string>>;
  profile: string;
  requested?: ConfigSource;
  change: ChangeSource;
  /** The working tree's config, or why it does not load. */
  head: { loaded?: LoadedConfig; error?: ConfigError };
}

export interface GateConfig {
  loaded: LoadedConfig;
  plan: GatePlan;
  access: GateConfigAccess;
}

const short = (sha: string) => sha.slice(0, 7);

function firstIssues(err: ConfigError): string {
  const shown = err.issues.slice(0, 3).map((i) => formatIssue(i));
  return `${shown.join('; ')}${err.issues.length > 3 ? ` (+${err.issues.length - 3} more)` : ''}`;
}

/** The config at the base of the change, planned for the profile, or why the head's must judge. */
async function fromBase(
  o: GateConfigOptions,
  rel: string,
): Promise<
  | { loaded: LoadedConfig; plan: GatePlan; range: ChangeRange }
  | { fallback: NonNullable<ConfigSourceRecord['fallback']> }
> {
  const hold = (message: string) => ({ fallback: { level: 'hold' as const, message } });
  let range: ChangeRange;
  let text: string | undefined;
  try {
    range = await o.change.range();
    text = await o.change.read(range.base, `./${rel}`);
  } catch (err) {
    const why = err instanceof ChangeRangeError ? err.message : errorMessage(err);
    return hold(`the base's config cannot be read (${why}); the head's config judges this run instead`);
  }
  const at = `the base (${short(range.base)})`;
  if (text === undefined)
    return {
      fallback: {
        level: 'warn',
        message: `${o.displayName} does not exist at ${at}: the head's config judges this run`,
      },
    };
  let loaded: LoadedConfig;
  try {
    loaded = await readConfig(o.displayName, text);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    return hold(
      `the config at ${at} does not load (${firstIssues(err)}); the head's config judges this run instead`,
    );
  }
  if (!Object.hasOwn(loaded.config.profiles, o.profile))
    return {
      fallback: {
        level: 'warn',
        message: `profile "${o.profile}" does not exist at ${at}: the head's config judges this run`,
      },
    };
  try {
    const plan = await placed(() => planGate(loaded, o.profile, { env: o.env, inputs: o.inputs }));
    return { loaded, plan, range };
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    return hold(
      `the config at ${at} cannot plan profile "${o.profile}" (${firstIssues(err)}); the head's config judges this run instead`,
    );
  }
}

/** Chooses, loads and plans the config that judges the run; the integrity check gets both sides. */
export async function loadGateConfig(o: GateConfigOptions): Promise<GateConfig> {
  const choice = chooseConfigSource(o.requested, o.env);
  const rel = path.relative(o.cwd, o.configPath);
  const record: ConfigSourceRecord = {
    path: o.displayName,
    source: choice.source,
    requested: choice.source,
    why: choice.why,
  };
  let judged: { loaded: LoadedConfig; plan: GatePlan } | undefined;
  let baseLoaded: { loaded: LoadedConfig; revision: string } | undefined;
  if (choice.source === 'base') {
    const base = fromBase(o, rel);
    const got = await base;
    if ('fallback' in got) {
      record.source = 'head';
      record.fallback = got.fallback;
    } else {
      judged = got;
      baseLoaded = { loaded: got.loaded, revision: got.range.base };
      record.revision = got.range.base;
      record.baseFrom = got.range.sourceDetail;
    }
  }
  if (!judged) {
    // The head judges: a head that does not load is a config error, as it always was.
    if (!o.head.loaded) throw o.head.error ?? new ConfigError(`${o.displayName}: cannot be loaded`);
    const head = o.head.loaded;
    judged = {
      loaded: head,
      plan: await placed(() => planGate(head, o.profile, { env: o.env, inputs: o.inputs })),
    };
  }

  const cache = new Map<string, Promise<ConfigSides>>();
  const readSide = async (
    rev: string,
    file: string,
    shown: string,
    own: boolean,
    validate: boolean,
  ): Promise<ConfigSide> => {
    if (own && baseLoaded?.revision === rev && !validate)
      return { revision: rev, model: configModel(baseLoaded.loaded) };
    const text = await o.change.read(rev, `./${file}`);
    if (text === undefined) return { revision: rev, missing: true };
    let loaded: LoadedConfig;
    try {
      loaded = await readConfig(shown, text);
    } catch (err) {
      if (err instanceof ConfigError) return { revision: rev, issues: err.issues };
      throw err;
    }
    const side: ConfigSide = { revision: rev, model: configModel(loaded) };
    // The head is validated as the gate would plan it, so a broken head shows before it merges.
    if (validate && own && Object.hasOwn(loaded.config.profiles, o.profile)) {
      try {
        await placed(() => planGate(loaded, o.profile, { env: o.env, inputs: o.inputs }));
      } catch (err) {
        if (err instanceof ConfigError) side.issues = err.issues;
        else throw err;
      }
    }
    return side;
  };
  const sides = async (file?: string): Promise<ConfigSides> => {
    const own = file === undefined || path.resolve(o.cwd, file) === o.configPath;
    const relFile = own ? rel : path.relative(o.cwd, path.resolve(o.cwd, file!));
    const shown = own ? o.displayName : file!;
    if (relFile.startsWith('..') || path.isAbsolute(relFile))
      return { file: shown, problem: `${shown} is outside the working directory` };
    let range: ChangeRange;
    try {
      range = await o.change.range();
    } catch (err) {
      return { file: shown, problem: errorMessage(err) };
    }
    try {
      const [base, head] = await Promise.all([
        readSide(range.base, relFile, shown, own, false),
        readSide(range.head, relFile, shown, own, true),
      ]);
      // What the comparison finds is named with its line in the head's config (a weakening there, or
      // in a file it names, such as a secrets baseline), which the full reading knows.
      await loadFullReading();
      return { file: shown, base, head };
    } catch (err) {
      return { file: shown, problem: errorMessage(err) };
    }
  };
  return {
    ...judged,
    access: {
      record,
      sides(file) {
        const key = file === undefined ? '' : path.resolve(o.cwd, file);
        let p = cache.get(key);
        if (!p) cache.set(key, (p = sides(file)));
        return p;
      },
    },
  };
}

/** The working tree's config; when the base will judge, a broken one is kept as the error to report. */
export async function loadHeadConfig(
  configPath: string,
  displayName: string,
  preloaded: LoadedConfig | undefined,
  source: ConfigSource,
): Promise<{ loaded?: LoadedConfig; error?: ConfigError }> {
  if (preloaded) return { loaded: preloaded };
  try {
    return { loaded: await loadConfigFile(configPath, displayName) };
  } catch (err) {
    if (source === 'base' && err instanceof ConfigError) return { error: err };
    throw err;
  }
}
