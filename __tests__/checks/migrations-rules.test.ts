import { setImmediate as turn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { configModel } from '../../src/app/configModel.js';
import { compareConfigs } from '../../src/checks/integrity/compare.js';
import { checkType } from '../../src/checks/registry.js';
import { parseConfig } from '../../src/config/load.js';
import { fileState } from '../../src/checks/migrations/state.js';
import { isStableDefault, tokenize, typeRisks } from '../../src/checks/migrations/columns.js';
import { frameworkOps, toolTransaction } from '../../src/checks/migrations/frameworks.js';
import {
  inlineIgnored,
  inlineIgnores,
  RULE_IDS,
  RULES,
  ruleFor,
  ruleIdProblem,
} from '../../src/checks/migrations/rules.js';
import { excerpt, splitSql } from '../../src/checks/migrations/sql.js';
import { type Op, pacer, sqlOps } from '../../src/checks/migrations/sqlOps.js';

/** `line rule` of every risk the SQL has, read as one file. */
async function risks(
  sql: string,
  opts: { postgresVersion?: number; assumed?: boolean } = {},
): Promise<string[]> {
  const tool = toolTransaction('sql', sql, opts.assumed ?? false);
  const make = () => fileState(opts.postgresVersion ?? 15, tool);
  const { ops } = await sqlOps(sql, make(), { nextPart: make });
  return ops.flatMap((op) => op.risks.map((r) => `${r.line} ${r.rule}`));
}

const ruleLines = (ops: Op[]) => ops.flatMap((op) => op.risks.map((r) => `${r.line} ${r.rule}`));

describe('migration rules', () => {
  it('names every rule after squawk where squawk has it, with a safer form for every non-destructive rule', () => {
    expect(RULE_IDS).toEqual(
      expect.arrayContaining(['adding-field-with-default', 'prefer-robust-stmts', 'transaction-nesting']),
    );
    for (const id of RULE_IDS) {
      const info = RULES[id];
      expect(id).toMatch(/^[a-z]+(?:-[a-z0-9]+)+$/);
      if (info.level !== 'destructive') expect('instead' in info && info.instead.length > 5).toBe(true);
    }
    expect(ruleFor('prefer-timestamp-tz')).toBe('prefer-timestamptz');
    expect(ruleFor(' Require-Concurrent-Index-Creation ')).toBe('require-concurrent-index-creation');
    expect(ruleFor('require-lock-timeout')).toBeNull();
    expect(ruleFor('constructor')).toBeUndefined();
    expect(ruleFor('__proto__')).toBeUndefined();
    expect(ruleIdProblem('prefer-big-int-over-int')).toMatch(
      /^unknown rule "prefer-big-int-over-int" \(did you mean "prefer-bigint-over-int"\?\)/,
    );
    expect(ruleIdProblem('toString')).toMatch(/^unknown rule "toString": /);
  });

  it('rejects unknown rule ids in ignore and levels, naming the key, and accepts squawk-only ids', () => {
    const fields = checkType('migrations')!.fields;
    const bad = fields.safeParse({
      ignore: ['require-lock-timeout', 'ban-drop-colum'],
      levels: { 'prefer-robust-stmts': 'warning', 'no-such-rule': 'failure', 'ban-char-field': 'loud' },
    });
    expect(bad.success).toBe(false);
    const issues = bad.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toEqual([
      expect.stringMatching(/^ignore\.1: unknown rule "ban-drop-colum" \(did you mean "ban-drop-column"\?\)/),
      'levels.ban-char-field: Invalid option: expected one of "failure"|"warning"|"notice"',
      expect.stringMatching(/^levels\.no-such-rule: unknown rule "no-such-rule"/),
    ]);
    const good = fields.parse({
      ignore: ['require-timeout-settings', 'prefer-timestamp-tz'],
      postgresVersion: 9.6,
    });
    expect(good).toMatchObject({ postgresVersion: 9.6, assumeInTransaction: false, levels: {} });
    expect(fields.safeParse({ postgresVersion: 8 }).success).toBe(false);
  });

  it('counts a rule added to the ignore list as a weakening of the gate', () => {
    const model = (ignore: string) =>
      configModel(
        parseConfig(
          'promotion-gate.yml',
          `version: 1\nprofiles:\n  prod: { checks: [m] }\nchecks:\n  m: { type: migrations, ignore: [${ignore}] }\n`,
        ),
      );
    const changes = compareConfigs(
      model('prefer-robust-stmts'),
      model('prefer-robust-stmts, adding-field-with-default'),
      new Date(),
    );
    expect(changes.map((c) => `${c.kind} ${c.key}`)).toEqual(['weakening checks.m.ignore']);
  });

  it('reads squawk-ignore comments for the line, the next line and the whole file', () => {
    const sql = [
      '-- squawk-ignore ban-drop-column, renaming-column -- reviewed',
      'ALTER TABLE t DROP COLUMN c;',
      '/* squawk-ignore-file prefer-timestamp-tz */',
      'SELECT 1; -- squawk-ignore prefer-robust-stmts',
      '-- squawk-ignoreX ban-char-field',
    ].join('\n');
    const ignores = inlineIgnores(sql);
    expect(inlineIgnored(ignores, 'ban-drop-column', [2])).toBe(true);
    expect(inlineIgnored(ignores, 'renaming-column', [1])).toBe(true);
    expect(inlineIgnored(ignores, 'ban-drop-column', [3])).toBe(false);
    expect(inlineIgnored(ignores, 'prefer-timestamptz', [99])).toBe(true);
    expect(inlineIgnored(ignores, 'prefer-robust-stmts', [4])).toBe(true);
    expect(inlineIgnored(ignores, 'ban-char-field', [5, 6])).toBe(false);
    expect(inlineIgnored(inlineIgnores('-- squawk-ignore-file\n'), 'transaction-nesting', [7])).toBe(true);
  });
});

describe('SQL statements', () => {
  it('splits on semicolons outside quotes, E-strings, dollar quotes, comments and BEGIN ATOMIC bodies', () => {
    const sql = [
      '-- a; comment',
      "SELECT 'x;y', E'it\\'s;';",
      '/* b;',
      ' c */ CREATE FUNCTION f() AS $body$ a; b; $body$;',
      'CREATE FUNCTION g() RETURNS int LANGUAGE sql',
      'BEGIN ATOMIC SELECT CASE WHEN 1 = 1 THEN 1 END; SELECT 2; END;',
      'DROP',
      '  TABLE t; SELECT 3',
    ].join('\n');
    expect(splitSql(sql).map((s) => [s.startLine, s.endLine, s.text])).toEqual([
      [2, 2, "SELECT 'x;y', E'it\\'s;'"],
      [4, 4, 'CREATE FUNCTION f() AS $body$ a; b; $body$'],
      [
        5,
        6,
        'CREATE FUNCTION g() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN 1 = 1 THEN 1 END; SELECT 2; END',
      ],
      [7, 8, 'DROP TABLE t'],
      [8, 8, 'SELECT 3'],
    ]);
  });

  it('shows statements with their literals and bodies emptied, and cuts long ones in one pass', () => {
    expect(excerpt("CREATE USER app PASSWORD 'hunter2''s' ; SELECT E'a\\'b'")).toBe(
      "CREATE USER app PASSWORD '…' ; SELECT E'…'",
    );
    expect(excerpt('DO $x$ secret $x$; DO $$ unterminated')).toBe('DO $$…$$; DO $$…$$');
    expect(excerpt(`SELECT '${'p'.repeat(5000)}`)).toBe("SELECT '…'");
    const long = excerpt(`INSERT INTO t VALUES ${'(1),'.repeat(1_000_000)}(1)`, 40);
    expect(long).toHaveLength(40);
    expect(long.endsWith('…')).toBe(true);
  });

  it('tells constant and non-volatile defaults from volatile ones', () => {
    const stable = (s: string) => isStableDefault(tokenize(s));
    for (const s of [
      "'{}'::jsonb",
      'now()',
      'CURRENT_TIMESTAMP',
      'current_timestamp(3)',
      "interval '1 day'",
      '-1',
      'ARRAY[]::text[]',
      "('a' || 'b')",
      "'x'::character varying(3)",
      'true',
    ])
      expect([s, stable(s)]).toEqual([s, true]);
    for (const s of [
      'gen_random_uuid()',
      'random()',
      'clock_timestamp()',
      "nextval('s')",
      "lower('X')",
      'uuid_generate_v4()',
      'ARRAY(SELECT 1)',
      '"col"',
    ])
      expect([s, stable(s)]).toEqual([s, false]);
  });

  it('reads column types as the style rules see them', () => {
    const rules = (t: string) => typeRisks(t, 0).map((r) => r.rule);
    expect(rules('serial PRIMARY KEY')).toEqual(['prefer-bigint-over-int', 'prefer-identity']);
    expect(rules('int4[]')).toEqual(['prefer-bigint-over-int']);
    expect(rules('smallserial')).toEqual(['prefer-bigint-over-smallint', 'prefer-identity']);
    expect(rules('bigserial')).toEqual(['prefer-identity']);
    expect(rules('pg_catalog.varchar(20)')).toEqual(['prefer-text-field']);
    expect(rules('character varying(20)')).toEqual(['prefer-text-field']);
    expect(rules('varchar')).toEqual([]);
    expect(rules('timestamp(3) without time zone')).toEqual(['prefer-timestamptz']);
    expect(rules('TIMESTAMP WITH TIME ZONE')).toEqual([]);
    expect(rules('timestamptz')).toEqual([]);
    expect(rules('char(2)')).toEqual(['ban-char-field']);
    expect(rules('character')).toEqual(['ban-char-field']);
    expect(rules('bigint')).toEqual([]);
    expect(rules('interval')).toEqual([]);
  });
});

describe('SQL risks', () => {
  it('reports the clause at fault on its own line, several statements of a line each', async () => {
    expect(
      await risks(
        [
          'BEGIN;',
          'ALTER TABLE orders',
          '  ADD COLUMN note text,',
          '  ADD COLUMN token uuid',
          '    DEFAULT gen_random_uuid(),',
          '  ALTER COLUMN total TYPE int;',
          'CREATE INDEX a ON orders (x); DROP INDEX b;',
          'COMMIT;',
        ].join('\n'),
      ),
    ).toEqual([
      '5 adding-field-with-default',
      '6 changing-column-type',
      '6 prefer-bigint-over-int',
      '7 require-concurrent-index-creation',
      '7 require-concurrent-index-deletion',
    ]);
  });

  it('keeps clause lines across block comments and literals that span lines', async () => {
    const sql = [
      'BEGIN;',
      'ALTER TABLE t /* a',
      'b */ ADD COLUMN x text NOT NULL, -- c',
      "  ADD COLUMN y text DEFAULT 'two",
      "lines', ADD COLUMN z int NOT NULL,",
      '',
      '  ALTER COLUMN w TYPE text;',
      'COMMIT;',
    ].join('\n');
    expect(await risks(sql)).toEqual([
      '3 adding-required-field',
      '5 adding-required-field',
      '5 prefer-bigint-over-int',
      '7 changing-column-type',
    ]);
  });

  it('follows the transaction through the file: nesting, CONCURRENTLY inside, left open', async () => {
    expect(
      await risks(
        [
          'COMMIT;',
          'START TRANSACTION ISOLATION LEVEL SERIALIZABLE;',
          'SAVEPOINT s;',
          'ROLLBACK TO SAVEPOINT s;',
          'DROP INDEX CONCURRENTLY IF EXISTS a;',
          'END;',
          'REINDEX TABLE CONCURRENTLY t;',
          'BEGIN;',
          'BEGIN;',
          'ALTER TABLE t DETACH PARTITION p CONCURRENTLY;',
        ].join('\n'),
      ),
    ).toEqual([
      '1 transaction-nesting',
      '5 ban-concurrent-index-creation-in-transaction',
      '9 transaction-nesting',
      '10 ban-concurrent-index-creation-in-transaction',
      '8 ban-uncommitted-transaction',
    ]);
  });

  it('lets SET NOT NULL pass only after a validated CHECK (column IS NOT NULL), from PostgreSQL 12', async () => {
    const pattern = [
      'ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;',
      'ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;',
      'ALTER TABLE users ALTER COLUMN email SET NOT NULL;',
      'ALTER TABLE users ALTER COLUMN name SET NOT NULL;',
      'ALTER TABLE accounts ALTER COLUMN email SET NOT NULL;',
    ].join('\n');
    const lockRisks = (r: string[]) => r.filter((x) => !/robust/.test(x));
    expect(lockRisks(await risks(pattern))).toEqual([
      '4 adding-not-nullable-field',
      '5 adding-not-nullable-field',
    ]);
    expect(lockRisks(await risks(pattern, { postgresVersion: 11 }))).toEqual([
      '3 adding-not-nullable-field',
      '4 adding-not-nullable-field',
      '5 adding-not-nullable-field',
    ]);
    // A check on another column, or an OR, proves nothing about this one.
    expect(
      lockRisks(
        await risks(
          [
            'ALTER TABLE users ADD CONSTRAINT c1 CHECK (email IS NOT NULL OR name IS NOT NULL) NOT VALID;',
            'ALTER TABLE users VALIDATE CONSTRAINT c1;',
            'ALTER TABLE users ALTER COLUMN email SET NOT NULL;',
          ].join('\n'),
        ),
      ),
    ).toEqual(['3 adding-not-nullable-field']);
  });

  it('judges ADD COLUMN defaults by volatility, and any default before PostgreSQL 11', async () => {
    const sql = [
      'BEGIN;',
      "ALTER TABLE t ADD COLUMN a text NOT NULL DEFAULT 'x';",
      'ALTER TABLE t ADD COLUMN b timestamptz DEFAULT now() NOT NULL;',
      'ALTER TABLE t ADD COLUMN c uuid NOT NULL DEFAULT gen_random_uuid();',
      'ALTER TABLE t ADD COLUMN d bigint GENERATED BY DEFAULT AS IDENTITY;',
      'ALTER TABLE t ADD COLUMN e text DEFAULT NULL;',
      'COMMIT;',
    ].join('\n');
    expect(await risks(sql)).toEqual(['4 adding-field-with-default', '5 adding-field-with-default']);
    expect(await risks(sql, { postgresVersion: 10 })).toEqual([
      '2 adding-field-with-default',
      '3 adding-field-with-default',
      '4 adding-field-with-default',
      '5 adding-field-with-default',
    ]);
  });

  it('drops CONCURRENTLY-in-transaction for a file of one statement only when the transaction is assumed', async () => {
    const one = 'CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON t (c);';
    expect(await risks(one, { assumed: true })).toEqual([]);
    expect(await risks(`${one}\n${one}`, { assumed: true })).toEqual([
      '1 ban-concurrent-index-creation-in-transaction',
      '2 ban-concurrent-index-creation-in-transaction',
    ]);
    expect(await risks(`-- migrate:up\n${one}\n-- migrate:down\nSELECT 1;`)).toEqual([
      '2 ban-concurrent-index-creation-in-transaction',
    ]);
    expect(await risks(`-- migrate:up transaction:false\n${one}`)).toEqual([]);
    expect(await risks(`-- +migrate Up notransaction\n${one}`)).toEqual([]);
  });

  it('ends each part of a file on its own: a BEGIN open at the end of the up part is reported there', async () => {
    const sql = [
      '-- +goose Up',
      '-- +goose NO TRANSACTION',
      'BEGIN;',
      'SELECT 1;',
      '-- +goose Down',
      'SELECT 2;',
    ].join('\n');
    const tool = toolTransaction('sql', sql, false);
    const make = () => fileState(15, tool);
    const lines = sql.split('\n');
    const { ops } = await sqlOps(sql, make(), { partOf: (l) => l > 4 && lines.length > 0, nextPart: make });
    expect(ruleLines(ops)).toEqual(['3 ban-uncommitted-transaction']);
  });

  it('reads names in any script, quoted or not, as it reads ASCII ones', async () => {
    const sql = [
      'CREATE TABLE "Заказы" (id bigint PRIMARY KEY, примечание text);',
      'ALTER TABLE заказы DROP COLUMN IF EXISTS примечание;',
      'CREATE INDEX IF NOT EXISTS idx_naïve ON schéma.naïve (a);',
      'ALTER TABLE schéma.naïve ALTER COLUMN größe TYPE bigint;',
      'TRUNCATE ONLY café;',
    ].join('\n');
    const { ops } = await sqlOps(sql, fileState(15, { by: 'goose', off: '-- +goose NO TRANSACTION' }));
    expect(ops.map((op) => `${op.line} ${op.kind} ${op.target}`)).toEqual([
      '1 create-table заказы',
      '2 drop-column заказы.примечание',
      '3 create-index schéma.naïve',
      '4 alter-column-type schéma.naïve.größe',
      '5 truncate café',
    ]);
    // The table was created earlier in the file: nothing of the second statement blocks anyone.
    expect(ruleLines(ops)).toEqual(['3 require-concurrent-index-creation', '4 changing-column-type']);
  });

  it('gives the event loop a turn only when one is due, so most statements are not awaited', async () => {
    const controller = new AbortController();
    const pause = pacer(controller.signal, 100);
    expect(pause(60)).toBeUndefined();
    const due = pause(60);
    expect(due).toBeInstanceOf(Promise);
    await due;
    expect(pause(99)).toBeUndefined();
    controller.abort();
    await expect(pause(1)!).rejects.toThrow();
  });

  it('gives the event loop turns while it reads a big file', async () => {
    const sql = 'ALTER TABLE t ADD COLUMN IF NOT EXISTS c text;\n'.repeat(20_000);
    let turns = 0;
    let running = true;
    const tick = async () => {
      while (running) {
        await turn();
        turns++;
      }
    };
    const ticking = tick();
    const controller = new AbortController();
    await sqlOps(sql, fileState(15), { pause: pacer(controller.signal, 64 * 1024) });
    running = false;
    await ticking;
    // Nothing in sqlOps waits for I/O: every turn the ticker got was a turn the reader gave.
    expect(turns).toBeGreaterThanOrEqual(Math.floor(sql.length / (64 * 1024)) - 1);
    controller.abort();
    await expect(
      sqlOps(sql, fileState(15), { pause: pacer(controller.signal, 64 * 1024) }),
    ).rejects.toThrow();
  });
});

describe('framework risks', () => {
  it('follows Alembic autocommit blocks and SQL run through op.execute', async () => {
    const py = [
      'from alembic import op',
      '',
      'def upgrade():',
      "    op.create_index('ix_a', 'users', ['a'], postgresql_concurrently=True)",
      '    with op.get_context().autocommit_block():',
      "        op.create_index('ix_b', 'users', ['b'], postgresql_concurrently=True)",
      "    op.drop_index('ix_c', table_name='users', postgresql_concurrently=True)",
      "    op.execute('COMMIT')",
      "    op.execute('CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_d ON users (d)')",
      "    op.add_column('users', sa.Column('token', sa.Text(), server_default=sa.text('gen_random_uuid()')))",
      "    op.add_column('users', sa.Column('created', sa.DateTime(), server_default=sa.func.now(), nullable=False))",
    ].join('\n');
    const ops = await frameworkOps('alembic', py, fileState(15, toolTransaction('alembic', py, false)));
    expect(ruleLines(ops)).toEqual([
      '4 ban-concurrent-index-creation-in-transaction',
      '7 ban-concurrent-index-creation-in-transaction',
      '8 transaction-nesting',
      '10 adding-field-with-default',
    ]);
  });

  it('reads Rails defaults, not-null changes, references and foreign keys with the file’s state', async () => {
    const rb = [
      'class AddPlan < ActiveRecord::Migration[7.1]',
      '  def change',
      '    add_column :users, :plan, :string, null: false',
      '    add_column :users, :token, :uuid, default: -> { "gen_random_uuid()" }',
      '    add_column :users, :tier, :string, null: false, default: "free"',
      '    change_column_null :users, :email, false',
      '    change_column_null :users, :nickname, true',
      '    add_foreign_key :orders, :users, validate: false, name: "orders_user_fk"',
      '    validate_foreign_key :orders, name: "orders_user_fk"',
      '    add_reference :orders, :shop, foreign_key: true',
      '    add_reference :orders, :seller, index: false',
      '    create_table :refunds do |t|',
      '    end',
      '    add_foreign_key :refunds, :orders',
      '  end',
      'end',
    ].join('\n');
    const ops = await frameworkOps('rails', rb, fileState(15, toolTransaction('rails', rb, false)));
    expect(ruleLines(ops)).toEqual([
      '3 adding-required-field',
      '4 adding-field-with-default',
      '6 adding-not-nullable-field',
      '7 ban-drop-not-null',
      '9 constraint-missing-not-valid',
      '10 adding-foreign-key-constraint',
      '10 require-concurrent-index-creation',
    ]);
  });

  it('reads Knex chains in alterTable callbacks, not those of createTable', async () => {
    const js = [
      'exports.up = async (knex) => {',
      "  await knex.schema.createTable('a', (t) => { t.string('x').notNullable().unique(); });",
      "  await knex.schema.table('b', (t) => {",
      "    t.uuid('id').defaultTo(knex.fn.uuid());",
      "    t.timestamp('at').notNullable().defaultTo(knex.fn.now());",
      "    t.integer('n').notNullable(); t.dropNullable('m');",
      "    t.setNullable('k');",
      "    t.bigIncrements('seq');",
      "    t.text('digest').defaultTo(knex.raw(\"md5('pepper-value')\"));",
      '  });',
      '};',
    ].join('\n');
    const ops = await frameworkOps('knex', js, fileState(15, toolTransaction('knex', js, false)));
    expect(ruleLines(ops)).toEqual([
      '4 adding-field-with-default',
      '6 adding-required-field',
      '6 adding-not-nullable-field',
      '7 ban-drop-not-null',
      '8 adding-field-with-default',
      '9 adding-field-with-default',
    ]);
    const digest = ops.flatMap((op) => op.risks).find((r) => r.line === 9)!;
    expect(digest.why).toMatch(/^default md5\('…'\) is volatile/);
  });
});
