import path from 'node:path';
import picomatch from 'picomatch';
import { z } from 'zod';
import { stringList, toList } from '../fields.js';
import type { CheckOutcome, Finding } from '../../core/types.js';
import { type CheckContext, defineCheck } from '../types.js';
import { readRunner } from '../../core/runner.js';

async function git(ctx: CheckContext, args: string[]): Promise<string> {
  const r = await ctx.exec.file('git', args, { cwd: ctx.cwd, signal: ctx.signal, env: ctx.env });
  if (r.exitCode !== 0)
    throw new Error(`git ${args.join(' ')} failed: ${r.stderr.trim() || `exit ${r.exitCode}`}`);
  return r.stdout;
}

/** The branch being promoted: the PR head on GitHub, the checked-out branch otherwise. */
async function currentBranch(ctx: CheckContext): Promise<string | undefined> {
  const runner = readRunner(ctx.env);
  if (runner.headRef) return runner.headRef;
  if (runner.ref?.startsWith('refs/heads/')) return runner.ref.slice('refs/heads/'.length);
  const b = (await git(ctx, ['rev-parse', '--abbrev-ref', 'HEAD'])).trim();
  return b === 'HEAD' ? undefined : b;
}

export const gitCheck = defineCheck({
  type: 'git',
  description: 'The working tree is clean (unless allowed) and HEAD is on an expected branch',
  defaults: { category: 'safety', enforcement: 'required' },
  workTree: () => 'observes',
  fields: z.object({
    clean: z
      .boolean()
      .default(true)
      .describe('Fail when tracked files are modified or untracked files exist'),
    allowDirty: z.array(z.string()).default([]).describe('Globs of paths that may be dirty'),
    untracked: z.boolean().default(true).describe('Count untracked files as dirty'),
    branch: stringList.optional().describe('Branch name or glob(s) HEAD must be on, e.g. [main, release/*]'),
  }),
  async run(spec, ctx): Promise<CheckOutcome> {
    const findings: Finding[] = [];
    const metrics: Record<string, number | string> = {};
    try {
      await git(ctx, ['rev-parse', '--git-dir']);
    } catch {
      return { status: 'error', summary: `${ctx.cwd} is not a git repository` };
    }
    if (spec.clean) {
      const out = await git(ctx, [
        'status',
        '--porcelain=v1',
        '-z',
        spec.untracked ? '--untracked-files=all' : '--untracked-files=no',
      ]);
      const entries = out.split('\0').filter(Boolean);
      const allowed = picomatch(spec.allowDirty, { dot: true });
      // The gate's own output directory is never counted as dirt.
      const outDir = path.relative(ctx.cwd, ctx.outputDir).split(path.sep).join('/');
      const dirty: string[] = [];
      for (let i = 0; i < entries.length; i++) {
        const e = entries[i]!;
        const code = e.slice(0, 2);
        const file = e.slice(3);
        if (code[0] === 'R' || code[0] === 'C') i++; // the next entry is the rename source
        if (outDir && !outDir.startsWith('..') && (file === outDir || file.startsWith(`${outDir}/`)))
          continue;
        if (spec.allowDirty.length && allowed(file)) continue;
        dirty.push(`${code.trim() || '??'} ${file}`);
        findings.push({ level: 'failure', message: `uncommitted change: ${code.trim()} ${file}`, file });
      }
      metrics.dirtyFiles = dirty.length;
      await ctx.evidence.write('status.txt', dirty.join('\n') || '(clean)');
    }
    if (spec.branch !== undefined) {
      const patterns = toList(spec.branch);
      const branch = await currentBranch(ctx);
      metrics.branch = branch ?? '(detached)';
      if (!branch) {
        findings.push({
          level: 'failure',
          message: `HEAD is detached; expected branch ${patterns.join(' or ')}`,
        });
      } else if (!picomatch(patterns)(branch)) {
        findings.push({
          level: 'failure',
          message: `on branch "${branch}", expected ${patterns.join(' or ')}`,
        });
      }
    }
    if (findings.length === 0) {
      const parts = [
        spec.clean ? 'working tree clean' : undefined,
        metrics.branch ? `on ${metrics.branch}` : undefined,
      ].filter(Boolean);
      return { status: 'pass', summary: parts.join(', ') || 'git checks passed', metrics };
    }
    const dirty = findings.filter((f) => f.message.startsWith('uncommitted')).length;
    const other = findings.filter((f) => !f.message.startsWith('uncommitted'));
    const summary = [dirty ? `${dirty} uncommitted change(s)` : undefined, ...other.map((f) => f.message)]
      .filter(Boolean)
      .join('; ');
    return { status: 'fail', summary, findings, metrics };
  },
});
