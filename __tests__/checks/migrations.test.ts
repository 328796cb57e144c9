import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, type RuleId } from '../../src/checks/migrations/rules.js';
import { splitSql } from '../../src/checks/migrations/sql.js';
import type { CheckResult } from '../../src/core/types.js';
import { commit, makeRepo, source } from '../change/repo.js';
import { tempDir } from '../helpers/fs.js';
import { runCheck } from './run.js';

async function check(dir: string, base: string, spec: Record<string, unknown> = {}): Promise<CheckResult> {
  return runCheck('migrations', spec, {
    cwd: dir,
    outputDir: path.join(dir, '.out'),
    deps: { change: source(dir, { base }) },
  });
}

const ruleOf = (message: string) =>
  /\[([a-z0-9-]+)\](?: \(accepted[^)]*\))?$/.exec(message)?.[1] as RuleId | undefined;

/** Findings but the advice (notices of the style and re-run rules), in short. */
const brief = (r: CheckResult) =>
  r.findings
    .filter((f) => {
      const rule = ruleOf(f.message);
      return !rule || RULES[rule].level !== 'notice';
    })
    .map((f) => `${f.level} ${f.file}:${f.line} ${f.message.split(' — ')[0]}`);

describe('migrations check', () => {
  it('fails a destructive statement without rollback evidence and warns PostgreSQL lock risks, with lines', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, { 'prisma/schema.prisma': 'x\n' });
    await commit(dir, {
      'prisma/migrations/20240101000000_init/migration.sql': [
        'CREATE TABLE "users" (id bigserial PRIMARY KEY, email text NOT NULL);',
        'CREATE INDEX users_email ON "users" (email);',
        'ALTER TABLE users ADD COLUMN name text NOT NULL;',
        '',
      ].join('\n'),
      'prisma/migrations/20240301000000_cleanup/migration.sql': [
        '-- drop what the old importer used',
        'ALTER TABLE orders',
        '  DROP COLUMN legacy_ref,',
        '  ADD COLUMN status text NOT NULL;',
        "INSERT INTO notes VALUES ('a; DROP TABLE x;');",
        'CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN DELETE FROM t; RETURN NULL; END; $$ LANGUAGE plpgsql;',
        'CREATE INDEX orders_created ON orders (created_at);',
        'CREATE INDEX CONCURRENTLY orders_user ON orders (user_id);',
        'ALTER TABLE orders ALTER COLUMN total TYPE numeric(12, 2);',
        'ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);',
        'ALTER TABLE orders ADD CONSTRAINT orders_shop_fk FOREIGN KEY (shop_id) REFERENCES shops (id) NOT VALID;',
        "ALTER TABLE orders ADD COLUMN note text DEFAULT '' NOT NULL;",
        'TRUNCATE audit_log;',
        'ALTER TABLE customers RENAME TO clients;',
        '',
      ].join('\n'),
    });
    const r = await check(dir, base);
    const cleanup = 'prisma/migrations/20240301000000_cleanup/migration.sql';
    expect(brief(r)).toEqual([
      `failure ${cleanup}:3 DROP COLUMN orders.legacy_ref without rollback evidence`,
      `failure ${cleanup}:13 TRUNCATE audit_log without rollback evidence`,
      `failure ${cleanup}:14 RENAME customers → clients without rollback evidence`,
      `warning ${cleanup}:4 ADD COLUMN … NOT NULL without DEFAULT fails on a non-empty table (and blocks it while it checks) (orders.status)`,
      `warning ${cleanup}:7 CREATE INDEX without CONCURRENTLY blocks writes to the table while the index builds (orders)`,
      `warning ${cleanup}:9 ALTER COLUMN … TYPE rewrites the table under an exclusive lock (orders.total)`,
      `warning ${cleanup}:10 adding a foreign key validates every row while blocking writes to both tables (orders)`,
    ]);
    expect(r.findings.find((f) => f.line === 7)!.message).toContain(
      'safer: CREATE INDEX CONCURRENTLY (outside a transaction) [require-concurrent-index-creation]',
    );
    // The advice is there too, as notices: bigserial, and statements that cannot be run again.
    const advice = r.findings
      .filter((f) => f.level === 'notice')
      .map((f) => `${f.line} ${ruleOf(f.message)}`);
    expect(advice).toEqual(
      expect.arrayContaining(['1 prefer-identity', '1 prefer-robust-stmts', `8 prefer-robust-stmts`]),
    );
    expect(r.findings[0]!.message).toContain(
      'add a down migration, a rollback section, or a "-- backup: <where>" comment',
    );
    expect(r).toMatchObject({ status: 'fail', score: 1 });
    expect(r.summary).toMatch(
      new RegExp(
        `^3 destructive statement\\(s\\) without rollback evidence, first: ${cleanup}:3; 2 migration file\\(s\\)`,
      ),
    );
  });

  it('accepts destructive statements with rollback evidence: down files, down sections, rollback comments, backup markers', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, {});
    await commit(dir, {
      'db/migrations/000002_drop_flags.up.sql': 'DROP TABLE feature_flags;\n',
      'db/migrations/000002_drop_flags.down.sql': 'CREATE TABLE feature_flags (id int);\n',
      'db/goose/20240101_rename.sql':
        '-- +goose Up\nALTER TABLE a RENAME COLUMN b TO c;\n\n-- +goose Down\nALTER TABLE a RENAME COLUMN c TO b;\nDROP TABLE tmp;\n',
      'db/flyway/V3__drop_col.sql': 'ALTER TABLE t DROP COLUMN x;\n',
      'db/flyway/U3__drop_col.sql': 'ALTER TABLE t ADD COLUMN x int;\n',
      'db/flyway/V4__truncate.sql': 'TRUNCATE events;\n',
      'db/lb/changes.sql':
        '--changeset alice:1\nDROP TABLE old_stats;\n--rollback CREATE TABLE old_stats (id int);\n',
      'db/manual/purge.sql':
        '-- backup: s3://acme-db-backups/2024-05-01/sessions.dump (OPS-77)\nDELETE FROM sessions;\n',
    });
    const r = await check(dir, base);
    expect(brief(r)).toEqual([
      'failure db/flyway/V4__truncate.sql:1 TRUNCATE events without rollback evidence',
      'notice db/flyway/V3__drop_col.sql:1 DROP COLUMN t.x',
      'notice db/goose/20240101_rename.sql:2 RENAME a.b → c',
      'notice db/lb/changes.sql:2 DROP TABLE old_stats',
      'notice db/manual/purge.sql:2 DELETE without WHERE sessions',
      'notice db/migrations/000002_drop_flags.up.sql:1 DROP TABLE feature_flags',
    ]);
    const why = Object.fromEntries(
      r.findings
        .filter((f) => f.message.includes('rollback evidence: '))
        .map((f) => [f.file, f.message.split('rollback evidence: ')[1]!.replace(/ \[[a-z-]+\]$/, '')]),
    );
    expect(why).toMatchObject({
      'db/flyway/V3__drop_col.sql': 'down migration db/flyway/U3__drop_col.sql',
      'db/goose/20240101_rename.sql': 'down migration in the file',
      'db/lb/changes.sql': 'rollback section',
      'db/manual/purge.sql': 'backup marker',
      'db/migrations/000002_drop_flags.up.sql': 'down migration db/migrations/000002_drop_flags.down.sql',
    });
  });

  it('reads each migration once, and a down file many migrations share once for all of them', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, { 'db/migrations/down.sql': 'CREATE TABLE t0 (id bigint);\n' });
    const added: Record<string, string> = {};
    for (let i = 1; i <= 12; i++)
      added[`db/migrations/${String(i).padStart(4, '0')}_drop.sql`] = `DROP TABLE t${i};\n`;
    await commit(dir, added);
    const change = source(dir, { base });
    const reads: string[] = [];
    const r = await runCheck(
      'migrations',
      {},
      {
        cwd: dir,
        outputDir: path.join(dir, '.out'),
        deps: {
          change: {
            ...change,
            read: (rev, p, o) => {
              reads.push(p);
              return change.read(rev, p, o);
            },
          },
        },
      },
    );
    expect(brief(r)).toHaveLength(12);
    expect(
      r.findings.filter((f) =>
        f.message.includes('rollback evidence: down migration db/migrations/down.sql'),
      ),
    ).toHaveLength(12);
    expect(reads.filter((p) => p === 'db/migrations/down.sql')).toHaveLength(1);
    expect(reads.filter((p) => p !== 'db/migrations/down.sql').sort()).toEqual(Object.keys(added).sort());
  });

  it('counts only added or changed statements, and warns when a migration file is deleted', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, {
      'migrations/001.sql': 'DROP TABLE ancient;\n',
      'migrations/002.sql': 'CREATE TABLE a (id int);\n',
    });
    await commit(dir, {
      'migrations/001.sql': 'DROP TABLE ancient;\nCREATE TABLE b (id int);\n',
      'migrations/002.sql': null,
    });
    const r = await check(dir, base);
    expect(brief(r)).toEqual([
      'warning migrations/002.sql:undefined migration file deleted: migrations/002.sql',
    ]);
    expect(r).toMatchObject({ status: 'warn', score: 4, metrics: { statements: 1, destructive: 0 } });
  });

  it('reads Django, Alembic, Rails and Knex migrations', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, {});
    await commit(dir, {
      'shop/migrations/0007_cleanup.py': [
        'from django.db import migrations, models',
        '',
        'class Migration(migrations.Migration):',
        '    operations = [',
        "        migrations.RemoveField(model_name='order', name='legacy'),",
        "        migrations.RunSQL('DROP TABLE shop_tmp', reverse_sql='CREATE TABLE shop_tmp (id int)'),",
        "        migrations.AddIndex(model_name='order', index=models.Index(fields=['created'], name='o_created')),",
        '    ]',
        '',
      ].join('\n'),
      'alembic/versions/3f2a_users.py': [
        'from alembic import op',
        'import sqlalchemy as sa',
        '',
        'def upgrade():',
        "    op.drop_column('users', 'nickname')",
        "    op.create_index('ix_users_email', 'users', ['email'])",
        '    op.add_column(',
        "        'users',",
        "        sa.Column('plan', sa.Text(), nullable=False),",
        '    )',
        '',
        'def downgrade():',
        "    op.add_column('users', sa.Column('nickname', sa.Text()))",
        "    op.drop_table('plans')",
        '',
      ].join('\n'),
      'db/migrate/20240501_remove_phone.rb': [
        'class RemovePhone < ActiveRecord::Migration[7.1]',
        '  def change',
        '    remove_column :users, :phone, :string',
        '    add_index :users, :created_at',
        '    add_index :users, :email, algorithm: :concurrently',
        '    execute <<~SQL',
        '      DROP TABLE phone_cache;',
        '    SQL',
        '  end',
        'end',
        '',
      ].join('\n'),
      'migrations/20240501_sessions.js': [
        'exports.up = async (knex) => {',
        "  await knex.schema.alterTable('sessions', (t) => { t.dropColumn('ip'); });",
        "  await knex.raw('TRUNCATE login_attempts');",
        '};',
        'exports.down = async () => {',
        "  throw new Error('irreversible');",
        '};',
        '',
      ].join('\n'),
    });
    const r = await check(dir, base);
    expect(brief(r)).toEqual([
      'failure db/migrate/20240501_remove_phone.rb:3 DROP COLUMN users.phone without rollback evidence',
      'failure db/migrate/20240501_remove_phone.rb:5 add_index … algorithm: :concurrently cannot run inside a transaction block (Rails runs this migration in one): PostgreSQL rejects it and the migration fails (users)',
      'failure db/migrate/20240501_remove_phone.rb:7 DROP TABLE phone_cache without rollback evidence',
      'failure migrations/20240501_sessions.js:2 DROP COLUMN sessions.ip without rollback evidence',
      'failure migrations/20240501_sessions.js:3 TRUNCATE login_attempts without rollback evidence',
      'failure shop/migrations/0007_cleanup.py:5 DROP COLUMN order.legacy without rollback evidence',
      'warning alembic/versions/3f2a_users.py:6 CREATE INDEX without CONCURRENTLY blocks writes to the table while the index builds (users)',
      'warning alembic/versions/3f2a_users.py:7 ADD COLUMN … NOT NULL without DEFAULT fails on a non-empty table (and blocks it while it checks) (users)',
      'warning db/migrate/20240501_remove_phone.rb:4 CREATE INDEX without CONCURRENTLY blocks writes to the table while the index builds (users)',
      'warning shop/migrations/0007_cleanup.py:7 CREATE INDEX without CONCURRENTLY blocks writes to the table while the index builds (order)',
      'notice alembic/versions/3f2a_users.py:5 DROP COLUMN users.nickname',
      'notice shop/migrations/0007_cleanup.py:6 DROP TABLE shop_tmp',
    ]);
    expect(r.findings.find((f) => f.line === 6 && f.file?.endsWith('0007_cleanup.py'))!.message).toContain(
      'reverse operation in the call',
    );
  });

  it('passes without migrations and gives no lock warnings for other databases', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, {});
    await commit(dir, { 'src/app.ts': 'x\n' });
    const none = await check(dir, base);
    expect(none).toMatchObject({
      status: 'pass',
      summary: expect.stringMatching(/^no migrations in \w{7}\.\.\w{7}$/),
    });
    const head = await commit(dir, { 'migrations/003.sql': 'CREATE INDEX i ON t (c);\n' });
    const mysql = await check(dir, base, { dialect: 'mysql' });
    expect(mysql).toMatchObject({
      status: 'pass',
      summary: '1 migration file(s), 1 changed DDL statement(s) (1 create-index)',
    });
    expect(head).toMatch(/^[0-9a-f]{40}$/);
  });

  it('fails a statement PostgreSQL rejects, and keeps literals out of messages and evidence', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, {});
    const pepper = ['hunter', '2', '-pepper'].join('');
    await commit(dir, {
      'db/migrations/0002_tokens.sql': [
        'BEGIN;',
        `ALTER TABLE users ADD COLUMN token text DEFAULT encode(digest('${pepper}', 'sha256'), 'hex');`,
        'CREATE INDEX CONCURRENTLY IF NOT EXISTS users_token_idx ON users (token);',
        'COMMIT;',
        '',
      ].join('\n'),
    });
    const r = await check(dir, base);
    const file = 'db/migrations/0002_tokens.sql';
    expect(brief(r)).toEqual([
      `failure ${file}:3 CREATE INDEX CONCURRENTLY cannot run inside a transaction block: PostgreSQL rejects it and the migration fails (users)`,
      `warning ${file}:2 DEFAULT encode(digest('…', '…'), '…') is volatile: ADD COLUMN computes it for every row, rewriting the table under an ACCESS EXCLUSIVE lock (users.token)`,
    ]);
    expect(r.findings[0]!.message).toMatch(
      / — safer: COMMIT before it, or move it to a migration of its own \[ban-concurrent-index-creation-in-transaction\]$/,
    );
    expect(r).toMatchObject({
      status: 'fail',
      score: 1,
      summary: expect.stringMatching(
        new RegExp(`^1 failure\\(s\\), first: ${file}:3; 1 migration file\\(s\\)`),
      ),
      metrics: { destructive: 0, breaking: 1, lockRisks: 1 },
    });
    const evidence = await readFile(
      path.join(dir, '.out', 'evidence', 'migrations', 'migrations.json'),
      'utf8',
    );
    expect(JSON.stringify(r)).not.toContain(pepper);
    expect(evidence).not.toContain(pepper);
    expect(JSON.parse(evidence).files[0].ops[1]).toMatchObject({
      line: 2,
      kind: 'add-column',
      rules: ['adding-field-with-default'],
      statement: expect.stringContaining("digest('…', '…')"),
    });
  });

  it('takes squawk ignore lists and comments, and levels per rule', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, {});
    await commit(dir, {
      'db/migrations/0003_lookup.sql': [
        'CREATE TABLE lookup (id int);',
        '-- squawk-ignore require-concurrent-index-creation',
        'CREATE INDEX lookup_id_idx ON orders (lookup_id);',
        'ALTER TABLE orders ALTER COLUMN lookup_id TYPE bigint;',
        'ALTER TABLE orders ALTER COLUMN lookup_id SET NOT NULL;',
        '',
      ].join('\n'),
    });
    const r = await check(dir, base, {
      ignore: ['prefer-robust-stmts', 'changing-column-type'],
      levels: { 'prefer-bigint-over-int': 'warning', 'adding-not-nullable-field': 'notice' },
    });
    const file = 'db/migrations/0003_lookup.sql';
    expect(r.findings.map((f) => `${f.level} ${f.line} ${ruleOf(f.message)}`)).toEqual([
      'warning 1 prefer-bigint-over-int',
      'notice 3 require-concurrent-index-creation',
      'notice 5 adding-not-nullable-field',
    ]);
    expect(r.findings[1]!.message).toMatch(
      /\[require-concurrent-index-creation\] \(accepted by a squawk-ignore comment\)$/,
    );
    expect(r).toMatchObject({ status: 'warn', score: 3, metrics: { lockRisks: 1, advice: 2 } });
    expect(r.findings.every((f) => f.file === file)).toBe(true);
  });

  it('splits SQL on semicolons outside quotes, dollar quotes and comments, with line numbers', () => {
    const sql =
      "-- a; comment\nSELECT 'x;y';\n/* b;\n c */ CREATE FUNCTION f() AS $body$ a; b; $body$;\nDROP\n  TABLE t;";
    expect(splitSql(sql).map((s) => [s.startLine, s.endLine, s.text])).toEqual([
      [2, 2, "SELECT 'x;y'"],
      [4, 4, 'CREATE FUNCTION f() AS $body$ a; b; $body$'],
      [5, 6, 'DROP TABLE t'],
    ]);
  });
});
