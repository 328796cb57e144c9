/**
 * What `init` learns about a repository, and what it reads to learn it. Detection is a pure
 * function of a `RepoSnapshot` (paths, the texts of a few files, facts from git), so every rule
 * is tested on plain data; only `repoSnapshot.ts` touches the file system and git.
 */

/** What git says about the repository; each field is absent when git could not tell. */
export interface GitFacts {
  /** The directory is inside a git work tree. */
  repository: boolean;
  /** HEAD points at a commit. */
  commits: boolean;
  /** The checked-out branch (absent when detached or unborn). */
  branch?: string;
  /** `origin/<default>` when the remote's HEAD is known, else an `origin/main`/`origin/master` that exists. */
  remoteDefault?: string;
  /** Local branches among main, master, trunk, develop. */
  localBranches: string[];
}

export interface RepoSnapshot {
  /** Files of the repository (posix paths relative to its root), without dependency and build folders. */
  paths: readonly string[];
  /** Texts of the files `filesToRead` named; a file too large or unreadable is absent. */
  texts: ReadonlyMap<string, string>;
  git: GitFacts;
  /** Set when the listing stopped at a limit: detection saw part of the tree. */
  truncated?: string;
}

export type Stack = 'node' | 'python' | 'ruby' | 'go' | 'java' | 'rust';

export type Framework =
  'express' | 'fastify' | 'koa' | 'nextjs' | 'flask' | 'fastapi' | 'django' | 'rails' | 'spring';

export type CoverageFormat = 'lcov' | 'cobertura' | 'istanbul';

/** How a stack's tests are run by the gate, and what they leave behind. */
export interface TestSetup {
  /** The runner as users call it: vitest, jest, pytest, rspec, go test, maven… */
  runner: string;
  /** Installs dependencies only when they are missing, so a fresh CI checkout and a dev machine both work. */
  install?: string;
  /** The test command line. */
  run: string;
  env?: Record<string, string>;
  /** JUnit XML report path or glob the command writes. */
  junit?: string;
  coverage?: { file: string; format: CoverageFormat; min: number; minFrom?: string };
  /** Why something is missing (no JUnit reporter, a coverage format the gate cannot read), for comments. */
  notes: string[];
}

export interface StackFacts {
  stack: Stack;
  /** npm, pnpm, yarn, pip, poetry, pipenv, uv, go, cargo, bundler, maven, gradle. */
  manager: string;
  /** The manifest and lockfile found, in the order a reader expects them. */
  files: string[];
  frameworks: Framework[];
  /** Dependency names, lower case: what auth libraries and database drivers are looked up in. */
  dependencies: ReadonlySet<string>;
  test?: TestSetup;
  /** Files of this stack the dependencies check cannot read (Pipfile.lock, pom.xml…). */
  unreadDependencyFiles: string[];
}

export type MigrationTool = 'django' | 'rails' | 'alembic' | 'knex' | 'prisma' | 'flyway' | 'sql';

export interface MigrationSet {
  tool: MigrationTool;
  /** Folder the migrations are in. */
  dir: string;
  /** Globs of the migrations check. */
  paths: string[];
}

export type Dialect = 'postgresql' | 'mysql' | 'sqlite';

/** A route of the running service, and where it was seen. */
export interface FoundRoute {
  path: string;
  where: string;
}

export interface Detection {
  stacks: StackFacts[];
  frameworks: Framework[];
  migrations: MigrationSet[];
  dialect?: { value: Dialect; where: string };
  /**
   * The health endpoint: found in the code (`critical`: as a route the routes check reads), the
   * Dockerfile's HEALTHCHECK or Spring Boot's actuator; absent when none was found.
   */
  health?: FoundRoute & { critical: boolean };
  /** Serves pages at `/` (a smoke check of the front page makes sense). */
  servesPages: boolean;
  /** Authentication in the code: the library, and the routes found that need a login. */
  auth?: { library: string; routes: FoundRoute[] };
  /** Routes the routes check can read: a preset or custom patterns, and one route that proves it. */
  routes?: RoutesSetup;
  dockerfile?: string;
  workflows: WorkflowFacts;
  /** Where the diff checks compare from when nothing else names a base. */
  base: { ref: string; why: string; guessed: boolean };
  /** The config's schema: the local copy when promotion-gate is installed, else the release URL. */
  schema: string;
  truncated?: string;
}

export interface RoutesSetup {
  presets: string[];
  custom: { pattern: string; paths: string[]; exclude: string[]; grep: string; note: string }[];
  sample: FoundRoute;
}

export interface WorkflowFacts {
  /** Workflow files in .github/workflows. */
  files: string[];
  /** Those that already run promotion-gate. */
  usingGate: string[];
  /** A repository or environment variable the workflows already use for the staging URL. */
  stagingUrlVar?: string;
}
