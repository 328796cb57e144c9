import type { StackFacts } from './types.js';
import type { Dialect, MigrationSet } from './types.js';
import type { View } from './stacks/common.js';

/** Files read to tell the database and the Knex migration folder. */
export const DATABASE_FILES =
  /^(?:knexfile\.[cm]?[jt]s|prisma\/schema\.prisma|config\/database\.yml|alembic\.ini|src\/main\/resources\/application[\w-]*\.(?:properties|ya?ml)|(?:[\w-]+\/)?settings(?:\/[\w-]+)?\.py)$/;

const dirOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.');
const unique = <T>(xs: T[]) => [...new Set(xs)];
const inDir = (dir: string, glob: string) => (dir === '.' ? glob : `${dir}/${glob}`);

/** Migration folders of the usual tools, each with the globs the migrations check should read. */
export function detectMigrations(v: View, stacks: readonly StackFacts[]): MigrationSet[] {
  const out: MigrationSet[] = [];
  const covered = new Set<string>();
  const add = (set: MigrationSet) => {
    // A folder is written into globs of the config: only plain names are.
    if (!/^[\w./*@+-]+$/.test(set.dir)) return;
    out.push(set);
    covered.add(set.dir);
  };

  const rails = v.matching(/^db\/migrate\/\d+_\w+\.rb$/);
  if (rails.length) add({ tool: 'rails', dir: 'db/migrate', paths: ['db/migrate/*.rb'] });

  // Alembic (and Flask-Migrate): versions/ beside the env.py that runs them.
  for (const dir of unique(v.matching(/(?:^|\/)versions\/\w+\.py$/).map(dirOf)))
    if (v.has(`${dirOf(dir)}/env.py`) || (dirOf(dir) === '.' && v.has('env.py')))
      add({ tool: 'alembic', dir, paths: [`${dir}/*.py`] });

  const django = unique(v.matching(/(?:^|\/)migrations\/\d{4}_\w+\.py$/).map(dirOf));
  if (django.length > 3) add({ tool: 'django', dir: '**/migrations', paths: ['**/migrations/*.py'] });
  else for (const dir of django) add({ tool: 'django', dir, paths: [`${dir}/*.py`] });

  const prisma = unique(
    v.matching(/(?:^|\/)prisma\/migrations\/[^/]+\/migration\.sql$/).map((p) => dirOf(dirOf(p))),
  );
  for (const dir of prisma) add({ tool: 'prisma', dir, paths: [`${dir}/**/*.sql`] });

  const flyway = unique(v.matching(/(?:^|\/)db\/migration\/[VUR]\d*[\w.]*__[\w.-]+\.sql$/).map(dirOf));
  for (const dir of flyway) add({ tool: 'flyway', dir, paths: [`${dir}/*.sql`] });

  const knexfile = v.matching(/^knexfile\.[cm]?[jt]s$/)[0];
  const node = stacks.find((s) => s.stack === 'node');
  if (knexfile || node?.dependencies.has('knex')) {
    const configured = /migrations\s*:\s*\{[^}]*directory\s*:\s*['"`](?:\.\/)?([\w./-]+?)\/?['"`]/s.exec(
      knexfile ? (v.text(knexfile) ?? '') : '',
    )?.[1];
    const dir = configured && !configured.split('/').includes('..') ? configured : 'migrations';
    const exts = unique(
      v
        .matching(/\.(?:[cm]?js|[cm]?ts)$/)
        .filter((p) => dirOf(p) === dir)
        .map((p) => p.slice(p.lastIndexOf('.'))),
    );
    if (exts.length) add({ tool: 'knex', dir, paths: exts.map((e) => inDir(dir, `*${e}`)) });
  }

  // Plain SQL migrations (golang-migrate, goose, dbmate…) in a folder named for them.
  const sql = unique(v.matching(/(?:^|\/)(?:migrations?|migrate)\/[^/]+\.sql$/).map(dirOf)).filter(
    (d) => !covered.has(d) && ![...covered].some((c) => d.startsWith(`${c}/`)),
  );
  for (const dir of sql) add({ tool: 'sql', dir, paths: [`${dir}/*.sql`] });
  return out;
}

const DRIVERS: [RegExp, Dialect][] = [
  [
    /^(?:pg|postgres|pg-promise|psycopg2?(?:-binary)?|psycopg|asyncpg|postgresql|github\.com\/lib\/pq|github\.com\/jackc\/pgx(?:\/v\d)?|tokio-postgres)$/,
    'postgresql',
  ],
  [
    /^(?:mysql2?|mysqlclient|pymysql|mysql-connector-(?:python|j|java)|github\.com\/go-sql-driver\/mysql)$/,
    'mysql',
  ],
  [/^(?:sqlite3|better-sqlite3|github\.com\/mattn\/go-sqlite3|rusqlite)$/, 'sqlite'],
];

const CONFIG_SIGNS: [RegExp, Dialect][] = [
  [
    /provider\s*=\s*"postgres(?:ql)?"|client\s*:\s*['"](?:pg|postgres(?:ql)?)['"]|adapter:\s*postgres|backends\.postgresql|jdbc:postgresql|postgres(?:ql)?(?:\+\w+)?:\/\//,
    'postgresql',
  ],
  [
    /provider\s*=\s*"mysql"|client\s*:\s*['"]mysql2?['"]|adapter:\s*mysql|backends\.mysql|jdbc:mysql|mysql(?:\+\w+)?:\/\//,
    'mysql',
  ],
  [
    /provider\s*=\s*"sqlite"|client\s*:\s*['"](?:sqlite3|better-sqlite3)['"]|adapter:\s*sqlite|backends\.sqlite3|jdbc:sqlite|sqlite:\/\//,
    'sqlite',
  ],
];

/** The database, from a config that names it (first), else from the drivers among the dependencies. */
export function detectDialect(
  v: View,
  stacks: readonly StackFacts[],
): { value: Dialect; where: string } | undefined {
  for (const file of v.matching(DATABASE_FILES)) {
    const text = v.text(file) ?? '';
    const hit = CONFIG_SIGNS.find(([re]) => re.test(text));
    if (hit) return { value: hit[1], where: file };
  }
  for (const s of stacks)
    for (const dep of s.dependencies) {
      const hit = DRIVERS.find(([re]) => re.test(dep));
      if (hit) return { value: hit[1], where: `${s.files[0]} (${dep})` };
    }
  return undefined;
}
