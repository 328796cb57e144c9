import type { ConfigIssue } from '../../core/errors.js';
import type { Enforcement, OnError, Waiver } from '../../core/types.js';

/**
 * What the integrity check compares: the gate's config at the base and at the head of the change,
 * each resolved profile by profile. The gate builds these (it may load config; checks may not) and
 * hands them over through the CheckContext.
 */

export type KeyPath = (string | number)[];

/** A check as one profile runs it, in a form two revisions can be compared in. */
export interface CheckModel {
  type: string;
  /** As the profile plans it: set, implied by the type's own fields (benchmark mode), or the type's default. */
  enforcement: Enforcement;
  onError: OnError;
  /** The check's other fields after the profile's overrides, with the type's defaults filled in. */
  fields: Record<string, unknown>;
  /** Names of the fields bash runs (a command check's `run`…), as its type declares them. */
  shellFields: readonly string[];
  /** Fields that name files the check judges (`file`, `junit`, `coverage.file`), as its type declares them. */
  judgedFields: readonly { field: string; key?: string }[];
}

export interface DecisionModel {
  categories: Record<string, number>;
  holdLine: number;
  autoPromoteAt: number;
  releaseCandidatePercent: number;
  ratchet: boolean;
}

export interface ProfileModel {
  lineage: string[];
  /** Keyed by check id (a Map: a check may be named like any built-in object member). */
  checks: Map<string, CheckModel>;
  decision: DecisionModel;
  /** Waivers that apply to this profile, each with its index in `waivers`. */
  waivers: { index: number; waiver: Waiver }[];
}

export interface ConfigModel {
  profiles: Map<string, ProfileModel>;
  /** Top-level settings outside profiles, checks and waivers (vars, defaults, aggregate…). */
  other: Record<string, unknown>;
  /** 1-based line of a key path in the file (the nearest existing parent when it is not there). */
  line(path: KeyPath): number | undefined;
  /** The key path in the file a field of a profile's check or decision comes from (an override, or the definition). */
  sourceOf(profile: string, part: 'check' | 'decision', id: string, inner: KeyPath): KeyPath;
}

/** One revision's config: resolved, or why it could not be. */
export interface ConfigSide {
  /** Commit the file was read from; undefined for the working tree. */
  revision?: string;
  model?: ConfigModel;
  /** Why it does not load (syntax, validation, planning), each with its file, line and key. */
  issues?: ConfigIssue[];
  /** The file does not exist at this revision. */
  missing?: boolean;
}

export interface ConfigSides {
  /** The file as messages and annotations name it (relative to the working directory). */
  file: string;
  base?: ConfigSide;
  head?: ConfigSide;
  /** Why the two sides could not be read (no diff range, a shallow clone that cannot be deepened…). */
  problem?: string;
}

/** How the gate chose the config that judges this run; recorded in the report as `config`. */
export interface ConfigSourceRecord {
  /** The config file, relative to the working directory. */
  path: string;
  /** The revision whose config judges this run. */
  source: 'base' | 'head';
  /** What was asked for and why (an explicit option, or the default for the event). */
  requested: 'base' | 'head';
  why: string;
  /** Commit the config was read from when the base judges. */
  revision?: string;
  /** How the base was given (a ref, the pull request's base…). */
  baseFrom?: string;
  /** Why the base was asked for but the head's config judges; `hold` when that must stop the run. */
  fallback?: { level: 'hold' | 'warn'; message: string };
}

/** What the gate tells the integrity check about its config. */
export interface GateConfigAccess {
  record: ConfigSourceRecord;
  /** The config at base and head, resolved; `file` relative to the working directory (default the gate's own). */
  sides(file?: string): Promise<ConfigSides>;
}

export interface PullReview {
  id: number;
  /** Login of the reviewer. */
  user: string;
  /** APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED, PENDING. */
  state: string;
  submittedAt?: string;
  /** The commit the review was given on. */
  commitId?: string;
  url?: string;
}

export interface PullInfo {
  number: number;
  author?: string;
  headSha?: string;
  url?: string;
}

/** Pull request reviews and team membership on GitHub, read with the gate's token. */
export interface ReviewSource {
  /** Why nothing can be read (no token, not on GitHub); undefined when it can. */
  unavailable?: string;
  /** The pull request of the event, when the run is about one. */
  eventPull?: PullInfo;
  pull(number: number, signal?: AbortSignal): Promise<PullInfo>;
  reviews(number: number, signal?: AbortSignal): Promise<PullReview[]>;
  /** Logins of a team's members; rejects when the token may not read the team. */
  teamMembers(org: string, team: string, signal?: AbortSignal): Promise<string[]>;
}
