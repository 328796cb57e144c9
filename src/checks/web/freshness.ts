import { stat } from 'node:fs/promises';
import { z } from 'zod';
import { age, httpUrl } from '../fields.js';
import { describeValue, getPath, parsePath } from '../../core/conditions.js';
import { formatDuration, parseDuration } from '../../core/duration.js';
import { errorMessage } from '../../core/errors.js';
import type { CheckOutcome, Finding, Metrics } from '../../core/types.js';
import {
  headersField,
  mergeHeaders,
  protectHeaders,
  requestSettings,
  requestTimeoutField,
  sendRequest,
  writeRequestEvidence,
} from './requests.js';
import { allowOutsideWorkspaceField, readRegularFile, Workspace, WorkspacePathError } from '../paths.js';
import { parseTimestamp } from '../timestamps.js';
import { type CheckContext, defineCheck } from '../types.js';

const SKEW_MS = 5 * 60_000;

const fields = z.object({
  url: httpUrl
    .optional()
    .describe('A JSON endpoint that reports when the data was last updated (instead of file)'),
  file: z
    .string()
    .min(1)
    .optional()
    .describe('A file, relative to the repository, whose JSON or mtime tells the age (instead of url)'),
  headers: headersField,
  timestamp: z
    .string()
    .min(1)
    .optional()
    .describe(
      'JSON path of the last-update time, e.g. last_ingest or meta.updated_at (ISO-8601, epoch s or ms); with file and no timestamp the file’s mtime is used',
    ),
  maxAge: age.describe('Data older than this fails, e.g. 26h'),
  counters: z
    .record(
      z.string(),
      z.strictObject({
        min: z.number().default(1).describe('Lowest acceptable value (default 1)'),
        level: z
          .enum(['fail', 'warn'])
          .default('fail')
          .describe('What a value below min counts as (default fail)'),
      }),
    )
    .optional()
    .describe(
      'JSON path → {min, level}: counts that must not be below min, e.g. {"tables.cron_log": {min: 1}}',
    ),
  requestTimeout: requestTimeoutField,
  allowOutsideWorkspace: allowOutsideWorkspaceField,
});

type Spec = z.infer<typeof fields>;
type Source = { doc?: unknown; mtime?: Date; label: string } | { problem: string; error?: boolean };

async function fromUrl(spec: Spec, url: string, ctx: CheckContext): Promise<Source> {
  const headers = mergeHeaders(spec.headers);
  protectHeaders(headers, ctx);
  const target = { name: 'freshness', label: url, method: 'GET', url, headers };
  const sent = await sendRequest(target, requestSettings({ requestTimeout: spec.requestTimeout }, ctx), ctx);
  await writeRequestEvidence(ctx, [sent.record]);
  const res = sent.response;
  if (!res) return { problem: `GET ${url}: ${sent.error?.message ?? 'no response'}`, error: true };
  if (res.status < 200 || res.status >= 300)
    return { problem: `GET ${url} answered ${res.status}, expected 2xx` };
  try {
    return { doc: JSON.parse(res.body), label: url };
  } catch (err) {
    const trunc = res.truncated ? ` (only the first ${res.bodyBytes} bytes were read)` : '';
    return { problem: `GET ${url}: body is not JSON: ${errorMessage(err)}${trunc}` };
  }
}

/** A JSON state file is small; this only stops a huge or endless one. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

async function fromFile(spec: Spec, file: string, ws: Workspace): Promise<Source> {
  let abs: string;
  try {
    abs = (await ws.resolve('freshness file', file)).real;
  } catch (err) {
    if (err instanceof WorkspacePathError) return { problem: err.message, error: true };
    throw err;
  }
  const out: { doc?: unknown; mtime?: Date; label: string } = { label: file };
  try {
    if (spec.timestamp === undefined) out.mtime = (await stat(abs)).mtime;
    if (spec.timestamp !== undefined || spec.counters !== undefined) {
      const text = (await readRegularFile(abs, MAX_FILE_BYTES)).toString('utf8');
      try {
        out.doc = JSON.parse(text);
      } catch (err) {
        return { problem: `${file} is not JSON: ${errorMessage(err)}` };
      }
    }
  } catch (err) {
    return { problem: `cannot read ${file}: ${errorMessage(err)}` };
  }
  return out;
}

export const freshnessCheck = defineCheck({
  type: 'freshness',
  description:
    'Data is recent: a timestamp in a JSON endpoint or file (or the file’s mtime) is younger than maxAge; counters are not empty',
  defaults: { category: 'data', enforcement: 'scored' },
  workTree: (spec) => (spec.file !== undefined ? 'observes' : undefined),
  fields,
  async run(spec, ctx): Promise<CheckOutcome> {
    if ((spec.url === undefined) === (spec.file === undefined)) {
      return {
        status: 'error',
        summary: `bad freshness check: give exactly one of url or file${spec.url ? ', not both' : ''}`,
      };
    }
    if (spec.url !== undefined && spec.timestamp === undefined) {
      return {
        status: 'error',
        summary: 'bad freshness check: with url, give timestamp (the JSON path of the last update)',
      };
    }
    const maxAgeMs = parseDuration(spec.maxAge);
    if (maxAgeMs === undefined)
      return { status: 'error', summary: `bad freshness check: maxAge "${spec.maxAge}" is not a duration` };
    const maxLabel = typeof spec.maxAge === 'string' ? spec.maxAge.trim() : formatDuration(spec.maxAge);

    const ws = new Workspace(ctx.cwd, spec.allowOutsideWorkspace);
    const source =
      spec.url !== undefined ? await fromUrl(spec, spec.url, ctx) : await fromFile(spec, spec.file!, ws);
    if ('problem' in source) {
      if (source.error) return { status: 'error', summary: source.problem };
      return {
        status: 'fail',
        score: 1,
        summary: source.problem,
        findings: [{ level: 'failure', message: source.problem }, ...ws.findings()],
      };
    }

    const findings: Finding[] = [];
    const metrics: Metrics = { maxAgeMs };
    const notices = ws.findings();
    const scores: number[] = [];
    const fail = (message: string, score: number) => {
      findings.push({ level: 'failure', message });
      scores.push(score);
    };
    const warn = (message: string) => findings.push({ level: 'warning', message });
    let when: Date | undefined;
    let name: string;
    let raw: unknown;
    if (spec.timestamp !== undefined) {
      name = spec.timestamp;
      const got = getPath(source.doc, parsePath(spec.timestamp));
      raw = got.value;
      when = got.found ? parseTimestamp(got.value) : undefined;
      if (!got.found || got.value === null) fail(`${name} is missing from ${source.label}`, 1);
      else if (!when)
        fail(
          `${name} = ${describeValue(got.value)} is not a timestamp (expected ISO-8601, or epoch seconds or milliseconds)`,
          1,
        );
    } else {
      name = `${source.label} (mtime)`;
      when = source.mtime;
    }
    let ageMs: number | undefined;
    if (when) {
      ageMs = ctx.now().getTime() - when.getTime();
      metrics.ageMs = ageMs;
      const iso = when.toISOString();
      if (ageMs > maxAgeMs)
        fail(`${name} is ${formatDuration(ageMs)} old, older than maxAge ${maxLabel} (${iso})`, 2);
      else if (-ageMs > SKEW_MS)
        warn(`${name} is ${formatDuration(-ageMs)} in the future (${iso}): clock skew?`);
    }

    const counters: Record<string, unknown> = {};
    for (const [key, rule] of Object.entries(spec.counters ?? {})) {
      const got = getPath(source.doc, parsePath(key));
      counters[key] = got.value;
      const n =
        typeof got.value === 'number'
          ? got.value
          : typeof got.value === 'string' && got.value.trim() !== ''
            ? Number(got.value)
            : Number.NaN;
      metrics[key] = Number.isFinite(n) ? n : null;
      let problem: string | undefined;
      if (!got.found) problem = `${key} is missing from ${source.label}, expected at least ${rule.min}`;
      else if (!Number.isFinite(n))
        problem = `${key} = ${describeValue(got.value)} is not a number, expected at least ${rule.min}`;
      else if (n < rule.min) problem = `${key} = ${n}, expected at least ${rule.min}`;
      if (problem === undefined) continue;
      if (rule.level === 'fail') fail(problem, 2);
      else warn(problem);
    }

    await ctx.evidence.write('freshness.json', {
      source: source.label,
      timestamp: { path: spec.timestamp ?? null, raw: raw ?? null, iso: when?.toISOString() ?? null },
      now: ctx.now().toISOString(),
      ageMs: ageMs ?? null,
      maxAgeMs,
      counters,
    });

    const age =
      ageMs === undefined
        ? ''
        : ageMs < 0
          ? `${formatDuration(-ageMs)} in the future`
          : `${formatDuration(ageMs)} old`;
    if (scores.length > 0) {
      const first = findings.find((f) => f.level === 'failure')!.message;
      const more = findings.length > 1 ? ` (+${findings.length - 1} more)` : '';
      return {
        status: 'fail',
        score: Math.min(...scores),
        summary: `${first}${more}`,
        findings: [...findings, ...notices],
        metrics,
      };
    }
    if (findings.length > 0) {
      const more = findings.length > 1 ? ` (+${findings.length - 1} more)` : '';
      return {
        status: 'warn',
        score: 4,
        summary: `${findings[0]!.message}${more}`,
        findings: [...findings, ...notices],
        metrics,
      };
    }
    const ok = `${name} ${age} (maxAge ${maxLabel})`;
    const counted = Object.keys(spec.counters ?? {}).length;
    return {
      status: 'pass',
      score: 5,
      summary: `${ok}${counted ? `, ${counted} counter(s) ok` : ''}`,
      findings: notices,
      metrics,
    };
  },
});
