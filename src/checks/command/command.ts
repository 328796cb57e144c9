import { existsSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { ExecResult } from '../../adapters/exec.js';
import { shellValues, toList } from '../fields.js';
import type { CheckOutcome, Finding, Metrics } from '../../core/types.js';
import { type CoverageFormat, type CoverageMetric, detectFormat, readCoverage } from './coverage.js';
import { grade, TESTS_GRADING } from '../grading.js';
import { type JUnitSummary, mergeJUnit, readJUnit as readJUnitReport } from '../evidence/junit.js';
import { isInside, readRegularFile, Workspace, type WorkspacePath, WorkspacePathError } from '../paths.js';
import { type CheckContext, defineCheck } from '../types.js';
import { fields } from './spec.js';

/** Reports a command writes are read whole; this only stops a runaway one. */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;

type Spec = z.infer<typeof fields>;

async function readJUnit(
  spec: Spec,
  cwd: string,
  ws: Workspace,
  signal: AbortSignal,
): Promise<{ summary?: JUnitSummary; files: string[]; problem?: string; escape?: boolean }> {
  const patterns = toList(spec.junit);
  let found: WorkspacePath[];
  try {
    found = await ws.glob('JUnit report', patterns, { base: cwd });
  } catch (err) {
    if (err instanceof WorkspacePathError) return { files: [], problem: err.message, escape: true };
    throw err;
  }
  const files = found.map((f) => f.name);
  if (files.length === 0) return { files, problem: `no JUnit report at ${patterns.join(', ')}` };
  const parts: JUnitSummary[] = [];
  for (const f of found) {
    try {
      parts.push(
        await readJUnitReport(
          await readRegularFile(f.real, MAX_REPORT_BYTES),
          // Only files of the workspace are named as where a test failed.
          (p) =>
            !/node_modules/.test(p) &&
            isInside(ws.root, path.resolve(cwd, p)) &&
            existsSync(path.resolve(cwd, p)),
          signal,
        ),
      );
    } catch (err) {
      return { files, problem: `cannot read JUnit report ${f.name}: ${(err as Error).message}` };
    }
  }
  return { summary: mergeJUnit(parts), files };
}

function firstDifference(a: string, b: string): { line: number; a: string; b: string } | undefined {
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) return { line: i + 1, a: la[i] ?? '(end)', b: lb[i] ?? '(end)' };
  }
  return undefined;
}

function clip(s: string, n = 120): string {
  return s.length > n ? `${s.slice(0, n - 3)}...` : s;
}

/** Runs `resolve`; a path outside the workspace becomes the check's error outcome. */
async function confined(resolve: () => Promise<unknown>): Promise<CheckOutcome | undefined> {
  try {
    await resolve();
    return undefined;
  } catch (err) {
    if (err instanceof WorkspacePathError) return { status: 'error', summary: err.message };
    throw err;
  }
}

async function runOnce(spec: Spec, ctx: CheckContext, cwd: string): Promise<ExecResult> {
  return ctx.exec.shell(spec.run, {
    cwd,
    // The values of the run line's ${{ }} expressions, which it names as variables.
    env: { ...ctx.env, ...spec.env, ...shellValues(spec) },
    signal: ctx.signal,
    maxOutputBytes: spec.maxOutput,
  });
}

export const commandCheck = defineCheck({
  type: 'command',
  description:
    'Runs a command (tests, build, lint); reads JUnit results and coverage; can check that repeated runs agree',
  defaults: { category: 'safety', enforcement: 'scored' },
  workTree: () => 'changes',
  fields,
  async run(spec, ctx): Promise<CheckOutcome> {
    const cwd = path.resolve(ctx.cwd, spec.cwd ?? '.');
    const ws = new Workspace(ctx.cwd, spec.allowOutsideWorkspace);
    const escape = await confined(() => ws.resolve('working directory', spec.cwd ?? '.'));
    if (escape) return escape;
    const okCodes = Array.isArray(spec.exitCode) ? spec.exitCode : [spec.exitCode];
    const okCode = (c: number | null) => c !== null && okCodes.includes(c);
    const repeat =
      spec.repeat === undefined
        ? undefined
        : typeof spec.repeat === 'number'
          ? { times: spec.repeat, compare: 'output', ignore: [] }
          : spec.repeat;
    const runs: ExecResult[] = [];
    const compared: string[] = [];
    for (let i = 0; i < (repeat?.times ?? 1); i++) {
      ctx.log(`$ ${spec.run}${repeat ? `   (run ${i + 1} of ${repeat.times})` : ''}`);
      const r = await runOnce(spec, ctx, cwd);
      runs.push(r);
      await ctx.evidence.write(repeat ? `output-${i + 1}.log` : 'output.log', r.output);
      if (r.aborted) return { status: 'error', summary: `command stopped after ${r.durationMs}ms (timeout)` };
      if (repeat) {
        let text = r.output;
        if (repeat.compare !== 'output') {
          try {
            const file = await ws.resolve('repeat.compare file', repeat.compare, cwd);
            text = (await readRegularFile(file.real, MAX_REPORT_BYTES)).toString('utf8');
          } catch (err) {
            if (err instanceof WorkspacePathError) return { status: 'error', summary: err.message };
            return {
              status: 'error',
              summary: `run ${i + 1} wrote no ${repeat.compare}: ${(err as Error).message}`,
            };
          }
        }
        for (const re of repeat.ignore) text = text.replace(new RegExp(re, 'g'), '');
        compared.push(text);
      }
    }
    const last = runs[runs.length - 1]!;
    const findings: Finding[] = [];
    const metrics: Metrics = {
      exitCode: last.exitCode,
      durationMs: last.durationMs,
      outputBytes: last.outputBytes,
    };
    // Whatever a command leaves running is stopped with it; the finding tells why it vanished.
    const leftover = runs.reduce((n, r) => n + r.leftover, 0);
    if (leftover > 0)
      findings.push({
        level: 'notice',
        message: `${leftover} process(es) the command started in the background still ran when it ended; they were stopped`,
      });
    if (last.exitCode === 127 && /command not found|not found/i.test(last.stderr)) {
      return {
        status: 'error',
        summary: `command not found: ${clip(last.stderr.trim().split('\n').pop() ?? '', 160)}`,
        metrics,
      };
    }
    const badRuns = runs.filter((r) => !okCode(r.exitCode));
    const exitOk = badRuns.length === 0;
    if (!exitOk) {
      const r = badRuns[0]!;
      const tail = r.output.trim().split('\n').slice(-5).join('\n');
      findings.push({
        level: 'failure',
        message: `exited with ${r.exitCode ?? `signal ${r.signal}`} (expected ${okCodes.join(' or ')})${tail ? `:\n${tail}` : ''}`,
      });
    }

    let junit: JUnitSummary | undefined;
    if (spec.junit !== undefined) {
      const j = await readJUnit(spec, cwd, ws, ctx.signal);
      if (j.escape) return { status: 'error', summary: j.problem!, findings, metrics };
      if (!j.summary) {
        // A red run without its report is still a red run; a green run without one is unproven.
        if (exitOk) return { status: 'error', summary: j.problem!, findings, metrics };
        findings.push({ level: 'warning', message: j.problem! });
      } else {
        junit = j.summary;
        if (junit.tests === 0 && !spec.allowNoTests) {
          // A report without a single test case proves nothing, like no report at all.
          const problem = `${j.files.join(', ')} hold${j.files.length === 1 ? 's' : ''} no test case: nothing was tested (set allowNoTests: true if that is expected)`;
          if (exitOk)
            return { status: 'error', summary: problem, findings, metrics: { ...metrics, tests: 0 } };
          findings.push({ level: 'warning', message: problem });
        }
        Object.assign(metrics, {
          tests: junit.tests,
          passed: junit.passed,
          failures: junit.failures,
          errors: junit.errors,
          skipped: junit.skipped,
        });
        await ctx.evidence.write('junit.json', { files: j.files, ...junit });
        for (const f of junit.failed) {
          const at = f.file
            ? path.relative(ctx.cwd, path.resolve(cwd, f.file)).split(path.sep).join('/')
            : undefined;
          findings.push({
            level: 'failure',
            message: `${f.status === 'error' ? 'error in' : 'failed:'} ${f.classname ? `${f.classname} › ` : ''}${f.name}${f.message ? ` — ${clip(f.message, 300)}` : ''}`,
            file: at,
            line: f.line,
          });
        }
      }
    }

    if (spec.coverage) {
      try {
        const file = await ws.resolve('coverage report', spec.coverage.file, cwd);
        const content = (await readRegularFile(file.real, MAX_REPORT_BYTES)).toString('utf8');
        const format: CoverageFormat =
          spec.coverage.format === 'auto' ? detectFormat(spec.coverage.file, content) : spec.coverage.format;
        const cov = await readCoverage(content, format, ctx.signal);
        const metric = spec.coverage.metric as CoverageMetric;
        const got = cov.pct[metric];
        await ctx.evidence.write('coverage.json', cov);
        if (got === undefined) {
          return {
            status: 'error',
            summary: `${format} coverage report ${spec.coverage.file} measured no ${metric}: ${cov.noData[metric] ?? 'no figure'}`,
            findings,
            metrics,
          };
        }
        metrics[`coverage.${metric}`] = got;
        if (got < spec.coverage.min) {
          findings.push({
            level: 'failure',
            message: `${metric} coverage ${got}% is below the minimum ${spec.coverage.min}%`,
          });
        }
      } catch (err) {
        if (err instanceof WorkspacePathError)
          return { status: 'error', summary: err.message, findings, metrics };
        if (exitOk)
          return {
            status: 'error',
            summary: `cannot read coverage ${spec.coverage.file}: ${(err as Error).message}`,
            findings,
            metrics,
          };
        findings.push({
          level: 'warning',
          message: `cannot read coverage ${spec.coverage.file}: ${(err as Error).message}`,
        });
      }
    }

    if (repeat) {
      const base = compared[0]!;
      const diffs = compared
        .slice(1)
        .map((t, i) => ({ run: i + 2, d: firstDifference(base, t) }))
        .filter((x) => x.d);
      metrics.repeat = repeat.times;
      metrics.differingRuns = diffs.length;
      for (const { run, d } of diffs) {
        findings.push({
          level: 'failure',
          message: `run ${run} differs from run 1 at line ${d!.line} of ${repeat.compare}: ${JSON.stringify(clip(d!.a, 100))} vs ${JSON.stringify(clip(d!.b, 100))}`,
        });
      }
    }

    findings.push(...ws.findings());
    const failedTests = junit ? junit.failures + junit.errors : 0;
    const coverageLow = findings.some((f) => f.message.includes('coverage') && f.level === 'failure');
    const nondeterministic = (metrics.differingRuns as number | undefined) ?? 0;
    const parts: string[] = [];
    if (junit)
      parts.push(
        `${junit.passed}/${junit.tests} tests passed${junit.skipped ? `, ${junit.skipped} skipped` : ''}`,
      );
    if (metrics['coverage.lines'] !== undefined || spec.coverage) {
      const m = spec.coverage!.metric;
      if (metrics[`coverage.${m}`] !== undefined)
        parts.push(`${m} coverage ${metrics[`coverage.${m}`]}% (min ${spec.coverage!.min}%)`);
    }
    if (repeat)
      parts.push(
        nondeterministic
          ? `${nondeterministic} of ${repeat.times - 1} repeat(s) differ`
          : `${repeat.times} runs agree`,
      );

    if (exitOk && failedTests === 0 && !coverageLow && nondeterministic === 0) {
      return {
        status: 'pass',
        summary: parts.join('; ') || `exit ${last.exitCode} in ${last.durationMs}ms`,
        findings,
        metrics,
      };
    }
    let score = 1;
    if (junit && failedTests > 0) score = grade(spec.grading ?? TESTS_GRADING, failedTests, junit.tests);
    if (coverageLow && failedTests === 0 && exitOk) score = 3;
    const reasons = [
      !exitOk && !junit ? `exit ${last.exitCode ?? `signal ${last.signal}`}` : undefined,
      junit && failedTests ? `${failedTests} of ${junit.tests} tests failed` : undefined,
      !exitOk && junit && !failedTests
        ? `exit ${last.exitCode} with no failed test in the report`
        : undefined,
      coverageLow ? parts.find((p) => p.includes('coverage')) : undefined,
      nondeterministic
        ? `not deterministic: ${nondeterministic} of ${repeat!.times - 1} repeat(s) differ`
        : undefined,
    ].filter(Boolean);
    return { status: 'fail', score, summary: reasons.join('; '), findings, metrics };
  },
});
