import { copyFile, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import {
  EvidenceError,
  type EvidenceFormat,
  type LoadedEvidence,
  loadEvidence,
} from '../checks/support/evidenceFile.js';
import { MANIFEST, REPORT_JSON } from '../bundle/manifest.js';
import { prepareOutputDir, sealBundle } from '../bundle/seal.js';
import { verifyBundle } from '../bundle/verify.js';
import type { AggregateSettings } from '../config/schema.js';
import { evaluateCondition, parseCondition } from '../core/conditions.js';
import { UsageError } from '../core/errors.js';
import type { Level } from '../core/types.js';
import type { Report } from '../report/types.js';
import { renderAggregate } from './aggregateMarkdown.js';
import { normalizeStatus } from './normalize.js';

/** Seed 003's production-maturity gate: evidence of many jobs → one level, score and blockers. */

export type DomainStatus = 'passed' | 'not_passed' | 'missing';

export interface DomainResult {
  name: string;
  required: boolean;
  /** As given (relative to the working directory); null when no evidence was named. */
  path: string | null;
  sha256: string | null;
  size: number | null;
  format: EvidenceFormat | null;
  status: DomainStatus;
  detail: string;
  /** Where the copy lives in this bundle. */
  evidence: string | null;
}

export interface AggregateReport {
  schemaVersion: 1;
  kind: 'aggregate';
  tool: { name: 'promotion-gate'; version: string };
  release?: string;
  level: Level;
  /** Percent of required domains passed, 0–100. */
  score: number;
  blockers: string[];
  required: string[];
  releaseCandidateAt: number;
  domains: DomainResult[];
  generatedAt: string;
  bundle?: { id: string; manifest: string; files: number };
}

export interface AggregateOptions {
  cwd: string;
  /** `--artifact domain=path`, in order; later ones win. */
  artifacts: { domain: string; path: string }[];
  /** Directories of downloaded artifacts: each entry is a domain. */
  dirs: string[];
  /** `--required`, over the config's list. */
  required?: string[];
  settings?: AggregateSettings;
  release?: string;
  outDir: string;
  now: Date;
  version: string;
}

interface Source {
  path?: string;
  /** Why no single file could be chosen. */
  problem?: string;
  bundleDir?: string;
  format?: EvidenceFormat | 'auto';
  assert?: string[];
}

const EVIDENCE_EXT = /\.(json|ya?ml|xml|sarif)$/i;
const PREFERRED = ['report.json', 'evidence.json', 'result.json', 'results.json', 'summary.json'];

function domainOf(file: string): string {
  return file.replace(/(\.sarif)?\.(json|ya?ml|xml|sarif)$/i, '');
}

/** A directory as actions/download-artifact leaves it: a file or a folder per artifact. */
async function scanDir(dir: string, cwd: string): Promise<Map<string, Source>> {
  const abs = path.resolve(cwd, dir);
  let entries;
  try {
    entries = await readdir(abs, { withFileTypes: true });
  } catch (err) {
    throw new UsageError(`--dir ${dir}: ${(err as Error).message}`);
  }
  const out = new Map<string, Source>();
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const rel = path.join(dir, e.name);
    if (e.isFile() && EVIDENCE_EXT.test(e.name)) out.set(domainOf(e.name), { path: rel });
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
        ? { path: path.join(rel, pick), ...(bundleDir ? { bundleDir } : {}) }
        : {
            problem:
              files.length === 0
                ? `${rel} holds no evidence file (json, yaml, xml, sarif)`
                : `${rel} holds ${files.length} evidence files (${files.slice(0, 4).join(', ')}); name one with --artifact ${e.name}=<path>`,
          },
    );
  }
  return out;
}

async function judge(
  name: string,
  src: Source | undefined,
  cwd: string,
): Promise<Omit<DomainResult, 'required' | 'evidence'> & { loaded?: LoadedEvidence }> {
  const none = { path: src?.path ?? null, sha256: null, size: null, format: null };
  if (!src) return { name, ...none, status: 'missing', detail: 'no evidence given for this domain' };
  if (src.problem || !src.path)
    return { name, ...none, status: 'not_passed', detail: src.problem ?? 'no evidence file' };
  let ev: LoadedEvidence;
  try {
    ev = await loadEvidence(path.resolve(cwd, src.path), src.path, src.format ?? 'auto');
  } catch (err) {
    if (!(err instanceof EvidenceError)) throw err;
    return { name, ...none, status: err.missing ? 'missing' : 'not_passed', detail: err.message };
  }
  const found = { name, path: src.path, sha256: ev.sha256, size: ev.size, format: ev.format, loaded: ev };
  if (src.bundleDir) {
    const v = await verifyBundle(path.resolve(cwd, src.bundleDir));
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
  const sources = new Map<string, Source>();
  for (const [name, d] of Object.entries(opts.settings?.domains ?? {}))
    sources.set(name, { ...(d.path ? { path: d.path } : {}), format: d.format, assert: d.assert });
  const fromConfig = (name: string) => opts.settings?.domains?.[name];
  for (const dir of opts.dirs)
    for (const [name, s] of await scanDir(dir, opts.cwd))
      sources.set(name, { ...s, format: fromConfig(name)?.format, assert: fromConfig(name)?.assert });
  for (const a of opts.artifacts)
    sources.set(a.domain, {
      path: a.path,
      format: fromConfig(a.domain)?.format,
      assert: fromConfig(a.domain)?.assert,
    });

  const given = [...sources.keys()].filter((k) => sources.get(k)!.path || sources.get(k)!.problem);
  const required = opts.required ?? opts.settings?.required ?? given;
  if (required.length === 0)
    throw new UsageError('no domains to aggregate: give --artifact DOMAIN=PATH, --dir DIR, or --required');
  const names = [...new Set([...required, ...given])];
  const releaseCandidateAt = opts.settings?.releaseCandidateAt ?? 80;

  await prepareOutputDir(opts.outDir);
  const domains: DomainResult[] = [];
  for (const name of names) {
    const { loaded, ...r } = await judge(name, sources.get(name), opts.cwd);
    let evidence: string | null = null;
    if (loaded) {
      // The bundle keeps each artifact byte for byte, so its manifest digest equals sha256 above.
      evidence = `evidence/${name}/${path.basename(loaded.path)}`;
      await mkdir(path.join(opts.outDir, 'evidence', name), { recursive: true });
      await copyFile(path.resolve(opts.cwd, loaded.path), path.join(opts.outDir, evidence));
    }
    domains.push({ ...r, required: required.includes(name), evidence });
  }

  const blockers: string[] = [];
  for (const name of required) {
    const d = domains.find((x) => x.name === name)!;
    if (d.status !== 'passed') blockers.push(`${name}.${d.status === 'missing' ? 'missing' : 'not_passed'}`);
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
  const markdown = renderAggregate(report);
  // sealBundle serialises the report and digests the directory; it reads no gate-only fields.
  const sealed = await sealBundle(opts.outDir, report as unknown as Report, markdown);
  return { report: sealed.report as unknown as AggregateReport, markdown };
}
