export const id = 5762;
export const ids = [5762];
export const modules = {

/***/ 65762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   migrationsCheck: () => (/* binding */ migrationsCheck)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16468);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26164);


const migrationsCheck = (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .defineCheck */ .q)({
    type: 'migrations',
    description: 'Migrations added between base and head: destructive DDL needs rollback evidence; PostgreSQL statements that lock tables, fail in a transaction or age badly are reported with the safer form (squawk-compatible rule ids)',
    defaults: { category: 'safety', enforcement: 'scored' },
    fields: _spec_js__WEBPACK_IMPORTED_MODULE_0__/* .fields */ .O,
    // The SQL and framework readers are loaded when such a check runs, not by every command.
    async run(spec, ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(277), __webpack_require__.e(3346)]).then(__webpack_require__.bind(__webpack_require__, 73346))).runMigrations(spec, ctx);
    },
});


/***/ }),

/***/ 47940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d3: () => (/* binding */ inlineIgnores),
/* harmony export */   kC: () => (/* binding */ inlineIgnored),
/* harmony export */   sG: () => (/* binding */ ruleFor),
/* harmony export */   y0: () => (/* binding */ RULES),
/* harmony export */   zr: () => (/* binding */ ruleIdProblem)
/* harmony export */ });
/* unused harmony export RULE_IDS */
const RULES = {
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
        instead: 'run it outside any transaction (COMMIT first, or a migration of its own that the tool runs without one)',
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
        instead: 'REINDEX \u2026 CONCURRENTLY (PostgreSQL 12+)',
    },
    'require-concurrent-partition-detach': {
        level: 'warning',
        why: 'DETACH PARTITION without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the partitioned table',
        instead: 'DETACH PARTITION \u2026 CONCURRENTLY (PostgreSQL 14+, outside a transaction)',
    },
    'adding-required-field': {
        level: 'warning',
        why: 'ADD COLUMN \u2026 NOT NULL without DEFAULT fails on a non-empty table (and blocks it while it checks)',
        instead: 'add the column nullable (or with a non-volatile DEFAULT), backfill in batches, then SET NOT NULL after a NOT VALID check constraint is validated',
    },
    'adding-not-nullable-field': {
        level: 'warning',
        why: 'SET NOT NULL scans the whole table under an exclusive lock',
        instead: 'add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL (PostgreSQL 12+ skips the scan)',
    },
    'adding-field-with-default': {
        level: 'warning',
        why: 'ADD COLUMN with this DEFAULT rewrites the table under an ACCESS EXCLUSIVE lock',
        instead: 'add the column without the default, SET DEFAULT for new rows, backfill in batches (a trigger for generated values)',
    },
    'adding-serial-primary-key-field': {
        level: 'warning',
        why: 'adding a PRIMARY KEY builds its index under an ACCESS EXCLUSIVE lock, blocking reads and writes',
        instead: 'CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT \u2026 PRIMARY KEY USING INDEX',
    },
    'disallowed-unique-constraint': {
        level: 'warning',
        why: 'adding a UNIQUE constraint builds its index under an ACCESS EXCLUSIVE lock, blocking reads and writes',
        instead: 'CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT \u2026 UNIQUE USING INDEX',
    },
    'adding-foreign-key-constraint': {
        level: 'warning',
        why: 'adding a foreign key validates every row while blocking writes to both tables',
        instead: 'ADD CONSTRAINT \u2026 FOREIGN KEY \u2026 NOT VALID, then VALIDATE CONSTRAINT in a separate transaction',
    },
    'constraint-missing-not-valid': {
        level: 'warning',
        why: 'adding a CHECK constraint scans the table while blocking writes',
        instead: 'ADD CONSTRAINT \u2026 CHECK (\u2026) NOT VALID, then VALIDATE CONSTRAINT in a separate transaction',
    },
    'changing-column-type': {
        level: 'warning',
        why: 'ALTER COLUMN \u2026 TYPE rewrites the table under an exclusive lock',
        instead: 'add a new column, backfill it in batches, switch reads and writes, then drop the old one',
    },
    'ban-drop-not-null': {
        level: 'warning',
        why: 'DROP NOT NULL lets NULL into a column that running code expects to be set',
        instead: 'keep the constraint and write a marker value, or move to a new column the code handles as nullable',
    },
    'ban-truncate-cascade': {
        level: 'warning',
        why: 'TRUNCATE \u2026 CASCADE also empties every table with a foreign key to it, and theirs in turn',
        instead: 'name every table to empty, without CASCADE',
    },
    'ban-alter-domain-with-add-constraint': {
        level: 'warning',
        why: 'ALTER DOMAIN \u2026 ADD CONSTRAINT re-checks every column of that domain in every table, under lock',
        instead: 'put the constraint on the columns themselves (NOT VALID, then VALIDATE)',
    },
    'transaction-nesting': {
        level: 'warning',
        why: 'transaction control that does not match: PostgreSQL has no nested transactions',
        instead: 'one BEGIN \u2026 COMMIT per transaction, or none where the migration tool opens one',
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
        instead: 'bigint (bigserial, or bigint GENERATED \u2026 AS IDENTITY)',
    },
    'prefer-bigint-over-smallint': {
        level: 'notice',
        why: '16-bit integer columns run out at 32,767',
        instead: 'bigint (bigserial, or bigint GENERATED \u2026 AS IDENTITY)',
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
        instead: "ADD VALUE \u2026 BEFORE 'x' or AFTER 'x'",
    },
};
const RULE_IDS = Object.keys(RULES);
/** squawk's rules that this check does not have, and its spelling variants: accepted, and no-ops. */
const SQUAWK_ONLY = [
    'require-table-schema',
    'require-timeout-settings',
    'require-lock-timeout',
    'require-statement-timeout',
    'ban-duplicate-column-assignments',
    'unused-ignore',
    'syntax-error',
];
const ALIASES = {
    'prefer-timestamp-tz': 'prefer-timestamptz',
    'adding-not-null-field': 'adding-not-nullable-field',
};
const isRule = (id) => Object.hasOwn(RULES, id);
/** The rule an id names (an alias resolved), `null` for a known id this check has no rule for. */
function ruleFor(id) {
    const key = id.trim().toLowerCase();
    if (isRule(key))
        return key;
    if (Object.hasOwn(ALIASES, key))
        return ALIASES[key];
    if (SQUAWK_ONLY.includes(key))
        return null;
    return undefined;
}
/** What is wrong with a rule id written in the config, or undefined. */
function ruleIdProblem(id) {
    if (ruleFor(id) !== undefined)
        return undefined;
    const near = closest(id.toLowerCase(), [...RULE_IDS, ...Object.keys(ALIASES)]);
    return `unknown rule "${id}"${near ? ` (did you mean "${near}"?)` : ''}: the README lists the rules of the migrations check; squawk's rule names are accepted too`;
}
function closest(word, candidates) {
    let best;
    let bestDistance = Math.max(3, Math.floor(word.length / 4)) + 1;
    for (const c of candidates) {
        const d = distance(word, c);
        if (d < bestDistance)
            [best, bestDistance] = [c, d];
    }
    return best;
}
function distance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++)
            cur.push(Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
        prev = cur;
    }
    return prev[b.length];
}
const IGNORE_COMMENT = /(?:--|\/\*)[ \t]*squawk-ignore(-file)?(?=[\s,]|\*\/|$)([^\n]*)/g;
function inlineIgnores(text, firstLine = 1) {
    const out = { file: new Set(), lines: new Map() };
    if (!text.includes('squawk-ignore'))
        return out;
    let line = firstLine;
    let from = 0;
    for (const m of text.matchAll(IGNORE_COMMENT)) {
        for (let i = text.indexOf('\n', from); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1))
            line++;
        from = m.index;
        const names = m[2].split(/--|\*\//)[0];
        const rules = new Set();
        for (const n of names.split(',')) {
            const r = n.trim() ? ruleFor(n) : undefined;
            if (r)
                rules.add(r);
        }
        if (m[1]) {
            if (!names.trim())
                out.file = 'all';
            else if (out.file !== 'all')
                for (const r of rules)
                    out.file.add(r);
        }
        else
            out.lines.set(line, rules);
    }
    return out;
}
function inlineIgnored(ignores, rule, lines) {
    if (ignores.file === 'all' || ignores.file.has(rule))
        return true;
    return lines.some((l) => ignores.lines.get(l)?.has(rule) || ignores.lines.get(l - 1)?.has(rule));
}


/***/ }),

/***/ 26164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ fields),
/* harmony export */   q: () => (/* binding */ DEFAULT_MIGRATION_PATHS)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12311);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23128);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47940);
// The settings of a migrations check, as the config schema reads them; its work is in run.ts.



/** Where the usual tools keep migrations: plain SQL anywhere, Django/Alembic, Rails, Knex. */
const DEFAULT_MIGRATION_PATHS = [
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
const ruleId = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().superRefine((id, ctx) => {
    const problem = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleIdProblem */ .zr)(id);
    if (problem)
        ctx.addIssue({ code: 'custom', message: problem });
});
const LEVELS = ['failure', 'warning', 'notice'];
const fields = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    paths: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1)).default(DEFAULT_MIGRATION_PATHS).describe('Globs of migration files'),
    exclude: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1)).default(DEFAULT_EXCLUDE).describe('Globs never read as migrations'),
    dialect: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['postgresql', 'mysql', 'sqlite', 'other'])
        .default('postgresql')
        .describe('The lock-risk and style rules are PostgreSQL\u2019s; other dialects get the destructive-statement rules only'),
    postgresVersion: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
        .min(9)
        .max(99)
        .default(15)
        .describe('Major PostgreSQL version the migrations run on: before 11 any ADD COLUMN \u2026 DEFAULT rewrites the table; from 12 a validated CHECK (col IS NOT NULL) lets SET NOT NULL skip its scan'),
    assumeInTransaction: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()
        .default(false)
        .describe('Plain SQL files run inside a transaction the migration tool opens (as squawk\u2019s assume-in-transaction); goose, dbmate, sql-migrate and the frameworks are recognised without it'),
    ignore: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(ruleId)
        .default([])
        .describe('Rules never reported, by id; squawk\u2019s rule names are accepted, so its ignore list carries over'),
    levels: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(LEVELS))
        .check(
    // Run even when a level is wrong too, so every bad key is named at once.
    zod__WEBPACK_IMPORTED_MODULE_2__/* .superRefine */ .zni((levels, ctx) => {
        for (const id of Object.keys(levels)) {
            const problem = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleIdProblem */ .zr)(id);
            if (problem)
                ctx.addIssue({ code: 'custom', path: [id], message: problem, input: id });
        }
    }, { when: (p) => typeof p.value === 'object' && p.value !== null && !Array.isArray(p.value) }))
        .default({})
        .describe('Level per rule id, replacing its default: failure, warning or notice'),
    backupMarker: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .regex */ .yG
        .default('(?:--|#|//|/\\*)\\s*(?:promotion-gate:\\s*)?backup\\b')
        .describe('A comment matching this in a migration counts as evidence a backup was taken'),
});


/***/ }),

/***/ 16468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ defineCheck)
/* harmony export */ });
function defineCheck(def) {
    return def;
}


/***/ })

};
