import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  EvidenceError,
  type EvidenceFormat,
  type LoadedEvidence,
  loadEvidence,
} from '../checks/evidence/evidenceFile.js';
import { MANIFEST, REPORT_JSON } from '../bundle/manifest.js';
import { prepareOutputDir, sealBundle } from '../bundle/seal.js';
import { verifyBundle } from '../bundle/verify.js';
import { type ConfigSource, loadFullReading } from '../config/load.js';
import type { AggregateSettings } from '../config/schema.js';
import { evaluateCondition, parseCondition } from '../core/conditions.js';
import { ConfigError, type ConfigIssue, UsageError } from '../core/errors.js';
import type { Level } from '../core/types.js';
import type { Report } from '../report/types.js';
import {
  type AggregateReport,
  type DomainResult,
  type DomainStatus,
  renderAggregate,
} from '../report/aggregateMarkdown.js';

export type { AggregateReport, DomainResult, DomainStatus };
import { normalizeStatus } from '../checks/evidence/normalize.js';
import { Workspace, type WorkspacePath, WorkspacePathError } from '../checks/paths.js';
import { withFreshness } from './evidenceAge.js';
import { knownTokenSpans } from '../checks/secrets/shapes.js';
import { Redactor } from '../core/redact.js';
import { sensitiveEnvValues } from '../core/sensitive.js';

/** The production-maturity gate: evidence of many jobs → one level, score and blockers. */

export interface AggregateOptions {
  cwd: string;
  /** `--artifact domain=path`, in order; later ones win. */
  artifacts: { domain: string; path: string }[];
  /** Directories of downloaded artifacts: each entry is a domain. */
  dirs: string[];
  /** `--required`, over the config's list. */
  required?: string[];
  settings?: AggregateSettings;
  /** The config file `settings` came from: a bad domain path is reported at its line. */
  source?: ConfigSource;
  /**
   * Read evidence outside the workspace (`cwd`, after resolving symbolic links); each such
   * domain says where it read. Without it, such a path is a usage or config error.
   */
  allowOutsideWorkspace?: boolean;
  release?: string;
  outDir: string;
  now: Date;
  version: string;
  /**
   * The environment: the values of its variables named as secrets are masked in the bundle, as
   * tokens of a known shape always are (evidence comes from other jobs, and may hold either).
   */
  env: Readonly<Record<string, string | undefined>>;
}

interface Source {
  /** As the user named it (relative to the workspace), for the report. */
  path?: string;
  /** Who named the path: `--artifact`, the config, or a file found in a `--dir`. */
  from: 'artifact' | 'config' | 'dir';
  /** Where the file really is (symbolic links resolved), once confined. */
  real?: string;
  /** It is outside the workspace, read because that is allowed. */
  outside?: boolean;
  /** Why no single file could be chosen. */
  problem?: string;
  bundleDir?: string;
  /** The bundle directory, really (inside a `--dir` already confined). */
  bundleReal?: string;
  format?: EvidenceFormat | 'auto';
  assert?: string[];
}

const EVIDENCE_EXT = /\.(json|ya?ml|xml|sarif)$/i;
const PREFERRED = ['report.json', 'evidence.json', 'result.json', 'results.json', 'summary.json'];

function domainOf(file: string): string {
  return file.replace(/(\.sarif)?\.(json|ya?ml|xml|sarif)$/i, '');
}

/** A directory as actions/download-artifact leaves it: a file or a folder per artifact. */
async function scanDir(dir: string, ws: Workspace, allowOutside: boolean): Promise<Map<string, Source>> {
  const abs = (await confine(ws, allowOutside, '--dir', dir, (m) => new UsageError(m))).real;
  let entries;
  try {
    entries = await readdir(abs, { withFileTypes: true });
  } catch (err) {
    throw new UsageError(`--dir ${dir}: ${(err as Error).message}`);
  }
  const out = new Map<string, Source>();
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const rel = path.join(dir, e.name);
    if (e.isFile() && EVIDENCE_EXT.test(e.name)) out.set(domainOf(e.name), { path: rel, from: 'dir' });
    if (!e.isDirectory()) continue;
    const files = (await readdir(path.join(abs, e.name))).filter(
      (f) => EVIDENCE_EXT.test(f) && f !== MANIFEST,
    );
    const names = await readdir(path.join(abs, e.name));
    const bundleDir = names.includes(MANIFEST) && names.includes(REPORT_JSON) ? rel : undefined;
    const pick =
      PREFERRED.find((p) => files.includes(p)) ??
      files.find((f) => domainOf(f) === e.name) ??
      (files.length === 1 ? files[0] : undefined);
    out.set(
      e.name,
      pick
        ? {
            path: path.join(rel, pick),
            from: 'dir',
            ...(bundleDir ? { bundleDir, bundleReal: path.join(abs, e.name) } : {}),
          }
        : {
            from: 'dir',
            problem:
              files.length === 0
                ? `${rel} holds no evidence file (json, yaml, xml, sarif)`
                : `${rel} holds ${files.length} evidence files (${files.slice(0, 4).join(', ')}); name one with --artifact ${e.name}=<path>`,
          },
    );
  }
  return out;
}

const OUTSIDE_HINT = 'pass --allow-outside-workspace to read it';

/**
 * Where `name` really is, kept inside the workspace like every path a check reads: the evidence
 * is copied into the bundle, a downloadable artifact, so `/etc/shadow` or a link to it must not be.
 */
async function confine(
  ws: Workspace,
  allowOutside: boolean,
  what: string,
  name: string,
  error: (message: string) => Error,
  /** How the outside message names the path, when not `<what> <name>`. */
  label = `${what} ${name}`,
): Promise<WorkspacePath> {
  let found;
  try {
    found = await ws.resolve(what, name);
  } catch (err) {
    if (err instanceof WorkspacePathError) throw error(err.message);
    throw err;
  }
  if (found.outside && !allowOutside)
    throw error(`${label} is outside the workspace (it resolves to ${found.real}); ${OUTSIDE_HINT}`);
  return found;
}

/**
 * Confines every evidence path before anything is written. A path the user named (`--artifact`,
 * the config) that leaves the workspace is their error, all of them said at once; a file found in
 * a `--dir` that leads out (a symbolic link in a downloaded artifact) makes its domain not pass.
 */
async function confineSources(sources: Map<string, Source>, ws: Workspace, opts: AggregateOptions) {
  const allow = opts.allowOutsideWorkspace === true;
  const usage: string[] = [];
  const config: ConfigIssue[] = [];
  for (const [name, src] of sources) {
    if (!src.path || src.problem) continue;
    const at = ['aggregate', 'domains', name, 'path'];
    const [what, label] =
      src.from === 'artifact'
        ? ['--artifact', `--artifact ${name}=${src.path}`]
        : ['evidence file', undefined];
    try {
      const found = await confine(ws, allow, what, src.path, (m) => new WorkspacePathError(m), label);
      src.real = found.real;
      src.outside = found.outside;
    } catch (err) {
      if (!(err instanceof WorkspacePathError)) throw err;
      if (src.from === 'artifact') usage.push(err.message);
      else if (src.from === 'config') {
        await loadFullReading(); // where the path is in the config
        const pos = opts.source?.locate(at);
        config.push({
          ...(opts.source ? { file: opts.source.file, line: pos?.line, column: pos?.column } : {}),
          path: at.join('.'),
          message: err.message,
        });
      } else src.problem = err.message;
    }
  }
  if (config.length > 0) throw new ConfigError(config);
  if (usage.length > 0) throw new UsageError(usage.join('\n'));
}

async function judge(
  name: string,
  src: Source | undefined,
): Promise<Omit<DomainResult, 'required' | 'evidence'> & { loaded?: LoadedEvidence }> {
  const none = { path: src?.path ?? null, sha256: null, size: null, format: null };
  if (!src) return { name, ...none, status: 'missing', detail: 'no evidence given for this domain' };
  if (src.problem || !src.path || !src.real)
    return { name, ...none, status: 'not_passed', detail: src.problem ?? 'no evidence file' };
  let ev: LoadedEvidence;
  try {
    ev = await loadEvidence(src.real, src.path, src.format ?? 'auto');
  } catch (err) {
    if (!(err instanceof EvidenceError)) throw err;
    return { name, ...none, status: err.missing ? 'missing' : 'not_passed', detail: err.message };
  }
  const found = { name, path: src.path, sha256: ev.sha256, size: ev.size, format: ev.format, loaded: ev };
  if (src.bundleDir && src.bundleReal) {
    const v = await verifyBundle(src.bundleReal);
    if (!v.ok) {
      const p = v.problems[0]!;
      return {
        ...found,
        status: 'not_passed',
        detail: `bundle ${src.bundleDir} is not intact: ${p.kind} ${p.path} (${p.detail})`,
      };
    }
  }
  if (src.assert && src.assert.length > 0) {
    const results = src.assert.map((c) => evaluateCondition(parseCondition(c), ev.doc));
    const bad = results.filter((r) => !r.ok);
    return {
      ...found,
      status: bad.length ? 'not_passed' : 'passed',
      detail: bad.length
        ? bad.map((r) => `${r.observed}, expected ${r.condition}`).join('; ')
        : `${results.length} condition(s) hold`,
    };
  }
  const n = normalizeStatus(ev);
  return { ...found, status: n.passed ? 'passed' : 'not_passed', detail: n.detail };
}

export async function runAggregate(
  opts: AggregateOptions,
): Promise<{ report: AggregateReport; markdown: string }> {
  const ws = new Workspace(opts.cwd, true);
  const sources = new Map<string, Source>();
  const configured = opts.settings?.domains ?? {};
  for (const [name, d] of Object.entries(configured))
    sources.set(name, {
      ...(d.path ? { path: d.path } : {}),
      from: 'config',
      format: d.format,
      assert: d.assert,
    });
  // A domain named like a built-in member (`constructor`) is no configured domain.
  const fromConfig = (name: string) => (Object.hasOwn(configured, name) ? configured[name] : undefined);
  for (const dir of opts.dirs)
    for (const [name, s] of await scanDir(dir, ws, opts.allowOutsideWorkspace === true))
      sources.set(name, { ...s, format: fromConfig(name)?.format, assert: fromConfig(name)?.assert });
  for (const a of opts.artifacts)
    sources.set(a.domain, {
      path: a.path,
      from: 'artifact',
      format: fromConfig(a.domain)?.format,
      assert: fromConfig(a.domain)?.assert,
    });
  await confineSources(sources, ws, opts);

  const given = [...sources.keys()].filter((k) => sources.get(k)!.path || sources.get(k)!.problem);
  const required = opts.required ?? opts.settings?.required ?? given;
  if (required.length === 0)
    throw new UsageError('no domains to aggregate: give --artifact DOMAIN=PATH, --dir DIR, or --required');
  const names = [...new Set([...required, ...given])];
  const releaseCandidateAt = opts.settings?.releaseCandidateAt ?? 80;

  await prepareOutputDir(opts.outDir);
  const domains: DomainResult[] = [];
  for (const name of names) {
    const source = sources.get(name);
    const judged = await judge(name, source);
    const { loaded, ...r } = withFreshness(judged, fromConfig(name)?.maxAge, opts.now);
    let evidence: string | null = null;
    if (loaded) {
      // The bundle keeps each artifact byte for byte (the bytes judged, not the path read again),
      // so its manifest digest equals sha256 above — unless a secret in it is masked when sealed.
      evidence = `evidence/${name}/${path.basename(loaded.path)}`;
      await mkdir(path.join(opts.outDir, 'evidence', name), { recursive: true });
      await writeFile(path.join(opts.outDir, evidence), loaded.bytes);
    }
    // Evidence read from outside the workspace (allowed) says where it was read.
    if (loaded && source?.outside) r.detail = `${r.detail} (read from ${source.real}, outside the workspace)`;
    domains.push({ ...r, required: required.includes(name), evidence });
  }

  const blockers: string[] = [];
  for (const name of required) {
    const d = domains.find((x) => x.name === name)!;
    if (d.status !== 'passed') blockers.push(`${name}.${d.status}`);
  }
  const passed = required.filter((n) => domains.find((d) => d.name === n)!.status === 'passed').length;
  const score = Math.round((passed / required.length) * 1000) / 10;
  const level: Level =
    blockers.length === 0 ? 'ga_ready' : score >= releaseCandidateAt ? 'release_candidate' : 'blocked';
  const report: AggregateReport = {
    schemaVersion: 1,
    kind: 'aggregate',
    tool: { name: 'promotion-gate', version: opts.version },
    ...(opts.release ? { release: opts.release } : {}),
    level,
    score,
    blockers,
    required,
    releaseCandidateAt,
    domains,
    generatedAt: opts.now.toISOString(),
  };
  // Tokens of a known shape, and the environment's secrets, are masked in every file of the
  // bundle, and in the report and its markdown before either is shown (the job summary).
  const redactor = new Redactor({ shapes: [knownTokenSpans] });
  for (const s of sensitiveEnvValues(opts.env)) redactor.add(s);
  const shown = redactor.redactDeep(report);
  const markdown = renderAggregate(shown);
  // sealBundle serialises the report and digests the directory; it reads no gate-only fields.
  const sealed = await sealBundle(opts.outDir, shown as unknown as Report, markdown, redactor);
  return { report: sealed.report as unknown as AggregateReport, markdown };
}
