import { z } from 'zod';
import { globPathspecs } from '../../change/pathspec.js';
import type { ChangeRange, ChangeSource } from '../../change/types.js';
import { regex } from '../fields.js';
import type { CheckOutcome, Finding } from '../../core/types.js';
import { changeFor, rangeLabel, rangeMetrics } from '../changeRange.js';
import {
  detectFramework,
  downLines,
  downSiblings,
  type Framework,
  frameworkOps,
  hasWorkingDown,
  isDownFile,
  type Op,
} from './frameworks.js';
import { classify, excerpt, splitSql } from './sql.js';
import { defineCheck } from '../types.js';

/** Where the usual tools keep migrations: plain SQL anywhere, Django/Alembic, Rails, Knex. */
export const DEFAULT_MIGRATION_PATHS = [
  '**/*.sql',
  '**/migrations/**/*.py',
  '**/alembic/versions/*.py',
  '**/db/migrate/*.rb',
  '**/migrations/**/*.js',
  '**/migrations/**/*.ts',
  '**/migrations/**/*.cjs',
  '**/migrations/**/*.mjs',
];
const DEFAULT_EXCLUDE = [
  '**/node_modules/**',
  '**/vendor/**',
  '**/db/structure.sql',
  '**/__init__.py',
  '**/env.py',
  '**/*.d.ts',
];

const LABEL: Record<string, string> = {
  'drop-table': 'DROP TABLE',
  'drop-column': 'DROP COLUMN',
  truncate: 'TRUNCATE',
  rename: 'RENAME',
  'delete-all': 'DELETE without WHERE',
  'drop-schema': 'DROP SCHEMA/DATABASE',
};
const READ_MAX = 8 * 1024 * 1024;

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
  }[];
}

async function rollbackEvidence(
  change: ChangeSource,
  range: ChangeRange,
  path: string,
  text: string,
  hasDown: boolean,
  backup: RegExp,
): Promise<string[]> {
  const found: string[] = [];
  if (hasDown) found.push('down migration in the file');
  if (/^\s*--\s*rollback\b/im.test(text)) found.push('rollback section');
  if (backup.test(text)) found.push('backup marker');
  for (const sibling of downSiblings(path))
    if (sibling !== path && (await change.read(range.head, sibling, { maxBytes: READ_MAX })) !== undefined)
      found.push(`down migration ${sibling}`);
  return found;
}

function opsOf(fw: Framework, text: string): Op[] {
  if (fw !== 'sql') return frameworkOps(fw, text);
  const newTables = new Set<string>();
  return splitSql(text).flatMap((st) =>
    classify(st.text, newTables).map((d) => ({
      ...d,
      line: st.startLine,
      endLine: st.endLine,
      text: st.text,
    })),
  );
}

export const migrationsCheck = defineCheck({
  type: 'migrations',
  description:
    'Migrations added between base and head: destructive DDL needs rollback evidence; PostgreSQL lock risks are warned with the safer form',
  defaults: { category: 'safety', enforcement: 'scored' },
  fields: z.object({
    paths: z.array(z.string().min(1)).default(DEFAULT_MIGRATION_PATHS).describe('Globs of migration files'),
    exclude: z.array(z.string().min(1)).default(DEFAULT_EXCLUDE).describe('Globs never read as migrations'),
    dialect: z
      .enum(['postgresql', 'mysql', 'sqlite', 'other'])
      .default('postgresql')
      .describe('Lock-risk warnings are given for PostgreSQL'),
    backupMarker: regex
      .default('(?:--|#|//|/\\*)\\s*(?:promotion-gate:\\s*)?backup\\b')
      .describe('A comment matching this in a migration counts as evidence a backup was taken'),
  }),
  async run(spec, ctx): Promise<CheckOutcome> {
    const got = await changeFor(ctx);
    if (got.outcome) return got.outcome;
    const { change, range } = got;
    const paths = globPathspecs(spec.paths, spec.exclude);
    const files = await change.files({ paths, signal: ctx.signal });
    const added = new Map<string, Set<number>>();
    await change.scan(
      { added: (file, line) => void (added.get(file) ?? added.set(file, new Set()).get(file)!).add(line) },
      { paths, signal: ctx.signal },
    );
    const backup = new RegExp(spec.backupMarker, 'i');
    const findings: Finding[] = [];
    const reports: FileReport[] = [];
    const kinds = new Map<string, number>();
    let destructive = 0;
    let risks = 0;
    for (const f of files) {
      if (f.status === 'D') {
        if (!isDownFile(f.path) && detectFramework(f.path, (await change.read(range.base, f.path)) ?? ''))
          findings.push({
            level: 'warning',
            message: `migration file deleted: ${f.path} — if it ran anywhere, history and schema now disagree`,
            file: f.path,
          });
        continue;
      }
      const text = await change.read(range.head, f.path, { maxBytes: READ_MAX, signal: ctx.signal });
      const fw = text === undefined ? undefined : detectFramework(f.path, text);
      if (!fw || text === undefined || isDownFile(f.path)) continue;
      const lines = text.split(/\r?\n/);
      const down = downLines(fw, lines);
      const evidence = await rollbackEvidence(
        change,
        range,
        f.path,
        text,
        hasWorkingDown(lines, down),
        backup,
      );
      const touched = added.get(f.path) ?? new Set<number>();
      const report: FileReport = { path: f.path, framework: fw, rollback: evidence, ops: [] };
      reports.push(report);
      for (const op of opsOf(fw, text)) {
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
        });
        if (!counted || rollbackPart) continue;
        kinds.set(op.kind, (kinds.get(op.kind) ?? 0) + 1);
        const what = `${LABEL[op.kind] ?? op.kind}${op.target ? ` ${op.target}` : ''}`;
        if (op.destructive) {
          const why = op.reversible ? ['reverse operation in the call'] : evidence;
          if (why.length)
            findings.push({
              level: 'notice',
              message: `${what} — rollback evidence: ${why.join(', ')}`,
              file: f.path,
              line: op.line,
            });
          else {
            destructive++;
            findings.push({
              level: 'failure',
              message: `${what} without rollback evidence — add a down migration, a rollback section, or a "-- backup: <where>" comment`,
              file: f.path,
              line: op.line,
            });
          }
        }
        if (op.risk && spec.dialect === 'postgresql') {
          risks++;
          findings.push({
            level: 'warning',
            message: `${op.risk.why}${op.target ? ` (${op.target})` : ''} — safer: ${op.risk.instead}`,
            file: f.path,
            line: op.line,
          });
        }
      }
    }
    await ctx.evidence.write('migrations.json', { range: rangeLabel(range), files: reports });
    findings.sort((a, b) => rank(a.level) - rank(b.level));
    const statements = [...kinds.values()].reduce((a, b) => a + b, 0);
    const metrics = {
      ...rangeMetrics(range),
      migrationFiles: reports.length,
      statements,
      destructive,
      lockRisks: risks,
    };
    if (reports.length === 0 && findings.length === 0)
      return { status: 'pass', summary: `no migrations in ${rangeLabel(range)}`, metrics };
    const tally = [...kinds].map(([k, n]) => `${n} ${k}`).join(', ');
    const what = `${reports.length} migration file(s), ${statements} changed DDL statement(s)${tally ? ` (${tally})` : ''}`;
    const first = findings[0];
    if (destructive)
      return {
        status: 'fail',
        score: 1,
        summary: `${destructive} destructive statement(s) without rollback evidence, first: ${first!.file}:${first!.line}; ${what}`,
        findings,
        metrics,
      };
    const warnings = findings.filter((x) => x.level === 'warning').length;
    if (warnings)
      return {
        status: 'warn',
        score: risks ? 3 : 4,
        summary: `${warnings} warning(s), first: ${first!.message}; ${what}`,
        findings,
        metrics,
      };
    return { status: 'pass', summary: what, findings, metrics };
  },
});

function rank(level: Finding['level']): number {
  return level === 'failure' ? 0 : level === 'warning' ? 1 : 2;
}
