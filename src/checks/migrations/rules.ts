import type { FindingLevel } from '../../core/types.js';

/**
 * The rules of the migrations check. Ids are squawk's where squawk has the rule, so a team can
 * carry its squawk ignore list over; the few this check adds (TRUNCATE, DELETE without WHERE,
 * DROP SCHEMA) follow the same naming.
 *
 * Levels: a statement that PostgreSQL rejects, or whose changes never apply, fails; one that
 * locks a busy table or breaks clients still running warns; advice on types and re-runnable
 * statements is a notice. `destructive` rules fail unless the migration carries rollback
 * evidence, and are notices when it does.
 */
export type RuleLevel = FindingLevel | 'destructive';

export interface RuleInfo {
  level: RuleLevel;
  /** What is wrong (for destructive rules, what the statement does). */
  why: string;
  /** The safer form; destructive rules ask for rollback evidence instead. */
  instead?: string;
}

export const RULES = {
  // Data loss, or names the running code still uses: they need rollback evidence.
  'ban-drop-table': { level: 'destructive', why: 'DROP TABLE' },
  'ban-drop-column': { level: 'destructive', why: 'DROP COLUMN' },
  'ban-drop-database': { level: 'destructive', why: 'DROP DATABASE' },
  'ban-drop-schema': { level: 'destructive', why: 'DROP SCHEMA' },
  'ban-truncate': { level: 'destructive', why: 'TRUNCATE' },
  'ban-delete-without-where': { level: 'destructive', why: 'DELETE without WHERE' },
  'renaming-table': { level: 'destructive', why: 'RENAME' },
  'renaming-column': { level: 'destructive', why: 'RENAME' },

  // Statements that fail, or never apply.
  'ban-concurrent-index-creation-in-transaction': {
    level: 'failure',
    why: 'CONCURRENTLY cannot run inside a transaction block: PostgreSQL rejects the statement and the migration fails',
    instead:
      'run it outside any transaction (COMMIT first, or a migration of its own that the tool runs without one)',
  },
  'ban-uncommitted-transaction': {
    level: 'failure',
    why: 'BEGIN without COMMIT: the migration ends with its transaction open and its changes are rolled back',
    instead: 'end the transaction with COMMIT',
  },

  // Locks a busy table, or breaks code that is still running.
  'require-concurrent-index-creation': {
    level: 'warning',
    why: 'CREATE INDEX without CONCURRENTLY blocks writes to the table while the index builds',
    instead: 'CREATE INDEX CONCURRENTLY (outside a transaction)',
  },
  'require-concurrent-index-deletion': {
    level: 'warning',
    why: 'DROP INDEX without CONCURRENTLY takes an exclusive lock on the table',
    instead: 'DROP INDEX CONCURRENTLY (outside a transaction)',
  },
  'require-concurrent-reindex': {
    level: 'warning',
    why: 'REINDEX without CONCURRENTLY locks out writes',
    instead: 'REINDEX … CONCURRENTLY (PostgreSQL 12+)',
  },
  'require-concurrent-partition-detach': {
    level: 'warning',
    why: 'DETACH PARTITION without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the partitioned table',
    instead: 'DETACH PARTITION … CONCURRENTLY (PostgreSQL 14+, outside a transaction)',
  },
  'adding-required-field': {
    level: 'warning',
    why: 'ADD COLUMN … NOT NULL without DEFAULT fails on a non-empty table (and blocks it while it checks)',
    instead:
      'add the column nullable (or with a non-volatile DEFAULT), backfill in batches, then SET NOT NULL after a NOT VALID check constraint is validated',
  },
  'adding-not-nullable-field': {
    level: 'warning',
    why: 'SET NOT NULL scans the whole table under an exclusive lock',
    instead:
      'add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL (PostgreSQL 12+ skips the scan)',
  },
  'adding-field-with-default': {
    level: 'warning',
    why: 'ADD COLUMN with this DEFAULT rewrites the table under an ACCESS EXCLUSIVE lock',
    instead:
      'add the column without the default, SET DEFAULT for new rows, backfill in batches (a trigger for generated values)',
  },
  'adding-serial-primary-key-field': {
    level: 'warning',
    why: 'adding a PRIMARY KEY builds its index under an ACCESS EXCLUSIVE lock, blocking reads and writes',
    instead: 'CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … PRIMARY KEY USING INDEX',
  },
  'disallowed-unique-constraint': {
    level: 'warning',
    why: 'adding a UNIQUE constraint builds its index under an ACCESS EXCLUSIVE lock, blocking reads and writes',
    instead: 'CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … UNIQUE USING INDEX',
  },
  'adding-foreign-key-constraint': {
    level: 'warning',
    why: 'adding a foreign key validates every row while blocking writes to both tables',
    instead: 'ADD CONSTRAINT … FOREIGN KEY … NOT VALID, then VALIDATE CONSTRAINT in a separate transaction',
  },
  'constraint-missing-not-valid': {
    level: 'warning',
    why: 'adding a CHECK constraint scans the table while blocking writes',
    instead: 'ADD CONSTRAINT … CHECK (…) NOT VALID, then VALIDATE CONSTRAINT in a separate transaction',
  },
  'changing-column-type': {
    level: 'warning',
    why: 'ALTER COLUMN … TYPE rewrites the table under an exclusive lock',
    instead: 'add a new column, backfill it in batches, switch reads and writes, then drop the old one',
  },
  'ban-drop-not-null': {
    level: 'warning',
    why: 'DROP NOT NULL lets NULL into a column that running code expects to be set',
    instead:
      'keep the constraint and write a marker value, or move to a new column the code handles as nullable',
  },
  'ban-truncate-cascade': {
    level: 'warning',
    why: 'TRUNCATE … CASCADE also empties every table with a foreign key to it, and theirs in turn',
    instead: 'name every table to empty, without CASCADE',
  },
  'ban-alter-domain-with-add-constraint': {
    level: 'warning',
    why: 'ALTER DOMAIN … ADD CONSTRAINT re-checks every column of that domain in every table, under lock',
    instead: 'put the constraint on the columns themselves (NOT VALID, then VALIDATE)',
  },
  'transaction-nesting': {
    level: 'warning',
    why: 'transaction control that does not match: PostgreSQL has no nested transactions',
    instead: 'one BEGIN … COMMIT per transaction, or none where the migration tool opens one',
  },
  'prefer-repack': {
    level: 'warning',
    why: 'VACUUM FULL and CLUSTER rewrite the table under an ACCESS EXCLUSIVE lock, blocking reads and writes',
    instead: 'pg_repack, or REPACK (CONCURRENTLY) on PostgreSQL 19+',
  },

  // Advice: types that age badly, statements that cannot be re-run.
  'ban-create-domain-with-constraint': {
    level: 'notice',
    why: 'a domain with a constraint makes every later change of that constraint re-check all its columns',
    instead: 'a plain type with table and column constraints',
  },
  'prefer-bigint-over-int': {
    level: 'notice',
    why: '32-bit integer columns run out at 2,147,483,647',
    instead: 'bigint (bigserial, or bigint GENERATED … AS IDENTITY)',
  },
  'prefer-bigint-over-smallint': {
    level: 'notice',
    why: '16-bit integer columns run out at 32,767',
    instead: 'bigint (bigserial, or bigint GENERATED … AS IDENTITY)',
  },
  'prefer-identity': {
    level: 'notice',
    why: 'serial types make permissions and schema management harder',
    instead: 'bigint GENERATED BY DEFAULT AS IDENTITY',
  },
  'prefer-text-field': {
    level: 'notice',
    why: 'changing the length of a varchar(n) later takes an ACCESS EXCLUSIVE lock',
    instead: 'text with a CHECK (length(col) <= n) constraint',
  },
  'prefer-timestamptz': {
    level: 'notice',
    why: 'timestamp without time zone drops the UTC offset of the values written to it',
    instead: 'timestamptz',
  },
  'ban-char-field': {
    level: 'notice',
    why: 'char(n) pads values with blanks and is no faster than text in PostgreSQL',
    instead: 'text or varchar',
  },
  'identifier-too-long': {
    level: 'notice',
    why: 'PostgreSQL truncates identifiers longer than 63 bytes, so the name used is not the name written',
    instead: 'a name of at most 63 bytes',
  },
  'prefer-robust-stmts': {
    level: 'notice',
    why: 'outside a transaction, a migration that fails part way cannot be run again',
    instead: 'IF [NOT] EXISTS, or a transaction around the statements',
  },
  'require-enum-value-ordering': {
    level: 'notice',
    why: 'ADD VALUE without BEFORE or AFTER appends the value, which changes what comparisons of the enum mean',
    instead: "ADD VALUE … BEFORE 'x' or AFTER 'x'",
  },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;
export const RULE_IDS = Object.keys(RULES) as RuleId[];

/** squawk's rules that this check does not have, and its spelling variants: accepted, and no-ops. */
const SQUAWK_ONLY = [
  'require-table-schema',
  'require-timeout-settings',
  'require-lock-timeout',
  'require-statement-timeout',
  'ban-duplicate-column-assignments',
  'unused-ignore',
  'syntax-error',
] as const;
const ALIASES: Readonly<Record<string, RuleId>> = {
  'prefer-timestamp-tz': 'prefer-timestamptz',
  'adding-not-null-field': 'adding-not-nullable-field',
};

const isRule = (id: string): id is RuleId => Object.hasOwn(RULES, id);

/** The rule an id names (an alias resolved), `null` for a known id this check has no rule for. */
export function ruleFor(id: string): RuleId | null | undefined {
  const key = id.trim().toLowerCase();
  if (isRule(key)) return key;
  if (Object.hasOwn(ALIASES, key)) return ALIASES[key];
  if ((SQUAWK_ONLY as readonly string[]).includes(key)) return null;
  return undefined;
}

/** What is wrong with a rule id written in the config, or undefined. */
export function ruleIdProblem(id: string): string | undefined {
  if (ruleFor(id) !== undefined) return undefined;
  const near = closest(id.toLowerCase(), [...RULE_IDS, ...Object.keys(ALIASES)]);
  return `unknown rule "${id}"${near ? ` (did you mean "${near}"?)` : ''}: the README lists the rules of the migrations check; squawk's rule names are accepted too`;
}

function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(3, Math.floor(word.length / 4)) + 1;
  for (const c of candidates) {
    const d = distance(word, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * squawk's inline comments, honoured so migrations already annotated for squawk read the same:
 * `-- squawk-ignore rule-a, rule-b` covers the statement on its line or the next, and
 * `-- squawk-ignore-file [rules]` the whole file (every rule when none is named).
 */
export interface InlineIgnores {
  file: Set<RuleId> | 'all';
  lines: Map<number, Set<RuleId>>;
}

const IGNORE_COMMENT = /(?:--|\/\*)[ \t]*squawk-ignore(-file)?(?=[\s,]|\*\/|$)([^\n]*)/g;

export function inlineIgnores(text: string, firstLine = 1): InlineIgnores {
  const out: InlineIgnores = { file: new Set(), lines: new Map() };
  if (!text.includes('squawk-ignore')) return out;
  let line = firstLine;
  let from = 0;
  for (const m of text.matchAll(IGNORE_COMMENT)) {
    for (let i = text.indexOf('\n', from); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1)) line++;
    from = m.index;
    const names = m[2]!.split(/--|\*\//)[0]!;
    const rules = new Set<RuleId>();
    for (const n of names.split(',')) {
      const r = n.trim() ? ruleFor(n) : undefined;
      if (r) rules.add(r);
    }
    if (m[1]) {
      if (!names.trim()) out.file = 'all';
      else if (out.file !== 'all') for (const r of rules) out.file.add(r);
    } else out.lines.set(line, rules);
  }
  return out;
}

export function inlineIgnored(ignores: InlineIgnores, rule: RuleId, lines: readonly number[]): boolean {
  if (ignores.file === 'all' || ignores.file.has(rule)) return true;
  return lines.some((l) => ignores.lines.get(l)?.has(rule) || ignores.lines.get(l - 1)?.has(rule));
}
