import { z } from 'zod';
import { errorMessage, formatIssue } from '../../core/errors.js';
import type { CheckOutcome, Finding } from '../../core/types.js';
import { changeFor } from '../changeRange.js';
import { defineCheck } from '../types.js';
import { approvalFor } from './approvalFor.js';
import type { ApprovalResult } from './approvals.js';
import { baselineChanges } from './baselines.js';
import { type ConfigChange, compareConfigs } from './compare.js';
import { guardedChanges, guardedFiles } from './files.js';
import { thresholdEvidence } from './thresholds.js';
import type { ConfigSides } from './types.js';

const fields = z.object({
  path: z
    .string()
    .min(1)
    .optional()
    .describe("Config file to protect, relative to the repository (default: the gate's own config)"),
  approvers: z
    .array(z.string().min(1))
    .optional()
    .describe(
      'Who may approve a weakening: logins and @org/team names (default: any reviewer but the author)',
    ),
  codeowners: z
    .boolean()
    .default(false)
    .describe("The config file's owners in CODEOWNERS (as the base has it) may approve too"),
  allowAuthorApproval: z
    .boolean()
    .default(false)
    .describe("Count an approval by the pull request's own author (default false)"),
  files: z
    .array(z.string().min(1))
    .optional()
    .describe(
      'Other files the gate depends on (globs, relative to the repository): a change to one needs the approval a weakening needs, as does a change to a file a check runs',
    ),
  unknown: z
    .enum(['notice', 'approve'])
    .default('notice')
    .describe(
      'A change whose direction is not known (a probed URL, a file path): a notice, or like a weakening, held until approved',
    ),
});

const MAX_NOTICES = 100;
const short = (sha?: string) => (sha ? sha.slice(0, 7) : '?');

function describeChange(c: ConfigChange): string {
  if (c.file) return `${c.file} changed (${c.before} → ${c.after}): ${c.what} (${c.key})${inProfiles(c)}`;
  const verb = c.kind === 'weakening' ? 'weakened' : c.kind === 'tightening' ? 'tightened' : 'changed';
  return `${verb} ${c.key}: ${c.before} → ${c.after} (${c.what})${inProfiles(c)}`;
}

function inProfiles(c: ConfigChange): string {
  return c.profiles.length ? ` in profile${c.profiles.length === 1 ? '' : 's'} ${c.profiles.join(', ')}` : '';
}

function sideFindings(sides: ConfigSides, findings: Finding[]): void {
  const file = sides.file;
  if (sides.base?.missing)
    findings.push({
      level: 'warning',
      file,
      message: `${file} does not exist at the base (${short(sides.base.revision)}): the change adds it, so it weakens nothing`,
    });
  for (const i of sides.base?.issues ?? [])
    findings.push({
      level: 'failure',
      file,
      message: `the base's ${file} does not load, so what the change weakens cannot be told: ${formatIssue({ ...i, file: undefined })}`,
    });
  for (const i of sides.head?.issues ?? [])
    findings.push({
      level: 'failure',
      file,
      ...(i.line ? { line: i.line } : {}),
      message: `the head's config is invalid: ${formatIssue({ ...i, file: undefined, line: undefined, column: undefined })}`,
    });
}

/** The check's status: a failure holds; an approved weakening or a warning warns; else it passes. */
function outcome(
  findings: Finding[],
  changes: readonly ConfigChange[],
  approved: { reviewer: string; pull: number } | undefined,
  of: string,
  metrics: Record<string, number | string>,
  held: number,
): CheckOutcome {
  const count = (kind: ConfigChange['kind']) => changes.filter((c) => c.kind === kind).length;
  const weakenings = count('weakening');
  const tally = `${weakenings} weakening(s), ${count('tightening')} tightening(s), ${count('unknown')} other change(s)`;
  const failure = findings.find((f) => f.level === 'failure');
  if (failure)
    return {
      status: 'fail',
      score: 2,
      summary: held && !approved ? `${of}: ${tally}, not approved` : failure.message,
      findings,
      metrics,
    };
  if (approved)
    return {
      status: 'warn',
      summary: `${of}: ${tally}, approved by ${approved.reviewer} (#${approved.pull})`,
      findings,
      metrics,
    };
  if (findings.some((f) => f.level === 'warning'))
    return { status: 'warn', summary: `${of}: ${tally}`, findings, metrics };
  return { status: 'pass', summary: `${of}: no weakening (${tally})`, findings, metrics };
}

/**
 * Gate integrity: a change cannot weaken its own gate. The config at the base of the change is
 * compared with the config at its head, field by field; every weakening (a check removed, an
 * enforcement lowered, a threshold loosened, a waiver added…), and every change to a file the
 * gate runs or is told to guard, holds unless a reviewer other than the author approved the pull
 * request on the config and those files as they now are.
 */
export const integrityCheck = defineCheck({
  type: 'integrity',
  description:
    "The change does not weaken the gate's own config (checks removed, enforcement lowered, thresholds loosened, waivers added) or change a script the gate runs, unless a reviewer approved it",
  defaults: { category: 'safety', enforcement: 'required' },
  fields,
  async run(spec, ctx): Promise<CheckOutcome> {
    if (!ctx.config)
      return {
        status: 'error',
        summary: "the integrity check compares the gate's config at base and head: it runs inside a gate",
      };
    const own = spec.path === undefined;
    const record = ctx.config.record;
    const findings: Finding[] = [];
    if (own && record.fallback)
      findings.push({
        level: record.fallback.level === 'hold' ? 'failure' : 'warning',
        file: record.path,
        message: record.fallback.message,
      });
    const sides = await ctx.config.sides(spec.path);
    if (sides.problem)
      return {
        status: 'error',
        summary: `cannot compare ${sides.file} at base and head: ${sides.problem}`,
        findings,
      };
    const got = await changeFor(ctx);
    if (got.outcome) return { ...got.outcome, findings };
    const { range } = got;
    sideFindings(sides, findings);
    const base = sides.base?.model;
    const head = sides.head?.model;
    const changes = base && head ? compareConfigs(base, head, ctx.now()) : [];
    if (base && sides.head?.missing)
      changes.push({
        kind: 'weakening',
        key: sides.file,
        before: `${base.profiles.size} profile(s)`,
        after: '(deleted)',
        what: 'the config file is deleted',
        profiles: [...base.profiles.keys()],
      });
    const baselines = await baselineChanges(sides, got.change, ctx.signal);
    changes.push(...baselines.changes);
    for (const p of baselines.problems) findings.push({ level: 'warning', file: sides.file, message: p });
    const guarded = guardedFiles(base, head, { id: ctx.id, files: spec.files ?? [] });
    try {
      changes.push(...(await guardedChanges(guarded, got.change, range, ctx.signal)));
    } catch (err) {
      // Not knowing whether a script the gate runs changed is not knowing whether the gate holds.
      findings.push({
        level: 'failure',
        message: `cannot tell whether the files the gate runs changed: ${errorMessage(err)}`,
      });
    }
    // What holds until approved: every weakening, and with `unknown: approve` every change whose
    // direction is not known.
    const holds = (c: ConfigChange) =>
      c.kind === 'weakening' || (spec.unknown === 'approve' && c.kind === 'unknown');
    const held = changes.filter(holds);
    const evidence = await thresholdEvidence(held, ctx, base);
    if (evidence.markdown) await ctx.evidence.write('thresholds.md', evidence.markdown);

    let approval: ApprovalResult | undefined;
    if (held.length > 0) {
      // The config when it is weakened (with the files its weakenings are about), then every
      // guarded file that changed.
      const files = [
        ...new Set([
          ...(held.some((c) => !c.file) ? [sides.file] : []),
          ...held.flatMap((c) => (c.file ? [c.file] : c.content ? [c.content] : [])),
        ]),
      ];
      approval = await approvalFor(spec, ctx, range, files);
    }
    const approved = approval?.approval;
    for (const c of held) {
      const history = evidence.lines.get(c);
      findings.push({
        level: approved ? 'warning' : 'failure',
        // A guarded file's change is annotated on the file, a deleted one where the config names it.
        file: c.where?.file ?? sides.file,
        ...(c.where ? { line: c.where.line } : c.line ? { line: c.line } : {}),
        message: `${describeChange(c)}${history ? `; ${history} (evidence thresholds.md)` : ''}`,
      });
    }
    const others = changes.filter((c) => !holds(c));
    for (const c of others.slice(0, MAX_NOTICES))
      findings.push({
        level: 'notice',
        file: sides.file,
        ...(c.line ? { line: c.line } : {}),
        message: describeChange(c),
      });
    if (others.length > MAX_NOTICES)
      findings.push({
        level: 'notice',
        message: `${others.length - MAX_NOTICES} more change(s) in integrity.json`,
      });
    if (approved)
      findings.push({
        level: 'notice',
        message: `approved by ${approved.reviewer} in pull request #${approved.pull} (review ${approved.reviewId}${approved.at ? `, ${approved.at}` : ''}${approved.url ? `, ${approved.url}` : ''})`,
      });
    else if (approval)
      findings.push({
        level: 'failure',
        message: `not approved: ${approval.why.join('; ')}`,
      });

    await ctx.evidence.write('integrity.json', {
      config: { file: sides.file, ...(own ? { source: record } : {}) },
      base: { revision: sides.base?.revision ?? null, missing: sides.base?.missing ?? false },
      head: { revision: sides.head?.revision ?? null },
      range: { base: range.base, head: range.head, source: range.source },
      changes: changes.slice(0, 1000),
      approval: approval ?? null,
    });

    return outcome(
      findings,
      changes,
      approved,
      `${sides.file} ${short(range.base)}..${short(range.head)}`,
      {
        weakenings: changes.filter((c) => c.kind === 'weakening').length,
        changes: changes.length,
        configSource: own ? record.source : 'n/a',
      },
      held.length,
    );
  },
});
