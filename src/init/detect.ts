import { detectDialect, detectMigrations, DATABASE_FILES } from './migrations.js';
import { detectService, SOURCE_FILE, TEST_FILE } from './service.js';
import { viewOf } from './stacks/common.js';
import { detectGo } from './stacks/go.js';
import { detectJava } from './stacks/jvm.js';
import { detectNode, NODE_CONFIGS } from './stacks/node.js';
import { detectPython, PYTHON_FILES } from './stacks/python.js';
import { detectRuby, RUBY_FILES } from './stacks/ruby.js';
import { detectRust } from './stacks/rust.js';
import type { Detection, GitFacts, RepoSnapshot, WorkflowFacts } from './types.js';

/** The config's JSON Schema as a release publishes it, for editors (yaml-language-server). */
export const SCHEMA_URL =
  'https://raw.githubusercontent.com/promotion-gate/promotion-gate/v1/schema/promotion-gate.schema.json';
/** The same schema once the package is installed in the repository. */
export const LOCAL_SCHEMA = 'node_modules/promotion-gate/schema/promotion-gate.schema.json';

const ROOT_FILES = new Set([
  'package.json',
  'yarn.lock',
  'go.mod',
  'Cargo.toml',
  'pom.xml',
  'build.gradle',
  'build.gradle.kts',
  'config/routes.rb',
  'Dockerfile',
]);
const WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/;
const DOCKERFILE = /^(?:Dockerfile|[\w.-]+\.Dockerfile|Dockerfile\.[\w.-]+|docker\/Dockerfile)$/;

/** Source files read at most, and why some come first: they are where routes usually are. */
export const MAX_SOURCES = 400;
const LIKELY_ROUTES = /route|url|app|server|main|index|controller|api|health|handler|view/i;

/**
 * The files whose text detection needs, chosen from the listing alone: manifests, lockfiles that
 * say more than their name, runner and database configs, workflows, and a bounded number of
 * source files (shallow ones and likely route files first).
 */
export function filesToRead(paths: readonly string[]): string[] {
  const wanted = paths.filter(
    (p) =>
      ROOT_FILES.has(p) ||
      NODE_CONFIGS.test(p) ||
      PYTHON_FILES.test(p) ||
      RUBY_FILES.test(p) ||
      DATABASE_FILES.test(p) ||
      WORKFLOW.test(p) ||
      DOCKERFILE.test(p),
  );
  const depth = (p: string) => p.split('/').length;
  const sources = paths
    .filter((p) => SOURCE_FILE.test(p) && !TEST_FILE.test(p))
    .map((p) => ({ p, rank: (LIKELY_ROUTES.test(p.slice(p.lastIndexOf('/') + 1)) ? 0 : 100) + depth(p) }))
    .sort((a, b) => a.rank - b.rank || (a.p < b.p ? -1 : a.p > b.p ? 1 : 0))
    .slice(0, MAX_SOURCES)
    .map((x) => x.p);
  return [...new Set([...wanted, ...sources])];
}

function workflowFacts(snapshot: RepoSnapshot): WorkflowFacts {
  const files = snapshot.paths.filter((p) => WORKFLOW.test(p));
  const usingGate = files.filter((f) => /promotion-gate/.test(snapshot.texts.get(f) ?? ''));
  let stagingUrlVar: string | undefined;
  for (const f of files)
    for (const m of (snapshot.texts.get(f) ?? '').matchAll(/\bvars\.([A-Z][A-Z0-9_]*)\b/g))
      if (!stagingUrlVar && /STAGING/.test(m[1]!) && /URL|HOST|DOMAIN|ENDPOINT/.test(m[1]!))
        stagingUrlVar = m[1];
  return { files, usingGate, ...(stagingUrlVar ? { stagingUrlVar } : {}) };
}

function baseOf(git: GitFacts): Detection['base'] {
  if (git.remoteDefault)
    return { ref: git.remoteDefault, why: 'the default branch of origin', guessed: false };
  const local = git.localBranches[0];
  if (local && git.commits)
    return { ref: local, why: `the local ${local} branch; no remote yet`, guessed: false };
  return {
    ref: 'origin/main',
    why: git.repository ? 'no branch to compare with yet' : 'not a git repository yet',
    guessed: true,
  };
}

/** Everything `init` bases the config on; a pure function of the snapshot. */
export function detect(snapshot: RepoSnapshot): Detection {
  const v = viewOf(snapshot);
  const stacks = [detectNode, detectPython, detectRuby, detectGo, detectJava, detectRust]
    .map((d) => d(v))
    .filter((s) => s !== undefined);
  const frameworks = [...new Set(stacks.flatMap((s) => s.frameworks))];
  const dockerfile = snapshot.paths.find((p) => DOCKERFILE.test(p));
  const service = detectService(v, snapshot.paths, frameworks, stacks, dockerfile);
  const dialect = detectDialect(v, stacks);
  return {
    stacks,
    frameworks,
    migrations: detectMigrations(v, stacks),
    ...(dialect ? { dialect } : {}),
    ...(service.health ? { health: service.health } : {}),
    servesPages: service.servesPages,
    ...(service.auth ? { auth: service.auth } : {}),
    ...(service.routes ? { routes: service.routes } : {}),
    ...(dockerfile ? { dockerfile } : {}),
    workflows: workflowFacts(snapshot),
    base: baseOf(snapshot.git),
    schema: v.has(LOCAL_SCHEMA) ? `../${LOCAL_SCHEMA}` : SCHEMA_URL,
    ...(snapshot.truncated ? { truncated: snapshot.truncated } : {}),
  };
}
