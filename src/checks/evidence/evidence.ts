import { stat } from 'node:fs/promises';
import path from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import { z } from 'zod';
import { age, condition, judgedFile } from '../fields.js';
import {
  describeValue,
  evaluateCondition,
  getPath,
  parseCondition,
  parsePath,
} from '../../core/conditions.js';
import { formatDuration, parseDuration } from '../../core/duration.js';
import type { CheckOutcome, Finding, Metrics } from '../../core/types.js';
import type { LoadedEvidence } from './evidenceFile.js';
import { EVIDENCE_FORMATS } from './formats.js';
import { allowOutsideWorkspaceField, Workspace, type WorkspacePath, WorkspacePathError } from '../paths.js';
import { parseTimestamp } from '../timestamps.js';
import { defineCheck } from '../types.js';

/** Copies larger than this stay out of the bundle; their digest is still recorded. */
const MAX_COPY_BYTES = 8 * 1024 * 1024;

/** Fields that usually say when a report was made, tried in order when `timestamp` is not set. */
const TIMESTAMP_FIELDS = [
  'generated_at',
  'generatedAt',
  'timestamp',
  'created_at',
  'createdAt',
  'finished_at',
  'finishedAt',
  'endTimeUtc',
  'date',
];

/** What a report must say when no `assert` is given: JUnit without failures, SARIF without errors. */
const DEFAULT_ASSERT: Record<string, string[]> = {
  junit: ['failures == 0', 'errors == 0'],
  sarif: ['error == 0'],
  json: [],
  yaml: [],
};

const fields = z.object({
  file: judgedFile(z.string().min(1)).describe(
    'The evidence file, relative to the repository; a glob picks the newest match',
  ),
  format: z
    .enum(['auto', ...EVIDENCE_FORMATS])
    .default('auto')
    .describe('json, yaml, junit (XML) or sarif; auto decides by extension and content'),
  maxAge: age
    .optional()
    .describe('The evidence may be at most this old (by `timestamp`, a usual time field, or the file time)'),
  timestamp: z
    .string()
    .min(1)
    .optional()
    .describe('JSON path of the time the evidence was made (ISO-8601 or epoch), e.g. generated_at'),
  assert: z
    .array(condition)
    .optional()
    .describe(
      'Conditions on the content, e.g. `status == "pass"`, `critical_findings == 0`; JUnit gives tests/failures/errors/skipped, SARIF error/warning/note counts (defaults: failures == 0 and errors == 0 for JUnit, error == 0 for SARIF)',
    ),
  allowNoTests: z
    .boolean()
    .default(false)
    .describe('A JUnit report without any test case passes (default: an error, nothing was tested)'),
  allowOutsideWorkspace: allowOutsideWorkspaceField,
});

type Spec = z.infer<typeof fields>;

/** The file a pattern names: itself, or the newest of its matches. */
async function resolveFile(
  pattern: string,
  ws: Workspace,
): Promise<{ file?: WorkspacePath; matches: number }> {
  if (!isDynamicPattern(pattern)) return { file: await ws.resolve('evidence file', pattern), matches: 1 };
  const found = await ws.glob('evidence file', [pattern], { ignore: ['**/node_modules/**', '**/.git/**'] });
  const dated: { f: WorkspacePath; t: number }[] = [];
  for (const f of found) {
    try {
      dated.push({ f, t: (await stat(f.real)).mtimeMs });
    } catch {
      // Gone since it was listed, or a link to nothing.
    }
  }
  if (dated.length === 0) return { matches: 0 };
  dated.sort((a, b) => b.t - a.t || (a.f.name < b.f.name ? 1 : -1));
  return { file: dated[0]!.f, matches: dated.length };
}

function evidenceTime(spec: Spec, ev: LoadedEvidence): { when?: Date; from: string; problem?: string } {
  if (spec.timestamp !== undefined) {
    const got = getPath(ev.doc, parsePath(spec.timestamp));
    if (!got.found || got.value === null)
      return { from: spec.timestamp, problem: `${spec.timestamp} is missing from ${ev.path}` };
    const when = parseTimestamp(got.value);
    if (!when)
      return {
        from: spec.timestamp,
        problem: `${spec.timestamp} = ${describeValue(got.value)} in ${ev.path} is not a timestamp`,
      };
    return { when, from: spec.timestamp };
  }
  for (const key of TIMESTAMP_FIELDS) {
    const got = getPath(ev.doc, [key]);
    const when = got.found ? parseTimestamp(got.value) : undefined;
    if (when) return { when, from: key };
  }
  return { when: ev.mtime, from: 'file time' };
}

export const evidenceCheck = defineCheck({
  type: 'evidence',
  description:
    'A JSON, YAML, JUnit or SARIF file made by another job exists, is fresh, and its content satisfies conditions; its digest goes into the bundle',
  defaults: { category: 'safety', enforcement: 'required' },
  workTree: () => 'observes',
  fields,
  async run(spec, ctx): Promise<CheckOutcome> {
    const maxAgeMs = spec.maxAge === undefined ? undefined : parseDuration(spec.maxAge);
    if (spec.maxAge !== undefined && maxAgeMs === undefined)
      return { status: 'error', summary: `bad evidence check: maxAge "${spec.maxAge}" is not a duration` };
    const ws = new Workspace(ctx.cwd, spec.allowOutsideWorkspace);
    let resolved: Awaited<ReturnType<typeof resolveFile>>;
    try {
      resolved = await resolveFile(spec.file, ws);
    } catch (err) {
      if (err instanceof WorkspacePathError) return { status: 'error', summary: err.message };
      throw err;
    }
    if (!resolved.file) {
      const message = `evidence missing: no file matches ${spec.file}`;
      return { status: 'fail', score: 1, summary: message, findings: [{ level: 'failure', message }] };
    }
    const name = resolved.file.name;
    // A file outside the workspace is no place to annotate in the repository.
    const where = resolved.file.outside ? {} : { file: name };
    // The readers of the formats (YAML, XML, SARIF) load when evidence is read, not with the
    // config's schema.
    const { EvidenceError, loadEvidence } = await import('./evidenceFile.js');
    let ev: LoadedEvidence;
    try {
      ev = await loadEvidence(resolved.file.real, name, spec.format, ctx.signal);
    } catch (err) {
      if (!(err instanceof EvidenceError)) throw err;
      return {
        status: 'fail',
        score: 1,
        summary: err.message,
        findings: [
          { level: 'failure', message: err.message, ...(err.missing ? {} : where) },
          ...ws.findings(),
        ],
      };
    }
    if (ev.format === 'junit' && !spec.allowNoTests && (ev.doc as { tests: number }).tests === 0)
      return {
        status: 'error',
        summary: `${name} holds no test case: nothing was tested (set allowNoTests: true if that is expected)`,
        findings: ws.findings(),
        metrics: { path: ev.path, sha256: ev.sha256, size: ev.size, tests: 0 },
      };

    const findings: Finding[] = [...ws.findings()];
    const scores: number[] = [];
    const metrics: Metrics = { path: ev.path, sha256: ev.sha256, size: ev.size };
    const fail = (message: string, score: number) => {
      findings.push({ level: 'failure', message, ...where });
      scores.push(score);
    };

    let age = '';
    if (maxAgeMs !== undefined) {
      const t = evidenceTime(spec, ev);
      if (t.problem) fail(t.problem, 1);
      else {
        const ageMs = ctx.now().getTime() - t.when!.getTime();
        metrics.ageMs = ageMs;
        age = `${formatDuration(Math.max(0, ageMs))} old by ${t.from}`;
        if (ageMs > maxAgeMs)
          fail(
            `${ev.path} is ${formatDuration(ageMs)} old (${t.from} ${t.when!.toISOString()}), older than maxAge ${typeof spec.maxAge === 'string' ? spec.maxAge : formatDuration(maxAgeMs)}`,
            2,
          );
        if (t.from === 'file time')
          findings.push({
            level: 'notice',
            message: `age of ${ev.path} taken from its file time, which a downloaded artifact resets; set timestamp to a field of the evidence`,
          });
      }
    }

    const asserts = spec.assert ?? DEFAULT_ASSERT[ev.format]!;
    const outcomes = asserts.map((text) => evaluateCondition(parseCondition(text), ev.doc));
    for (const o of outcomes) {
      if (!o.ok) fail(`${o.observed}, expected ${o.condition}`, 1);
      const m = /^([\w.[\]-]+) = (-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/i.exec(o.observed);
      if (m) metrics[m[1]!] = Number(m[2]);
    }
    if (ev.format === 'junit' || ev.format === 'sarif') {
      const counts = ev.doc as Record<string, unknown>;
      for (const k of ev.format === 'junit'
        ? ['tests', 'failures', 'errors', 'skipped']
        : ['error', 'warning', 'note'])
        if (typeof counts[k] === 'number') metrics[k] = counts[k] as number;
    }

    // The file itself goes into the bundle (redacted like all evidence), with its own digest;
    // the original's digest stays in metrics.sha256.
    if (ev.size <= MAX_COPY_BYTES)
      await ctx.evidence.write(path.basename(ev.path), ev.bytes.toString('utf8'));
    await ctx.evidence.write('evidence.json', {
      path: ev.path,
      matches: resolved.matches,
      format: ev.format,
      sha256: ev.sha256,
      size: ev.size,
      copied: ev.size <= MAX_COPY_BYTES,
      mtime: ev.mtime.toISOString(),
      ageMs: metrics.ageMs ?? null,
      maxAgeMs: maxAgeMs ?? null,
      assert: outcomes,
      ...(ev.format === 'junit' || ev.format === 'sarif' ? { summary: ev.doc } : {}),
    });

    const digest = `sha256 ${ev.sha256.slice(0, 12)}`;
    if (scores.length > 0) {
      const first = findings.find((f) => f.level === 'failure')!.message;
      const more = scores.length > 1 ? ` (+${scores.length - 1} more)` : '';
      return { status: 'fail', score: Math.min(...scores), summary: `${first}${more}`, findings, metrics };
    }
    const held = outcomes.length
      ? `, ${outcomes.length} condition${outcomes.length === 1 ? '' : 's'} hold`
      : '';
    return {
      status: 'pass',
      score: 5,
      summary: `${ev.path} (${ev.format}, ${digest}${age ? `, ${age}` : ''})${held}`,
      findings,
      metrics,
    };
  },
});
