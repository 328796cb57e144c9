import { gained } from '../../change/binaryText.js';
import { globPathspecs } from '../../change/pathspec.js';
import type { CheckOutcome, Finding, FindingLevel } from '../../core/types.js';
import { changeFor, rangeLabel, rangeMetrics } from '../changeRange.js';
import { fileState, tableKey } from './state.js';
import {
  detectFramework,
  downLines,
  downSiblings,
  type Framework,
  frameworkOps,
  hasWorkingDown,
  isDownFile,
  toolTransaction,
} from './frameworks.js';
import { inlineIgnored, inlineIgnores, type RuleId, ruleFor, RULES } from './rules.js';
import { excerpt } from './sql.js';
import { type Op, pacer, sqlOps } from './sqlOps.js';
import type { CheckContext } from '../types.js';
import type { MigrationsSpec } from './spec.js';

const READ_MAX = 8 * 1024 * 1024;
/** Characters read between two turns of the event loop, so a big diff does not hold it for long. */
const SLICE = 128 * 1024;
/**
 * Files asked for ahead of the one being read: one git answers the reads in order, so a file
 * asked for early is there when its turn comes, rather than costing a round trip of its own.
 */
const READ_AHEAD = 8;
const ROLLBACK_SECTION = /^\s*--\s*rollback\b/im;

interface FileReport {
  path: string;
  framework: Framework;
  rollback: string[];
  ops: {
    line: number;
    kind: string;
    target?: string;
    statement: string;
    counted: boolean;
    rollbackPart: boolean;
    rules: string[];
  }[];
}

/**
 * Rollback evidence of a migration file. `exists` says whether a file is at head: a folder's
 * down.sql is rollback evidence for every migration in it, and is read once for them all.
 */
async function rollbackEvidence(
  exists: (path: string) => Promise<boolean>,
  path: string,
  text: string,
  hasDown: boolean,
  backup: RegExp,
): Promise<string[]> {
  const found: string[] = [];
  if (hasDown) found.push('down migration in the file');
  if (ROLLBACK_SECTION.test(text)) found.push('rollback section');
  if (backup.test(text)) found.push('backup marker');
  for (const sibling of downSiblings(path))
    if (sibling !== path && (await exists(sibling))) found.push(`down migration ${sibling}`);
  return found;
}

/**
 * A migration as the text it is. git calls a file binary when a NUL byte is among its first 8,000
 * bytes, which is also every other byte of a script saved as UTF-16 (as SQL Server's tools save
 * them): read as UTF-8, such a script is its characters with NULs between them, behind the two
 * replacement characters of its byte-order mark. Without its NULs it reads as written (its ASCII
 * does; statements are ASCII), line for line, and so does a text file with a stray NUL in it.
 */
function asText(text: string): string {
  if (!text.includes('\0')) return text;
  return text.replace(/^(?:\uFEFF|\uFFFD\uFFFD)/, '').replace(/\0/g, '');
}

/** What a migrations check does when it runs (src/checks/migrations/migrations.ts is its type). */
export async function runMigrations(spec: MigrationsSpec, ctx: CheckContext): Promise<CheckOutcome> {
  const got = await changeFor(ctx);
  if (got.outcome) return got.outcome;
  const { change, range } = got;
  const paths = globPathspecs(spec.paths, spec.exclude);
  const files = await change.files({ paths, signal: ctx.signal });
  const added = new Map<string, Set<number>>();
  /** Files the diff called binary: their changed lines are found by comparing their texts. */
  const binary = new Set<string>();
  await change.scan(
    {
      file: (h) => void (h.binary && h.path && binary.add(h.path)),
      added: (file, line) => void (added.get(file) ?? added.set(file, new Set()).get(file)!).add(line),
    },
    { paths, signal: ctx.signal },
  );
  const backup = new RegExp(spec.backupMarker, 'i');
  const ignored = new Set(spec.ignore.map(ruleFor).filter((r): r is RuleId => !!r));
  const levels = new Map<RuleId, FindingLevel>();
  for (const [id, level] of Object.entries(spec.levels)) {
    const rule = ruleFor(id);
    if (rule) levels.set(rule, level);
  }
  const pause = pacer(ctx.signal, SLICE);
  const findings: Finding[] = [];
  const reports: FileReport[] = [];
  const kinds = new Map<string, number>();
  const count = { destructive: 0, breaking: 0, lockRisks: 0, advice: 0 };
  // Tables this change creates (files in path order, as migration tools run them): nobody uses
  // them yet, so a later migration of the same change may index or constrain them freely.
  const created = new Set<string>();
  const present = new Map<string, Promise<boolean>>();
  const exists = (path: string): Promise<boolean> => {
    let known = present.get(path);
    if (!known) {
      known = change.read(range.head, path, { maxBytes: READ_MAX }).then((t) => t !== undefined);
      present.set(path, known);
    }
    return known;
  };
  const reads: (Promise<string | undefined> | undefined)[] = [];
  let asked = 0;
  /** The text of `files[i]` (at base for a deletion), asking for the next few files too. */
  const textOf = (i: number): Promise<string | undefined> | undefined => {
    for (; asked < files.length && asked <= i + READ_AHEAD; asked++) {
      const f = files[asked]!;
      const read =
        f.status !== 'D'
          ? change.read(range.head, f.path, { maxBytes: READ_MAX, signal: ctx.signal })
          : isDownFile(f.path)
            ? undefined
            : change.read(range.base, f.path);
      // Awaited in its turn; a check that stops before then must not leave it unhandled.
      read?.catch(() => undefined);
      reads[asked] = read;
      // A down file the change adds is also another file's rollback evidence: one read for both.
      if (read && f.status !== 'D' && !present.has(f.path)) {
        const known = read.then((t) => t !== undefined);
        known.catch(() => undefined);
        present.set(f.path, known);
      }
    }
    const read = reads[i];
    reads[i] = undefined;
    return read;
  };
  for (const [i, f] of files.entries()) {
    const read = textOf(i);
    if (f.status === 'D') {
      if (read && detectFramework(f.path, (await read) ?? ''))
        findings.push({
          level: 'warning',
          message: `migration file deleted: ${f.path} — if it ran anywhere, history and schema now disagree`,
          file: f.path,
        });
      continue;
    }
    const raw = await read;
    const text = raw === undefined ? undefined : asText(raw);
    const fw = text === undefined ? undefined : detectFramework(f.path, text);
    if (!fw || text === undefined || isDownFile(f.path)) continue;
    const lines = text.split(/\r?\n/);
    const down = downLines(fw, lines);
    const evidence = await rollbackEvidence(exists, f.path, text, hasWorkingDown(lines, down), backup);
    let touched = added.get(f.path) ?? new Set<number>();
    if (binary.has(f.path)) {
      const before =
        f.status === 'A'
          ? undefined
          : await change.read(range.base, f.oldPath ?? f.path, { maxBytes: READ_MAX, signal: ctx.signal });
      const fresh = gained(lines, before === undefined ? undefined : asText(before).split(/\r?\n/));
      touched = new Set([...fresh].map((i) => i + 1));
    }
    const report: FileReport = { path: f.path, framework: fw, rollback: evidence, ops: [] };
    reports.push(report);
    const tool = toolTransaction(fw, text, spec.assumeInTransaction);
    const state = () => fileState(spec.postgresVersion, tool, created);
    const ops: Op[] =
      fw === 'sql'
        ? (await sqlOps(text, state(), { pause, partOf: (l) => down[l] === true, nextPart: state })).ops
        : await frameworkOps(fw, text, state(), pause);
    const inline = fw === 'sql' ? inlineIgnores(text) : undefined;
    for (const op of ops) {
      const rollbackPart = down[op.line] === true;
      let counted = false;
      for (let l = op.line; l <= op.endLine && !counted; l++) counted = touched.has(l);
      report.ops.push({
        line: op.line,
        kind: op.kind,
        target: op.target,
        statement: excerpt(op.text),
        counted,
        rollbackPart,
        rules: [...(op.destructive ? [op.destructive] : []), ...op.risks.map((r) => r.rule)],
      });
      if (!counted || rollbackPart) continue;
      if (op.kind !== 'transaction') kinds.set(op.kind, (kinds.get(op.kind) ?? 0) + 1);
      if (op.kind === 'create-table' && op.target) created.add(tableKey(op.target));
      const rule = op.destructive;
      if (rule && !ignored.has(rule)) {
        const what = `${RULES[rule].why}${op.target ? ` ${op.target}` : ''}`;
        const why = op.reversible ? ['reverse operation in the call'] : evidence;
        if (why.length)
          findings.push({
            level: 'notice',
            message: `${what} — rollback evidence: ${why.join(', ')} [${rule}]`,
            file: f.path,
            line: op.clauseLine ?? op.line,
          });
        else {
          const level = levels.get(rule) ?? 'failure';
          if (level === 'failure') count.destructive++;
          findings.push({
            level,
            message: `${what} without rollback evidence — add a down migration, a rollback section, or a "-- backup: <where>" comment [${rule}]`,
            file: f.path,
            line: op.clauseLine ?? op.line,
          });
        }
      }
      if (spec.dialect !== 'postgresql') continue;
      for (const r of op.risks) {
        if (ignored.has(r.rule)) continue;
        const info = RULES[r.rule];
        const accepted = inline !== undefined && inlineIgnored(inline, r.rule, [op.line, r.line]);
        const level: FindingLevel = accepted
          ? 'notice'
          : (levels.get(r.rule) ?? (info.level === 'destructive' ? 'failure' : info.level));
        if (level === 'failure') count.breaking++;
        else if (level === 'warning') count.lockRisks++;
        else count.advice++;
        const target = r.target ?? op.target;
        findings.push({
          level,
          message: `${r.why ?? info.why}${target ? ` (${target})` : ''} — safer: ${r.instead ?? ('instead' in info ? info.instead : 'review it')} [${r.rule}]${accepted ? ' (accepted by a squawk-ignore comment)' : ''}`,
          file: f.path,
          line: r.line,
        });
      }
    }
    const due = pause(text.length);
    if (due) await due;
  }
  // Serialized here, as text: an object would be redacted value by value (thousands of
  // statements, targets and keys), as text it is redacted in one pass, and the seal redacts
  // the file again. Statements are excerpts with their literals emptied (excerpt).
  await ctx.evidence.write(
    'migrations.json',
    `${JSON.stringify({ range: rangeLabel(range), files: reports }, null, 2)}\n`,
  );
  findings.sort((a, b) => rank(a.level) - rank(b.level));
  const statements = [...kinds.values()].reduce((a, b) => a + b, 0);
  const metrics = {
    ...rangeMetrics(range),
    migrationFiles: reports.length,
    statements,
    destructive: count.destructive,
    breaking: count.breaking,
    lockRisks: count.lockRisks,
    advice: count.advice,
  };
  if (reports.length === 0 && findings.length === 0)
    return { status: 'pass', summary: `no migrations in ${rangeLabel(range)}`, metrics };
  const tally = [...kinds].map(([k, n]) => `${n} ${k}`).join(', ');
  const what = `${reports.length} migration file(s), ${statements} changed DDL statement(s)${tally ? ` (${tally})` : ''}`;
  const first = findings[0];
  const failures = findings.filter((x) => x.level === 'failure').length;
  if (failures) {
    const head =
      failures === count.destructive
        ? `${failures} destructive statement(s) without rollback evidence`
        : `${failures} failure(s)${count.destructive ? ` (${count.destructive} destructive without rollback evidence)` : ''}`;
    return {
      status: 'fail',
      score: 1,
      summary: `${head}, first: ${first!.file}:${first!.line}; ${what}`,
      findings,
      metrics,
    };
  }
  const warnings = findings.filter((x) => x.level === 'warning').length;
  if (warnings)
    return {
      status: 'warn',
      score: count.lockRisks ? 3 : 4,
      summary: `${warnings} warning(s), first: ${first!.message}; ${what}`,
      findings,
      metrics,
    };
  return { status: 'pass', summary: what, findings, metrics };
}

function rank(level: Finding['level']): number {
  return level === 'failure' ? 0 : level === 'warning' ? 1 : 2;
}
