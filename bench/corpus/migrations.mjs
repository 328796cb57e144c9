// Planted lock risks, failing statements and destructive changes in migrations, and the safe form of
// each as a decoy (see README.md). Rule ids are squawk's (https://squawkhq.com/docs/rules) where
// squawk has the rule; every expected finding names its rule, so a miss says which rule missed.

const text = (...rows) => `${rows.join('\n')}\n`;

/** A plain SQL migration; `expect` lists [line, rule id] pairs. */
function sql(id, note, rows, expect = [], more = {}) {
  const file = more.file ?? `db/migrations/20240501000000_${id.replaceAll('-', '_')}.sql`;
  return {
    id,
    planted: expect.length > 0,
    note,
    ...(more.spec ? { spec: more.spec } : {}),
    ...(more.base ? { base: more.base } : {}),
    head: { [file]: text(...rows), ...(more.head ?? {}) },
    ...(expect.length
      ? { expect: expect.map(([line, rule]) => ({ file, line, match: `\\[${rule}\\]` })) }
      : {}),
  };
}

/** A framework migration at `file`. */
function framework(id, note, file, rows, expect = [], more = {}) {
  return sql(id, note, rows, expect, { ...more, file });
}

const DJANGO = ['from django.db import migrations, models', '', 'class Migration(migrations.Migration):'];
const RAILS = (body, extra = []) => [
  'class ChangeUsers < ActiveRecord::Migration[7.1]',
  ...extra,
  '  def change',
  ...body.map((l) => `    ${l}`),
  '  end',
  'end',
];
const ALEMBIC = ['from alembic import op', 'import sqlalchemy as sa', '', 'def upgrade():'];
const KNEX = (body, extra = []) => [
  ...extra,
  'exports.up = async (knex) => {',
  ...body.map((l) => `  ${l}`),
  '};',
  'exports.down = async (knex) => {',
  "  await knex.schema.dropTableIfExists('nothing');",
  '};',
];

export const cases = [
  // Lock risks: PostgreSQL takes a lock that blocks a busy table while the statement runs.
  sql(
    'require-concurrent-index-creation',
    'CREATE INDEX without CONCURRENTLY',
    ['CREATE INDEX IF NOT EXISTS users_email_idx ON users (email);'],
    [[1, 'require-concurrent-index-creation']],
  ),
  sql(
    'require-concurrent-index-deletion',
    'DROP INDEX without CONCURRENTLY',
    ['DROP INDEX IF EXISTS users_email_idx;'],
    [[1, 'require-concurrent-index-deletion']],
  ),
  sql(
    'require-concurrent-reindex',
    'REINDEX without CONCURRENTLY',
    ['REINDEX INDEX users_email_idx;'],
    [[1, 'require-concurrent-reindex']],
  ),
  sql(
    'require-concurrent-partition-detach',
    'DETACH PARTITION without CONCURRENTLY',
    ['ALTER TABLE events DETACH PARTITION events_2023;'],
    [[1, 'require-concurrent-partition-detach']],
  ),
  sql(
    'adding-required-field',
    'ADD COLUMN NOT NULL without a default',
    ['ALTER TABLE users ADD COLUMN IF NOT EXISTS plan text NOT NULL;'],
    [[1, 'adding-required-field']],
  ),
  sql(
    'adding-not-nullable-field',
    'SET NOT NULL scans the table',
    ['ALTER TABLE users ALTER COLUMN email SET NOT NULL;'],
    [[1, 'adding-not-nullable-field']],
  ),
  sql(
    'adding-not-nullable-field-unvalidated-check',
    'SET NOT NULL after a check that is never validated',
    [
      'ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;',
      'ALTER TABLE users ALTER COLUMN email SET NOT NULL;',
    ],
    [[2, 'adding-not-nullable-field']],
  ),
  sql(
    'adding-not-nullable-field-pg11',
    'CHECK-then-SET NOT NULL does not help before PostgreSQL 12',
    [
      'ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;',
      'ALTER TABLE users ALTER COLUMN email SET NOT NULL;',
    ],
    [[2, 'adding-not-nullable-field']],
    { spec: { postgresVersion: 11 } },
  ),
  sql(
    'adding-field-with-default-volatile',
    'a volatile default rewrites the table',
    ['ALTER TABLE users ADD COLUMN IF NOT EXISTS token uuid DEFAULT gen_random_uuid();'],
    [[1, 'adding-field-with-default']],
  ),
  sql(
    'adding-field-with-default-clock',
    'clock_timestamp() is volatile',
    ['ALTER TABLE users ADD COLUMN IF NOT EXISTS seen_at timestamptz NOT NULL DEFAULT clock_timestamp();'],
    [[1, 'adding-field-with-default']],
  ),
  sql(
    'adding-field-with-default-pg10',
    'any default rewrites the table before PostgreSQL 11',
    ['ALTER TABLE users ADD COLUMN IF NOT EXISTS active boolean NOT NULL DEFAULT true;'],
    [[1, 'adding-field-with-default']],
    { spec: { postgresVersion: 10 } },
  ),
  sql(
    'adding-field-with-default-generated',
    'a stored generated column rewrites the table',
    [
      'ALTER TABLE orders ADD COLUMN IF NOT EXISTS total_cents bigint GENERATED ALWAYS AS (price_cents * quantity) STORED;',
    ],
    [[1, 'adding-field-with-default']],
  ),
  sql(
    'adding-field-with-default-serial',
    'adding a bigserial column numbers every row',
    ['ALTER TABLE events ADD COLUMN IF NOT EXISTS seq bigserial;'],
    [[1, 'adding-field-with-default']],
  ),
  sql(
    'adding-serial-primary-key-field',
    'ADD PRIMARY KEY builds its index under lock',
    ['BEGIN;', 'ALTER TABLE accounts ADD PRIMARY KEY (id);', 'COMMIT;'],
    [[2, 'adding-serial-primary-key-field']],
  ),
  sql(
    'disallowed-unique-constraint',
    'ADD CONSTRAINT UNIQUE builds its index under lock',
    ['BEGIN;', 'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);', 'COMMIT;'],
    [[2, 'disallowed-unique-constraint']],
  ),
  sql(
    'disallowed-unique-constraint-column',
    'ADD COLUMN … UNIQUE',
    ['ALTER TABLE users ADD COLUMN IF NOT EXISTS handle text UNIQUE;'],
    [[1, 'disallowed-unique-constraint']],
  ),
  sql(
    'adding-foreign-key-constraint',
    'a foreign key validated at once',
    [
      'BEGIN;',
      'ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);',
      'COMMIT;',
    ],
    [[2, 'adding-foreign-key-constraint']],
  ),
  sql(
    'adding-foreign-key-constraint-column',
    'ADD COLUMN … REFERENCES',
    ['ALTER TABLE orders ADD COLUMN IF NOT EXISTS shop_id bigint REFERENCES shops (id);'],
    [[1, 'adding-foreign-key-constraint']],
  ),
  sql(
    'constraint-missing-not-valid',
    'a CHECK validated at once',
    ['BEGIN;', 'ALTER TABLE accounts ADD CONSTRAINT positive_balance CHECK (balance >= 0);', 'COMMIT;'],
    [[2, 'constraint-missing-not-valid']],
  ),
  sql(
    'constraint-missing-not-valid-same-transaction',
    'NOT VALID and VALIDATE in one transaction',
    [
      'BEGIN;',
      'ALTER TABLE accounts ADD CONSTRAINT positive_balance CHECK (balance >= 0) NOT VALID;',
      'ALTER TABLE accounts VALIDATE CONSTRAINT positive_balance;',
      'COMMIT;',
    ],
    [[3, 'constraint-missing-not-valid']],
  ),
  sql(
    'changing-column-type',
    'ALTER COLUMN TYPE rewrites the table',
    ['ALTER TABLE orders ALTER COLUMN total TYPE numeric(12, 2);'],
    [[1, 'changing-column-type']],
  ),
  sql(
    'ban-drop-not-null',
    'DROP NOT NULL surprises running code',
    ['ALTER TABLE users ALTER COLUMN email DROP NOT NULL;'],
    [[1, 'ban-drop-not-null']],
  ),
  sql(
    'ban-truncate-cascade',
    'TRUNCATE … CASCADE empties the tables that refer to it',
    ['-- backup: s3://acme-db-backups/2024-05-01/audit_log.dump', 'TRUNCATE audit_log CASCADE;'],
    [[2, 'ban-truncate-cascade']],
  ),
  sql(
    'ban-alter-domain-with-add-constraint',
    'ALTER DOMAIN … ADD CONSTRAINT',
    ["ALTER DOMAIN email_address ADD CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%');"],
    [[1, 'ban-alter-domain-with-add-constraint']],
  ),
  sql(
    'prefer-repack',
    'VACUUM FULL rewrites the table under lock',
    ['VACUUM FULL orders;'],
    [[1, 'prefer-repack']],
  ),
  sql(
    'prefer-repack-cluster',
    'CLUSTER rewrites the table under lock',
    ['CLUSTER orders USING orders_pkey;'],
    [[1, 'prefer-repack']],
  ),

  // Statements that fail, or never apply.
  sql(
    'ban-concurrent-index-creation-in-transaction',
    'CONCURRENTLY inside BEGIN … COMMIT',
    ['BEGIN;', 'CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email_idx ON users (email);', 'COMMIT;'],
    [[2, 'ban-concurrent-index-creation-in-transaction']],
  ),
  sql(
    'ban-concurrent-index-creation-in-goose',
    'goose runs the file in a transaction',
    ['-- +goose Up', 'CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email_idx ON users (email);'],
    [[2, 'ban-concurrent-index-creation-in-transaction']],
  ),
  sql(
    'ban-concurrent-index-creation-assumed',
    'assumeInTransaction and more than one statement',
    [
      'ALTER TABLE users ADD COLUMN IF NOT EXISTS nickname text;',
      'CREATE INDEX CONCURRENTLY IF NOT EXISTS users_nickname_idx ON users (nickname);',
    ],
    [[2, 'ban-concurrent-index-creation-in-transaction']],
    { spec: { assumeInTransaction: true } },
  ),
  sql(
    'ban-uncommitted-transaction',
    'BEGIN without COMMIT',
    ['BEGIN;', 'ALTER TABLE users ADD COLUMN IF NOT EXISTS nickname text;'],
    [[1, 'ban-uncommitted-transaction']],
  ),
  sql(
    'transaction-nesting',
    'BEGIN inside an open transaction',
    [
      'BEGIN;',
      'BEGIN;',
      'CREATE TABLE IF NOT EXISTS widgets (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);',
      'COMMIT;',
    ],
    [[2, 'transaction-nesting']],
  ),
  sql(
    'transaction-nesting-commit',
    'COMMIT without a transaction',
    ['CREATE TABLE IF NOT EXISTS widgets (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);', 'COMMIT;'],
    [[2, 'transaction-nesting']],
  ),

  // Destructive: fails without rollback evidence.
  sql(
    'ban-drop-table',
    'DROP TABLE without rollback evidence',
    ['DROP TABLE IF EXISTS legacy_sessions;'],
    [[1, 'ban-drop-table']],
  ),
  sql(
    'ban-drop-column',
    'DROP COLUMN without rollback evidence',
    ['ALTER TABLE users DROP COLUMN IF EXISTS legacy_ref;'],
    [[1, 'ban-drop-column']],
  ),
  sql('ban-drop-database', 'DROP DATABASE', ['DROP DATABASE staging_copy;'], [[1, 'ban-drop-database']]),
  sql(
    'renaming-table',
    'RENAME TO breaks code using the old name',
    ['ALTER TABLE customers RENAME TO clients;'],
    [[1, 'renaming-table']],
  ),
  sql(
    'renaming-column',
    'RENAME COLUMN breaks code using the old name',
    ['ALTER TABLE users RENAME COLUMN name TO full_name;'],
    [[1, 'renaming-column']],
  ),
  sql(
    'ban-truncate',
    'TRUNCATE without rollback evidence',
    ['TRUNCATE login_attempts;'],
    [[1, 'ban-truncate']],
  ),

  // Advice (notices): types that age badly, statements that cannot be re-run.
  sql(
    'ban-create-domain-with-constraint',
    'CREATE DOMAIN with a CHECK',
    ["CREATE DOMAIN email_address AS text CHECK (VALUE LIKE '%@%');"],
    [[1, 'ban-create-domain-with-constraint']],
  ),
  sql(
    'prefer-bigint-over-int',
    'int primary key',
    ['CREATE TABLE IF NOT EXISTS posts (id int PRIMARY KEY);'],
    [[1, 'prefer-bigint-over-int']],
  ),
  sql(
    'prefer-bigint-over-smallint',
    'smallint column',
    ['CREATE TABLE IF NOT EXISTS posts (id bigint PRIMARY KEY, rank smallint);'],
    [[1, 'prefer-bigint-over-smallint']],
  ),
  sql(
    'prefer-identity',
    'bigserial column',
    ['CREATE TABLE IF NOT EXISTS posts (id bigserial PRIMARY KEY);'],
    [[1, 'prefer-identity']],
  ),
  sql(
    'prefer-text-field',
    'varchar(n) column',
    [
      'CREATE TABLE IF NOT EXISTS posts (',
      '  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,',
      '  title varchar(200) NOT NULL',
      ');',
    ],
    [[3, 'prefer-text-field']],
  ),
  sql(
    'prefer-timestamptz',
    'timestamp without time zone',
    [
      'CREATE TABLE IF NOT EXISTS posts (',
      '  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,',
      '  published_at timestamp without time zone',
      ');',
    ],
    [[3, 'prefer-timestamptz']],
  ),
  sql(
    'ban-char-field',
    'char(n) column',
    ['CREATE TABLE IF NOT EXISTS posts (id bigint PRIMARY KEY, code char(10));'],
    [[1, 'ban-char-field']],
  ),
  sql(
    'identifier-too-long',
    'a name PostgreSQL truncates',
    [
      'CREATE TABLE IF NOT EXISTS table_very_long_very_long_very_long_very_long_very_long_very_long (id bigint);',
    ],
    [[1, 'identifier-too-long']],
  ),
  sql(
    'prefer-robust-stmts',
    'CREATE TABLE outside a transaction without IF NOT EXISTS',
    ['CREATE TABLE widgets (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);'],
    [[1, 'prefer-robust-stmts']],
  ),
  sql(
    'require-enum-value-ordering',
    'ADD VALUE appends',
    ["ALTER TYPE order_status ADD VALUE 'archived';"],
    [[1, 'require-enum-value-ordering']],
  ),

  // Parsing: lines, comments, quotes, dollar quotes, several statements on a line.
  sql(
    'clause-line',
    'a statement over several lines reports the clause at fault',
    [
      'ALTER TABLE orders',
      '  ADD COLUMN IF NOT EXISTS note text,',
      '  ADD COLUMN IF NOT EXISTS status text NOT NULL;',
    ],
    [[3, 'adding-required-field']],
  ),
  sql(
    'two-statements-one-line',
    'two statements on one line',
    ['CREATE INDEX CONCURRENTLY IF NOT EXISTS a_idx ON a (x); DROP INDEX IF EXISTS b_idx;'],
    [[1, 'require-concurrent-index-deletion']],
  ),
  sql(
    'after-dollar-body',
    'a function body holding DDL, then a real lock risk',
    [
      'CREATE OR REPLACE FUNCTION touch() RETURNS trigger AS $fn$',
      'BEGIN',
      '  EXECUTE $q$CREATE INDEX i ON t (c)$q$;',
      '  RETURN NEW;',
      'END;',
      '$fn$ LANGUAGE plpgsql;',
      'CREATE INDEX IF NOT EXISTS orders_created_idx ON orders (created_at);',
    ],
    [[7, 'require-concurrent-index-creation']],
  ),
  sql(
    'after-comments',
    'DDL in comments, then a real one',
    [
      '-- CREATE INDEX old_idx ON orders (x);',
      '/* DROP INDEX x; /* nested */ ALTER TABLE t ALTER COLUMN c SET NOT NULL; */',
      'ALTER TABLE "Orders" ALTER COLUMN "Total" TYPE bigint;',
    ],
    [[3, 'changing-column-type']],
  ),
  sql(
    'quoted-identifiers',
    'quoted names',
    ['CREATE INDEX IF NOT EXISTS "Users_Email" ON "public"."Users" ("Email");'],
    [[1, 'require-concurrent-index-creation']],
  ),
  sql(
    'escape-string',
    "an E'…' string with an escaped quote holding a semicolon",
    ["INSERT INTO notes (body) VALUES (E'it\\'s; DROP TABLE x');", 'DROP INDEX IF EXISTS notes_body_idx;'],
    [[2, 'require-concurrent-index-deletion']],
  ),

  // Decoys: the safe form of each.
  sql('safe-index', 'CREATE INDEX CONCURRENTLY outside a transaction', [
    'CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email_idx ON users (email);',
  ]),
  sql('safe-drop-index', 'DROP INDEX CONCURRENTLY', ['DROP INDEX CONCURRENTLY IF EXISTS users_email_idx;']),
  sql('safe-reindex', 'REINDEX CONCURRENTLY', ['REINDEX INDEX CONCURRENTLY users_email_idx;']),
  sql('safe-detach', 'DETACH PARTITION CONCURRENTLY', [
    'ALTER TABLE events DETACH PARTITION events_2023 CONCURRENTLY;',
  ]),
  sql('safe-add-column', 'nullable column, and NOT NULL with a constant default (PostgreSQL 11+)', [
    'ALTER TABLE users ADD COLUMN IF NOT EXISTS nickname text;',
    'ALTER TABLE users ADD COLUMN IF NOT EXISTS active boolean NOT NULL DEFAULT true;',
    "ALTER TABLE users ADD COLUMN IF NOT EXISTS settings jsonb NOT NULL DEFAULT '{}'::jsonb;",
    'ALTER TABLE users ADD COLUMN IF NOT EXISTS created_at timestamptz NOT NULL DEFAULT now();',
    'ALTER TABLE users ADD COLUMN IF NOT EXISTS updated_at timestamptz DEFAULT CURRENT_TIMESTAMP;',
    "ALTER TABLE users ADD COLUMN IF NOT EXISTS ttl interval DEFAULT interval '30 days';",
    'ALTER TABLE users ADD COLUMN IF NOT EXISTS tags text[] DEFAULT ARRAY[]::text[];',
    'ALTER TABLE users ADD COLUMN IF NOT EXISTS score bigint NOT NULL DEFAULT -1;',
  ]),
  sql('safe-foreign-key', 'NOT VALID, then VALIDATE in its own transaction', [
    'ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_user_fk;',
    'ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;',
    'ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;',
  ]),
  sql('safe-check', 'CHECK NOT VALID, then VALIDATE', [
    'BEGIN;',
    'ALTER TABLE accounts ADD CONSTRAINT positive_balance CHECK (balance >= 0) NOT VALID;',
    'COMMIT;',
    'BEGIN;',
    'ALTER TABLE accounts VALIDATE CONSTRAINT positive_balance;',
    'COMMIT;',
  ]),
  sql(
    'safe-set-not-null',
    'CHECK (col IS NOT NULL) NOT VALID, VALIDATE, then SET NOT NULL (PostgreSQL 12+)',
    [
      'ALTER TABLE users DROP CONSTRAINT IF EXISTS users_email_nn;',
      'ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;',
      'ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;',
      'ALTER TABLE users ALTER COLUMN email SET NOT NULL;',
      'ALTER TABLE users DROP CONSTRAINT IF EXISTS users_email_nn;',
    ],
  ),
  sql('safe-set-not-null-quoted', 'the same with quoted names and pg_dump parentheses', [
    'ALTER TABLE "users" DROP CONSTRAINT IF EXISTS "users_email_nn";',
    'ALTER TABLE "users" ADD CONSTRAINT "users_email_nn" CHECK ((("email") IS NOT NULL)) NOT VALID;',
    'ALTER TABLE "users" VALIDATE CONSTRAINT "users_email_nn";',
    'ALTER TABLE "users" ALTER COLUMN "email" SET NOT NULL;',
  ]),
  sql('safe-set-not-null-later-migration', 'the check was added by an earlier migration', [
    'ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;',
    'ALTER TABLE users ALTER COLUMN email SET NOT NULL;',
  ]),
  sql('safe-unique', 'a unique index built concurrently, then the constraint USING it', [
    'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_email_key ON users (email);',
    'ALTER TABLE users DROP CONSTRAINT IF EXISTS users_email_key;',
    'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;',
  ]),
  sql('safe-primary-key', 'PRIMARY KEY USING INDEX', [
    'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS accounts_pk_idx ON accounts (id);',
    'BEGIN;',
    'ALTER TABLE accounts ADD CONSTRAINT accounts_pk PRIMARY KEY USING INDEX accounts_pk_idx;',
    'COMMIT;',
  ]),
  sql('safe-new-table', 'bigint identity, text, timestamptz; indexes and keys on a table created here', [
    'BEGIN;',
    'CREATE TABLE payments (',
    '  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,',
    '  user_id bigint NOT NULL REFERENCES users (id),',
    '  memo text NOT NULL,',
    "  currency text NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3),",
    '  paid_at timestamptz NOT NULL DEFAULT now(),',
    '  created timestamp with time zone,',
    '  ref varchar',
    ');',
    'CREATE INDEX payments_user_idx ON payments (user_id);',
    'ALTER TABLE payments ADD CONSTRAINT payments_memo_len CHECK (length(memo) < 500);',
    'ALTER TABLE payments ADD COLUMN note text NOT NULL;',
    'ALTER TABLE payments ALTER COLUMN memo SET NOT NULL;',
    'COMMIT;',
  ]),
  sql('safe-enum-value', 'ADD VALUE with its position', [
    "ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'archived' AFTER 'shipped';",
  ]),
  sql('safe-atomic-body', 'a SQL-standard function body with semicolons', [
    'CREATE OR REPLACE FUNCTION add_one(i bigint) RETURNS bigint LANGUAGE sql',
    'BEGIN ATOMIC',
    '  SELECT CASE WHEN i IS NULL THEN 0 ELSE i END;',
    '  SELECT i + 1;',
    'END;',
    'CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_total_idx ON orders (total);',
  ]),
  sql('safe-strings', 'DDL inside strings and function bodies', [
    "INSERT INTO audit (note) VALUES ('DROP TABLE users; CREATE INDEX i ON t (c);');",
    'DO $$ BEGIN CREATE INDEX i ON t (c); COMMIT; END $$;',
    "UPDATE settings SET value = 'x' WHERE key = 'y';",
    'DELETE FROM sessions WHERE expires_at < now();',
    "SET lock_timeout = '2s';",
    "ALTER TABLE users ALTER COLUMN plan SET DEFAULT 'free';",
  ]),
  sql('safe-truncate-with-backup', 'TRUNCATE with a backup marker, no CASCADE', [
    '-- backup: s3://acme-db-backups/2024-05-01/login_attempts.dump',
    'TRUNCATE login_attempts;',
  ]),
  sql(
    'safe-drop-with-down-file',
    'DROP TABLE with a down migration beside it',
    ['DROP TABLE IF EXISTS legacy_sessions;'],
    [],
    {
      file: 'db/migrations/000002_drop_sessions.up.sql',
      head: { 'db/migrations/000002_drop_sessions.down.sql': 'CREATE TABLE legacy_sessions (id bigint);\n' },
    },
  ),
  sql('safe-goose-down', 'a lock risk in the goose Down part is the rollback', [
    '-- +goose Up',
    '-- +goose NO TRANSACTION',
    'CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email_idx ON users (email);',
    '',
    '-- +goose Down',
    'DROP INDEX users_email_idx;',
  ]),
  sql(
    'safe-single-statement-assumed',
    'assumeInTransaction: a file of one CONCURRENTLY statement runs alone',
    ['CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email_idx ON users (email);'],
    [],
    { spec: { assumeInTransaction: true } },
  ),
  sql('safe-squawk-ignore', 'squawk-ignore comments accept a statement', [
    '-- squawk-ignore require-concurrent-index-creation',
    'CREATE INDEX IF NOT EXISTS tiny_lookup_idx ON tiny_lookup (code);',
    'ALTER TABLE tiny_lookup ALTER COLUMN code SET NOT NULL; -- squawk-ignore adding-not-nullable-field',
  ]),
  sql(
    'safe-ignore-list',
    "squawk's ignore list carried over in the config",
    [
      'CREATE INDEX IF NOT EXISTS tiny_lookup_idx ON tiny_lookup (code);',
      'ALTER TABLE tiny_lookup ALTER COLUMN code TYPE text;',
    ],
    [],
    { spec: { ignore: ['require-concurrent-index-creation', 'changing-column-type'] } },
  ),
  sql('safe-mysql', 'lock rules are PostgreSQL’s', ['CREATE INDEX users_email_idx ON users (email);'], [], {
    spec: { dialect: 'mysql' },
  }),
  sql(
    'safe-unchanged-statement',
    'a lock risk committed before the change does not count',
    [
      'CREATE INDEX users_email_idx ON users (email);',
      'CREATE INDEX CONCURRENTLY IF NOT EXISTS users_name_idx ON users (name);',
    ],
    [],
    {
      base: {
        'db/migrations/20240501000000_safe_unchanged_statement.sql':
          'CREATE INDEX users_email_idx ON users (email);\n',
      },
    },
  ),

  sql(
    'safe-table-from-earlier-migration',
    'an index and a foreign key on a table an earlier migration of the same change creates',
    [
      'CREATE INDEX payouts_user_idx ON payouts (user_id);',
      'ALTER TABLE payouts ADD CONSTRAINT payouts_user_fk FOREIGN KEY (user_id) REFERENCES users (id);',
    ],
    [],
    {
      head: {
        'db/migrations/20240430000000_payouts.sql':
          'CREATE TABLE IF NOT EXISTS payouts (id bigint, user_id bigint);\n',
      },
    },
  ),
  sql(
    'table-from-earlier-release',
    'the same on a table an earlier release created',
    [
      'CREATE INDEX payouts_user_idx ON payouts (user_id);',
      'ALTER TABLE payouts ADD CONSTRAINT payouts_user_fk FOREIGN KEY (user_id) REFERENCES users (id);',
    ],
    [
      [1, 'require-concurrent-index-creation'],
      [2, 'adding-foreign-key-constraint'],
    ],
    {
      base: {
        'db/migrations/20240430000000_payouts.sql':
          'CREATE TABLE IF NOT EXISTS payouts (id bigint, user_id bigint);\n',
      },
    },
  ),

  // Django
  framework(
    'django-add-unique-constraint',
    'AddConstraint(UniqueConstraint)',
    'shop/migrations/0008_unique.py',
    [
      ...DJANGO,
      '    operations = [',
      '        migrations.AddConstraint(',
      "            model_name='order',",
      "            constraint=models.UniqueConstraint(fields=['number'], name='order_number_uniq'),",
      '        ),',
      '    ]',
    ],
    [[5, 'disallowed-unique-constraint']],
  ),
  framework(
    'django-add-check-constraint',
    'AddConstraint(CheckConstraint)',
    'shop/migrations/0009_check.py',
    [
      ...DJANGO,
      '    operations = [',
      "        migrations.AddConstraint(model_name='order', constraint=models.CheckConstraint(check=models.Q(total__gte=0), name='order_total_gte_0')),",
      '    ]',
    ],
    [[5, 'constraint-missing-not-valid']],
  ),
  framework(
    'django-alter-unique-together',
    'AlterUniqueTogether',
    'shop/migrations/0010_together.py',
    [
      ...DJANGO,
      '    operations = [',
      "        migrations.AlterUniqueTogether(name='order', unique_together={('shop', 'number')}),",
      '    ]',
    ],
    [[5, 'disallowed-unique-constraint']],
  ),
  framework(
    'django-concurrent-in-atomic',
    'AddIndexConcurrently in an atomic migration',
    'shop/migrations/0011_idx.py',
    [
      'from django.contrib.postgres.operations import AddIndexConcurrently',
      ...DJANGO,
      '    operations = [',
      "        AddIndexConcurrently('order', models.Index(fields=['created'], name='order_created_idx')),",
      '    ]',
    ],
    [[6, 'ban-concurrent-index-creation-in-transaction']],
  ),
  framework(
    'django-safe',
    'concurrent index with atomic = False; constraints on a model created here',
    'shop/migrations/0012_safe.py',
    [
      'from django.contrib.postgres.operations import AddIndexConcurrently',
      ...DJANGO,
      '    atomic = False',
      '    operations = [',
      "        AddIndexConcurrently('order', models.Index(fields=['created'], name='order_created_idx')),",
      "        migrations.CreateModel(name='Refund', fields=[('id', models.BigAutoField(primary_key=True))]),",
      "        migrations.AddConstraint(model_name='refund', constraint=models.UniqueConstraint(fields=['id'], name='refund_uniq')),",
      "        migrations.AlterUniqueTogether(name='order', unique_together=set()),",
      '    ]',
    ],
  ),

  // Rails
  framework(
    'rails-remove-index',
    'remove_index without algorithm: :concurrently',
    'db/migrate/20240501000001_drop_idx.rb',
    RAILS(['remove_index :users, :email']),
    [[3, 'require-concurrent-index-deletion']],
  ),
  framework(
    'rails-add-check-constraint',
    'add_check_constraint validated at once',
    'db/migrate/20240501000002_check.rb',
    RAILS(['add_check_constraint :orders, "total >= 0", name: "orders_total_positive"']),
    [[3, 'constraint-missing-not-valid']],
  ),
  framework(
    'rails-concurrent-in-transaction',
    'algorithm: :concurrently without disable_ddl_transaction!',
    'db/migrate/20240501000003_idx.rb',
    RAILS(['add_index :users, :email, algorithm: :concurrently']),
    [[3, 'ban-concurrent-index-creation-in-transaction']],
  ),
  framework(
    'rails-safe',
    'concurrent index work outside the transaction; NOT VALID check; index on a new table',
    'db/migrate/20240501000004_safe.rb',
    RAILS(
      [
        'remove_index :users, :legacy, algorithm: :concurrently',
        'add_index :users, :email, algorithm: :concurrently',
        'add_check_constraint :orders, "total >= 0", name: "orders_total_positive", validate: false',
        'create_table :refunds do |t|',
        '  t.bigint :order_id',
        'end',
        'add_index :refunds, :order_id',
      ],
      ['  disable_ddl_transaction!'],
    ),
  ),
  framework(
    'rails-safe-not-null',
    'strong_migrations: validate the check, then change_column_null',
    'db/migrate/20240501000005_nn.rb',
    RAILS([
      'validate_check_constraint :users, name: "users_email_null"',
      'change_column_null :users, :email, false',
      'remove_check_constraint :users, name: "users_email_null"',
    ]),
  ),

  // Alembic
  framework(
    'alembic-drop-index',
    'op.drop_index without postgresql_concurrently',
    'alembic/versions/a1_drop_idx.py',
    [...ALEMBIC, "    op.drop_index('ix_users_email', table_name='users')"],
    [[5, 'require-concurrent-index-deletion']],
  ),
  framework(
    'alembic-unique-constraint',
    'op.create_unique_constraint',
    'alembic/versions/a2_unique.py',
    [...ALEMBIC, "    op.create_unique_constraint('uq_users_email', 'users', ['email'])"],
    [[5, 'disallowed-unique-constraint']],
  ),
  framework(
    'alembic-check-constraint',
    'op.create_check_constraint without postgresql_not_valid',
    'alembic/versions/a3_check.py',
    [
      ...ALEMBIC,
      '    op.create_check_constraint(',
      "        'ck_orders_total', 'orders', 'total >= 0',",
      '    )',
    ],
    [[5, 'constraint-missing-not-valid']],
  ),
  framework(
    'alembic-safe',
    'autocommit block for concurrent index work, NOT VALID check, the not-null pattern',
    'alembic/versions/a4_safe.py',
    [
      ...ALEMBIC,
      '    with op.get_context().autocommit_block():',
      "        op.drop_index('ix_users_legacy', table_name='users', postgresql_concurrently=True)",
      "        op.create_index('ix_users_email', 'users', ['email'], postgresql_concurrently=True)",
      "    op.create_check_constraint('ck_orders_total', 'orders', 'total >= 0', postgresql_not_valid=True)",
      "    op.execute('ALTER TABLE users VALIDATE CONSTRAINT users_email_nn')",
      "    op.alter_column('users', 'email', nullable=False)",
    ],
  ),

  // Knex
  framework(
    'knex-index',
    't.index on an existing table',
    'migrations/20240501_knex_index.js',
    KNEX([
      "await knex.schema.alterTable('users', (t) => {",
      "  t.index(['email'], 'users_email_idx');",
      '});',
    ]),
    [[3, 'require-concurrent-index-creation']],
  ),
  framework(
    'knex-not-nullable',
    'a new NOT NULL column without a default',
    'migrations/20240501_knex_nn.js',
    KNEX([
      "await knex.schema.alterTable('users', (t) => {",
      "  t.string('plan')",
      '    .notNullable();',
      '});',
    ]),
    [[4, 'adding-required-field']],
  ),
  framework(
    'knex-not-nullable-alter',
    'notNullable().alter() on an existing column',
    'migrations/20240501_knex_alter.js',
    KNEX([
      "await knex.schema.alterTable('users', function (table) {",
      "  table.text('email').notNullable().alter();",
      '});',
    ]),
    [
      [3, 'adding-not-nullable-field'],
      [3, 'changing-column-type'],
    ],
  ),
  framework(
    'knex-foreign',
    't.foreign on an existing table',
    'migrations/20240501_knex_fk.js',
    KNEX([
      "await knex.schema.alterTable('orders', (t) => {",
      "  t.foreign('user_id').references('users.id');",
      '});',
    ]),
    [[3, 'adding-foreign-key-constraint']],
  ),
  framework(
    'knex-drop-index',
    't.dropIndex',
    'migrations/20240501_knex_dropidx.js',
    KNEX([
      "await knex.schema.alterTable('users', (t) => {",
      "  t.dropIndex(['email'], 'users_email_idx');",
      '});',
    ]),
    [[3, 'require-concurrent-index-deletion']],
  ),
  framework(
    'knex-unique',
    't.unique on an existing table',
    'migrations/20240501_knex_unique.js',
    KNEX(["await knex.schema.alterTable('users', (t) => {", "  t.unique(['email']);", '});']),
    [[3, 'disallowed-unique-constraint']],
  ),
  framework(
    'knex-safe',
    'a new table with its keys; raw concurrent index outside the transaction',
    'migrations/20240501_knex_safe.js',
    KNEX(
      [
        "await knex.schema.createTable('refunds', (t) => {",
        "  t.bigIncrements('id').primary();",
        "  t.bigInteger('order_id').notNullable().references('orders.id');",
        "  t.string('reason').notNullable().unique();",
        "  t.index(['order_id']);",
        '});',
        "await knex.schema.alterTable('refunds', (t) => {",
        "  t.index(['reason']);",
        '});',
        "await knex.schema.alterTable('users', (t) => {",
        "  t.text('nickname');",
        "  t.boolean('active').notNullable().defaultTo(true);",
        '});',
        "await knex.raw('CREATE INDEX CONCURRENTLY IF NOT EXISTS users_nickname_idx ON users (nickname)');",
      ],
      ['exports.config = { transaction: false };'],
    ),
  ),
  sql(
    'drop-column-hidden-by-attributes',
    'DROP COLUMN in a migration the change itself marks -diff in its .gitattributes',
    ['ALTER TABLE users DROP COLUMN IF EXISTS legacy_ref;'],
    [[1, 'ban-drop-column']],
    { head: { '.gitattributes': text('db/migrations/*.sql -diff') } },
  ),
  sql(
    'drop-column-after-a-nul',
    'DROP COLUMN in a migration made binary by one NUL byte after it (a client sends the text up to the NUL)',
    ['ALTER TABLE users DROP COLUMN IF EXISTS legacy_ref; -- \x00'],
    [[1, 'ban-drop-column']],
  ),
];
