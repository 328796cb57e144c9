export const id = 4112;
export const ids = [4112,2916];
export const modules = {

/***/ 34112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runInit: () => (/* binding */ runInit)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/load.ts + 4 modules
var load = __webpack_require__(52008);
// EXTERNAL MODULE: ./src/config/plan.ts + 1 modules
var plan = __webpack_require__(72916);
// EXTERNAL MODULE: ./src/config/types.ts
var types = __webpack_require__(22143);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/init/migrations.ts
/** Files read to tell the database and the Knex migration folder. */
const DATABASE_FILES = /^(?:knexfile\.[cm]?[jt]s|prisma\/schema\.prisma|config\/database\.yml|alembic\.ini|src\/main\/resources\/application[\w-]*\.(?:properties|ya?ml)|(?:[\w-]+\/)?settings(?:\/[\w-]+)?\.py)$/;
const dirOf = (p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.');
const unique = (xs) => [...new Set(xs)];
const inDir = (dir, glob) => (dir === '.' ? glob : `${dir}/${glob}`);
/** Migration folders of the usual tools, each with the globs the migrations check should read. */
function detectMigrations(v, stacks) {
    const out = [];
    const covered = new Set();
    const add = (set) => {
        // A folder is written into globs of the config: only plain names are.
        if (!/^[\w./*@+-]+$/.test(set.dir))
            return;
        out.push(set);
        covered.add(set.dir);
    };
    const rails = v.matching(/^db\/migrate\/\d+_\w+\.rb$/);
    if (rails.length)
        add({ tool: 'rails', dir: 'db/migrate', paths: ['db/migrate/*.rb'] });
    // Alembic (and Flask-Migrate): versions/ beside the env.py that runs them.
    for (const dir of unique(v.matching(/(?:^|\/)versions\/\w+\.py$/).map(dirOf)))
        if (v.has(`${dirOf(dir)}/env.py`) || (dirOf(dir) === '.' && v.has('env.py')))
            add({ tool: 'alembic', dir, paths: [`${dir}/*.py`] });
    const django = unique(v.matching(/(?:^|\/)migrations\/\d{4}_\w+\.py$/).map(dirOf));
    if (django.length > 3)
        add({ tool: 'django', dir: '**/migrations', paths: ['**/migrations/*.py'] });
    else
        for (const dir of django)
            add({ tool: 'django', dir, paths: [`${dir}/*.py`] });
    const prisma = unique(v.matching(/(?:^|\/)prisma\/migrations\/[^/]+\/migration\.sql$/).map((p) => dirOf(dirOf(p))));
    for (const dir of prisma)
        add({ tool: 'prisma', dir, paths: [`${dir}/**/*.sql`] });
    const flyway = unique(v.matching(/(?:^|\/)db\/migration\/[VUR]\d*[\w.]*__[\w.-]+\.sql$/).map(dirOf));
    for (const dir of flyway)
        add({ tool: 'flyway', dir, paths: [`${dir}/*.sql`] });
    const knexfile = v.matching(/^knexfile\.[cm]?[jt]s$/)[0];
    const node = stacks.find((s) => s.stack === 'node');
    if (knexfile || node?.dependencies.has('knex')) {
        const configured = /migrations\s*:\s*\{[^}]*directory\s*:\s*['"`](?:\.\/)?([\w./-]+?)\/?['"`]/s.exec(knexfile ? (v.text(knexfile) ?? '') : '')?.[1];
        const dir = configured && !configured.split('/').includes('..') ? configured : 'migrations';
        const exts = unique(v
            .matching(/\.(?:[cm]?js|[cm]?ts)$/)
            .filter((p) => dirOf(p) === dir)
            .map((p) => p.slice(p.lastIndexOf('.'))));
        if (exts.length)
            add({ tool: 'knex', dir, paths: exts.map((e) => inDir(dir, `*${e}`)) });
    }
    // Plain SQL migrations (golang-migrate, goose, dbmate\u2026) in a folder named for them.
    const sql = unique(v.matching(/(?:^|\/)(?:migrations?|migrate)\/[^/]+\.sql$/).map(dirOf)).filter((d) => !covered.has(d) && ![...covered].some((c) => d.startsWith(`${c}/`)));
    for (const dir of sql)
        add({ tool: 'sql', dir, paths: [`${dir}/*.sql`] });
    return out;
}
const DRIVERS = [
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
const CONFIG_SIGNS = [
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
function detectDialect(v, stacks) {
    for (const file of v.matching(DATABASE_FILES)) {
        const text = v.text(file) ?? '';
        const hit = CONFIG_SIGNS.find(([re]) => re.test(text));
        if (hit)
            return { value: hit[1], where: file };
    }
    for (const s of stacks)
        for (const dep of s.dependencies) {
            const hit = DRIVERS.find(([re]) => re.test(dep));
            if (hit)
                return { value: hit[1], where: `${s.files[0]} (${dep})` };
        }
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/checks/routes/mounts.ts
var mounts = __webpack_require__(34404);
// EXTERNAL MODULE: ./src/checks/routes/types.ts
var routes_types = __webpack_require__(65017);
// EXTERNAL MODULE: ./src/checks/routes/routePath.ts
var routePath = __webpack_require__(28382);
// EXTERNAL MODULE: ./src/checks/routes/sources.ts + 8 modules
var routes_sources = __webpack_require__(29314);
// EXTERNAL MODULE: ./src/checks/secrets/shapes.ts
var shapes = __webpack_require__(46445);
;// CONCATENATED MODULE: ./src/init/service.ts






/**
 * The running service as its code declares it: the routes the routes check will read (found with
 * the check's own parsers and prefix rules, so a route found here is a route the check finds),
 * the health endpoint, whether `/` serves a page, and the routes that need a login.
 */
/** Source files worth reading for routes, by extension. */
const SOURCE_FILE = /\.(?:[cm]?[jt]sx?|py|rb|go|java|kt)$/;
/** Tests and fixtures declare routes that the service does not serve. */
const TEST_FILE = /(?:^|\/)(?:tests?|spec|__tests__|__mocks__|fixtures|testdata|e2e)\/|\.(?:test|spec)\.[\w]+$|_test\.go$|(?:^|\/)test_[\w]+\.py$|_spec\.rb$/;
/** Go has no preset: router calls and net/http mux patterns are read as custom patterns. */
const GO_CUSTOM = [
    {
        pattern: `\\.(?<method>GET|POST|PUT|PATCH|DELETE|Get|Post|Put|Patch|Delete)\\(\\s*"(?<path>/[^"]*)"`,
        paths: ['**/*.go'],
        exclude: ['**/*_test.go', '**/vendor/**'],
        grep: '\\.(GET|POST|PUT|PATCH|DELETE|Get|Post|Put|Patch|Delete)\\(',
        note: 'Go: router calls such as r.GET("/x") (gin, echo) and r.Get("/x") (chi)',
    },
    {
        pattern: `\\bHandle(?:Func)?\\(\\s*"(?:(?<method>GET|POST|PUT|PATCH|DELETE) )?(?<path>/[^"]*)"`,
        paths: ['**/*.go'],
        exclude: ['**/*_test.go', '**/vendor/**'],
        grep: 'Handle(Func)?\\(',
        note: 'Go: net/http mux patterns, "/x" and "GET /x"',
    },
];
function routeSetup(frameworks, stacks) {
    const presets = [
        ...new Set(frameworks.filter((f) => routes_types/* PRESET_IDS */.Z.includes(f))),
    ];
    const custom = stacks.some((s) => s.stack === 'go') ? GO_CUSTOM : [];
    const sources = (0,routes_sources/* routeSources */.s)(presets, custom.map((c) => ({
        pattern: c.pattern,
        paths: c.paths,
        exclude: c.exclude,
        grep: c.grep,
        method: 'ANY',
        prefix: '',
    })));
    return { presets, custom, sources };
}
/** The routes one source reads from the snapshot, with the prefixes mounts in other files give them. */
function routesOf(v, src, paths) {
    const included = picomatch_default()(src.paths, { dot: true });
    const excluded = src.exclude.length ? picomatch_default()(src.exclude, { dot: true }) : () => false;
    const files = new Map();
    const fw = src.framework;
    for (const file of paths) {
        if (!included(file) || excluded(file))
            continue;
        if (fw.kind === 'files') {
            if (fw.route(src.roots, file))
                files.set(file, fw.parse(src.roots, file, fw.needsText(file) ? v.text(file) : undefined));
            continue;
        }
        const text = v.text(file);
        if (text === undefined)
            continue;
        if (fw.kind === 'parse')
            files.set(file, fw.parse(file, text));
        else
            files.set(file, {
                routes: text
                    .split(/\r?\n/)
                    .flatMap((line, i) => fw.extract(line).map((r) => ({ ...r, line: i + 1, owner: '' }))),
            });
    }
    const out = [];
    for (const r of (0,mounts/* expandRoutes */.V)(src.prefix, files))
        out.push({
            method: r.method,
            path: r.path,
            normalized: (0,routePath/* normalizePath */.Fd)(r.path),
            where: r.line ? `${r.file}:${r.line}` : r.file,
        });
    return out;
}
/** A route's path as a URL path: as written (a trailing slash kept), with its leading slash. */
const urlPath = (p) => (p.startsWith('/') ? p : `/${p}`);
/** Health endpoints by preference: the first kind found wins. */
const HEALTH = [
    /^\/(?:api\/)?(?:v\d+\/)?health$/,
    /^\/(?:api\/)?(?:v\d+\/)?healthz$/,
    /^\/(?:api\/)?(?:v\d+\/)?health-?check$/,
    /^\/(?:api\/)?(?:v\d+\/)?(?:livez|readyz|ready|alive)$/,
    /^\/(?:api\/)?(?:v\d+\/)?(?:ping|up)$/,
    /^\/actuator\/health$/,
];
function healthOf(routes) {
    for (const re of HEALTH) {
        const hit = routes.find((r) => (r.method === 'GET' || r.method === 'ANY') && re.test(r.normalized));
        if (hit)
            return hit;
    }
    return undefined;
}
/** `HEALTHCHECK CMD curl -f http://localhost:3000/health` */
function dockerHealth(text) {
    const m = /^\s*HEALTHCHECK\b.*?https?:\/\/[^/\s"']+(\/[\w./-]*)/im.exec(text ?? '');
    return m && /^\/[\w./-]*$/.test(m[1]) ? (0,routePath/* normalizePath */.Fd)(m[1]) : undefined;
}
const PROTECTED = /^\/(?:api\/(?:v\d+\/)?)?(?:admin|account|accounts|dashboard|settings|profile|billing|me)(?:\/|$)/;
const PUBLIC = /login|signin|sign-in|signup|sign-up|register|logout|password|reset|callback|oauth|public/i;
const AUTH_LIBRARIES = {
    node: [
        'passport',
        'express-session',
        'next-auth',
        '@auth/core',
        '@clerk/nextjs',
        'express-openid-connect',
        'jsonwebtoken',
        'express-jwt',
        '@fastify/jwt',
        '@fastify/auth',
        'koa-passport',
        'lucia',
        'better-auth',
        'iron-session',
    ],
    python: ['django', 'flask-login', 'flask-jwt-extended', 'fastapi-users', 'authlib', 'pyjwt', 'python-jose'],
    ruby: ['devise', 'omniauth', 'sorcery', 'clearance', 'rodauth-rails'],
    java: ['spring-boot-starter-security', 'spring-security-core', 'spring-security-web'],
    go: [],
    rust: [],
};
function authOf(v, stacks, routes) {
    const library = stacks
        .flatMap((s) => AUTH_LIBRARIES[s.stack].filter((l) => s.dependencies.has(l)))
        .find(Boolean);
    if (!library)
        return undefined;
    const seen = new Set();
    const found = [];
    for (const r of routes) {
        if (r.method !== 'GET' && r.method !== 'ANY')
            continue;
        if (!PROTECTED.test(r.normalized) || PUBLIC.test(r.path) || r.normalized.includes('{'))
            continue;
        const path = urlPath(r.path);
        // A token written into a route (a bot's webhook) is no page to probe, and never printed.
        if (seen.has(r.normalized) || !/^\/[\w./-]*$/.test(path) || (0,shapes/* maskKnownTokens */.C)(path) !== path)
            continue;
        seen.add(r.normalized);
        found.push({ path, where: r.where });
    }
    if (/^\s*devise_for\s+:users\b/m.test(v.text('config/routes.rb') ?? ''))
        found.push({ path: '/users/edit', where: 'config/routes.rb (devise_for :users)' });
    return { library, routes: found.slice(0, 4) };
}
function detectService(v, paths, frameworks, stacks, dockerfile) {
    const { presets, custom, sources } = routeSetup(frameworks, stacks);
    const sourcePaths = paths.filter((p) => !TEST_FILE.test(p));
    const routes = sources.flatMap((src) => routesOf(v, src, sourcePaths));
    const sample = routes.find((r) => !r.normalized.includes('{')) ?? routes[0];
    const fromRoutes = healthOf(routes);
    const dockerPath = dockerfile ? dockerHealth(v.text(dockerfile)) : undefined;
    const actuator = stacks.some((s) => s.dependencies.has('spring-boot-starter-actuator'));
    // As written: Django answers `/health` with a redirect to the `/health/` its urlconf names.
    const written = fromRoutes && urlPath(fromRoutes.path);
    const health = fromRoutes
        ? {
            path: written && /^\/[\w./-]*$/.test(written) ? written : fromRoutes.normalized,
            where: fromRoutes.where,
            critical: true,
        }
        : dockerPath
            ? { path: dockerPath, where: `${dockerfile} (HEALTHCHECK)`, critical: false }
            : actuator
                ? { path: '/actuator/health', where: 'spring-boot-starter-actuator', critical: false }
                : undefined;
    const servesPages = routes.some((r) => r.normalized === '/' && (r.method === 'GET' || r.method === 'ANY')) ||
        /^\s*root\b/m.test(v.text('config/routes.rb') ?? '');
    const auth = authOf(v, stacks, routes);
    return {
        ...(sample
            ? {
                routes: {
                    presets,
                    custom: custom.map(({ pattern, paths: p, exclude, grep, note }) => ({
                        pattern,
                        paths: p,
                        exclude,
                        grep,
                        note,
                    })),
                    // Printed and written into the config's comments: a token in a route is masked by its shape.
                    sample: { path: (0,shapes/* maskKnownTokens */.C)(`${sample.method} ${sample.normalized}`), where: sample.where },
                },
            }
            : {}),
        ...(health ? { health } : {}),
        servesPages,
        ...(auth ? { auth } : {}),
    };
}

;// CONCATENATED MODULE: ./src/init/stacks/common.ts
function viewOf(snapshot) {
    const set = new Set(snapshot.paths);
    return {
        has: (p) => set.has(p),
        text: (p) => snapshot.texts.get(p),
        matching: (re) => snapshot.paths.filter((p) => re.test(p)),
    };
}
/**
 * Words taken from the repository end up in a shell line (`npm run <script>`) or a config
 * value; only plain ones are used, so nothing a repository holds becomes shell code.
 */
const SAFE_WORD = /^[A-Za-z0-9][A-Za-z0-9_.:@/+=-]*$/;
/** A relative path inside the repository, made of plain characters (a report path, a folder). */
function safeRelativePath(p) {
    if (!p)
        return undefined;
    const clean = p.replace(/^\.\//, '');
    if (!/^[A-Za-z0-9_][A-Za-z0-9_./*-]*$/.test(clean))
        return undefined;
    if (clean.split('/').some((s) => s === '..' || s === ''))
        return undefined;
    return clean;
}
/**
 * Text from the repository (file names, routes) as it may be printed or written into a comment:
 * a control character \u2014 a newline in a file name \u2014 could end the comment and write config, or
 * move a terminal's cursor; each becomes `?`.
 */
function printable(s) {
    return s.replace(/[\p{Cc}\u2028\u2029]/gu, '?');
}
/** A coverage minimum read from a config (`lines: 80`), within 0\u2013100. */
function percent(s) {
    if (s === undefined)
        return undefined;
    const n = Number(s);
    return Number.isFinite(n) && n >= 0 && n <= 100 ? n : undefined;
}
/** The first JSON value of a text, or undefined: a broken manifest is a fact to report, not a crash. */
function parseJson(text) {
    if (text === undefined)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** A plain object's own string-keyed members, or an empty record. */
function record(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : {};
}

;// CONCATENATED MODULE: ./src/init/stacks/go.ts
/** Module paths of go.mod's `require` lines and blocks, lower case. */
function modules(text) {
    const out = new Set();
    for (const m of text.matchAll(/^\s*(?:require\s+)?([a-z0-9.-]+\.[a-z]{2,}\/[^\s]+)\s+v\d/gim))
        out.add(m[1].toLowerCase());
    return out;
}
function detectGo(v) {
    const text = v.text('go.mod');
    if (text === undefined)
        return undefined;
    return {
        stack: 'go',
        manager: 'go',
        files: ['go.mod', ...(v.has('go.sum') ? ['go.sum'] : [])],
        frameworks: [],
        dependencies: modules(text),
        test: {
            runner: 'go test',
            run: 'go test ./...',
            notes: [
                'go test writes no JUnit report: the exit code decides (gotestsum --junitfile gives one)',
                'Go cover profiles are not a coverage format the gate reads (lcov, Cobertura, Istanbul)',
            ],
        },
        unreadDependencyFiles: [],
    };
}

;// CONCATENATED MODULE: ./src/init/stacks/jvm.ts
/** Artifact ids of pom.xml and of Gradle dependency notations (`group:artifact:version`). */
function artifacts(text) {
    const out = new Set();
    for (const m of text.matchAll(/<artifactId>\s*([\w.-]+)\s*<\/artifactId>/g))
        out.add(m[1].toLowerCase());
    for (const m of text.matchAll(/['"]([\w.-]+):([\w.-]+)(?::[^'"]*)?['"]/g))
        out.add(m[2].toLowerCase());
    for (const m of text.matchAll(/id\s*\(?\s*['"]([\w.-]+)['"]/g))
        out.add(m[1].toLowerCase());
    return out;
}
const JACOCO_NOTE = 'JaCoCo XML is not a coverage format the gate reads (lcov, Cobertura, Istanbul)';
function detectJava(v) {
    const gradleFile = ['build.gradle.kts', 'build.gradle'].find((f) => v.has(f));
    const maven = v.has('pom.xml');
    if (!maven && !gradleFile)
        return undefined;
    const text = [v.text('pom.xml') ?? '', gradleFile ? (v.text(gradleFile) ?? '') : ''].join('\n');
    const deps = artifacts(text);
    const spring = deps.has('spring-boot-starter-web') ||
        deps.has('spring-boot-starter-webflux') ||
        deps.has('org.springframework.boot');
    // Reports of every module: a multi-module build writes one folder per module.
    const test = maven
        ? {
            runner: 'maven surefire',
            run: `${v.has('mvnw') ? './mvnw' : 'mvn'} --batch-mode --no-transfer-progress test`,
            junit: '**/target/surefire-reports/TEST-*.xml',
            notes: deps.has('jacoco-maven-plugin') ? [JACOCO_NOTE] : [],
        }
        : {
            runner: 'gradle test',
            run: `${v.has('gradlew') ? './gradlew' : 'gradle'} test`,
            junit: '**/build/test-results/test/TEST-*.xml',
            notes: deps.has('jacoco') ? [JACOCO_NOTE] : [],
        };
    return {
        stack: 'java',
        manager: maven ? 'maven' : 'gradle',
        files: maven ? ['pom.xml'] : [gradleFile],
        frameworks: spring ? ['spring'] : [],
        dependencies: deps,
        test,
        unreadDependencyFiles: maven ? ['pom.xml'] : [gradleFile],
    };
}

;// CONCATENATED MODULE: ./src/init/stacks/node.ts

/** Files the Node detector reads besides package.json. */
const NODE_CONFIGS = /^(?:(?:vitest|vite|jest)\.config\.[cm]?[jt]s|jest\.config\.json|\.mocharc\.(?:js|cjs|json|ya?ml)|\.nycrc(?:\.json)?|\.c8rc(?:\.json)?|\.yarnrc\.yml)$/;
const FRAMEWORKS = [
    ['next', 'nextjs'],
    ['express', 'express'],
    ['fastify', 'fastify'],
    ['koa', 'koa'],
];
const NPM_PLACEHOLDER = /no test specified/;
/** Scripts that often are the CI flavour of the tests, tried before `test`. */
const CI_SCRIPTS = ['test:ci', 'ci:test', 'test:junit', 'test'];
/** Where a script already writes a JUnit report. */
const JUNIT_IN_SCRIPT = [
    /--outputFile(?:\.junit)?[= ]([\w./-]+\.xml)/,
    /JEST_JUNIT_OUTPUT_FILE=([\w./-]+\.xml)/,
    /mochaFile=([\w./-]+\.xml)/,
    /--test-reporter-destination[= ]([\w./-]+\.xml)/,
];
function manager(v) {
    if (v.has('pnpm-lock.yaml'))
        return {
            name: 'pnpm',
            lockfile: 'pnpm-lock.yaml',
            install: '(test -d node_modules || pnpm install --frozen-lockfile)',
            exec: 'pnpm exec',
            run: 'pnpm run',
        };
    if (v.has('yarn.lock')) {
        const berry = v.has('.yarnrc.yml') || /^__metadata:/m.test(v.text('yarn.lock') ?? '');
        return {
            name: 'yarn',
            lockfile: 'yarn.lock',
            install: `(test -d node_modules || yarn install ${berry ? '--immutable' : '--frozen-lockfile'})`,
            exec: 'yarn',
            run: 'yarn run',
        };
    }
    const lockfile = ['package-lock.json', 'npm-shrinkwrap.json'].find((f) => v.has(f));
    return {
        name: 'npm',
        ...(lockfile ? { lockfile } : {}),
        install: `(test -d node_modules || npm ${lockfile ? 'ci' : 'install'})`,
        exec: 'npx',
        run: 'npm run',
    };
}
/** What the coverage settings of the runner's config say: the report it writes and the minimum. */
function coverageSettings(configText) {
    const format = /json-summary/.test(configText)
        ? 'istanbul'
        : /cobertura/.test(configText)
            ? 'cobertura'
            : /lcov/.test(configText)
                ? 'lcov'
                : undefined;
    const min = percent(/\blines["']?\s*:\s*(\d+(?:\.\d+)?)/.exec(configText)?.[1]);
    return { ...(format ? { format } : {}), ...(min !== undefined ? { min } : {}) };
}
const COVERAGE_FILE = {
    lcov: 'coverage/lcov.info',
    istanbul: 'coverage/coverage-summary.json',
    cobertura: 'coverage/cobertura-coverage.xml',
};
function nodeTest(pkg, deps, m, configText) {
    const scripts = record(pkg.scripts);
    const script = (name) => typeof scripts[name] === 'string' ? scripts[name] : undefined;
    const test = script('test');
    if (test === undefined || NPM_PLACEHOLDER.test(test))
        return undefined;
    const cov = coverageSettings(configText);
    const minOf = (where) => cov.min !== undefined ? { min: cov.min, minFrom: where } : { min: 0 };
    // A script that already writes a JUnit report is run as it is.
    for (const name of CI_SCRIPTS) {
        const text = script(name);
        if (text === undefined || !SAFE_WORD.test(name))
            continue;
        const junit = JUNIT_IN_SCRIPT.map((re) => safeRelativePath(re.exec(text)?.[1])).find(Boolean);
        if (!junit)
            continue;
        return {
            runner: `the "${name}" script`,
            install: m.install,
            run: name === 'test' ? `${m.name} test` : `${m.run} ${name}`,
            junit,
            notes: [],
        };
    }
    const uses = (tool) => deps.has(tool) || new RegExp(`\\b${tool}\\b`).test(test);
    const x = m.exec;
    if (uses('vitest')) {
        const provider = deps.has('@vitest/coverage-v8') || deps.has('@vitest/coverage-istanbul');
        return {
            runner: 'vitest',
            install: m.install,
            run: [
                `${x} vitest run --reporter=default --reporter=junit --outputFile.junit=reports/junit.xml`,
                ...(provider ? ['--coverage.enabled --coverage.reporter=lcov --coverage.reporter=text-summary'] : []),
            ].join(' '),
            junit: 'reports/junit.xml',
            ...(provider
                ? { coverage: { file: COVERAGE_FILE.lcov, format: 'lcov', ...minOf('the vitest config') } }
                : {}),
            notes: provider ? [] : ['no @vitest/coverage-v8 (or -istanbul) installed: coverage is not measured'],
        };
    }
    if (uses('jest')) {
        const junit = deps.has('jest-junit');
        return {
            runner: 'jest',
            install: m.install,
            run: [
                `${x} jest --ci`,
                ...(junit ? ['--reporters=default --reporters=jest-junit'] : []),
                '--coverage --coverageReporters=lcov --coverageReporters=text-summary',
            ].join(' '),
            ...(junit ? { env: { JEST_JUNIT_OUTPUT_DIR: 'reports', JEST_JUNIT_OUTPUT_NAME: 'junit.xml' } } : {}),
            ...(junit ? { junit: 'reports/junit.xml' } : {}),
            coverage: { file: COVERAGE_FILE.lcov, format: 'lcov', ...minOf('the jest config') },
            notes: junit
                ? []
                : ['add jest-junit to the devDependencies for a JUnit report (a finding per failed test)'],
        };
    }
    if (uses('mocha')) {
        const junit = deps.has('mocha-junit-reporter');
        const cover = deps.has('c8') ? 'c8' : deps.has('nyc') ? 'nyc' : undefined;
        return {
            runner: 'mocha',
            install: m.install,
            run: [
                ...(cover ? [`${x} ${cover} --reporter=lcov --reporter=text-summary`] : []),
                `${cover ? '' : `${x} `}mocha`,
                ...(junit ? ['--reporter mocha-junit-reporter --reporter-options mochaFile=reports/junit.xml'] : []),
            ].join(' '),
            ...(junit ? { junit: 'reports/junit.xml' } : {}),
            ...(cover
                ? { coverage: { file: COVERAGE_FILE.lcov, format: 'lcov', ...minOf(`the ${cover} config`) } }
                : {}),
            notes: [
                ...(junit ? [] : ['add mocha-junit-reporter for a JUnit report (a finding per failed test)']),
                ...(cover ? [] : ['add c8 to measure coverage']),
            ],
        };
    }
    const nodeTestArgs = /^node\s+--test((?:\s+[\w./*-]+)*)\s*$/.exec(test.trim());
    if (nodeTestArgs) {
        // node:test does not create the report's folder.
        return {
            runner: 'node:test',
            install: m.install,
            run: `mkdir -p reports && node --test --test-reporter=spec --test-reporter-destination=stdout --test-reporter=junit --test-reporter-destination=reports/junit.xml${nodeTestArgs[1] ?? ''}`,
            junit: 'reports/junit.xml',
            notes: [],
        };
    }
    // Coverage is read only when the script measures it: a report the run does not write is an error.
    const measured = cov.format && /\b(?:c8|nyc)\b|--coverage|--experimental-test-coverage/.test(test);
    return {
        runner: 'the "test" script',
        install: m.install,
        run: `${m.name} test`,
        ...(measured
            ? {
                coverage: {
                    file: COVERAGE_FILE[cov.format],
                    format: cov.format,
                    ...minOf('the coverage config'),
                },
            }
            : {}),
        notes: ['no test runner with a JUnit reporter was recognised: the exit code decides'],
    };
}
function detectNode(v) {
    const text = v.text('package.json');
    if (text === undefined)
        return undefined;
    const pkg = record(parseJson(text));
    const deps = new Set();
    for (const key of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'])
        for (const name of Object.keys(record(pkg[key])))
            deps.add(name.toLowerCase());
    const m = manager(v);
    const configText = [
        ...v.matching(NODE_CONFIGS).map((p) => v.text(p) ?? ''),
        JSON.stringify(pkg.jest ?? ''),
        JSON.stringify(pkg.nyc ?? ''),
        JSON.stringify(pkg.c8 ?? ''),
    ].join('\n');
    const test = nodeTest(pkg, deps, m, configText);
    return {
        stack: 'node',
        manager: m.name,
        files: ['package.json', ...(m.lockfile ? [m.lockfile] : [])],
        frameworks: FRAMEWORKS.filter(([dep]) => deps.has(dep)).map(([, f]) => f),
        dependencies: deps,
        ...(test ? { test } : {}),
        unreadDependencyFiles: [],
    };
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/init/stacks/python.ts


/** Files the Python detector reads. */
const PYTHON_FILES = /^(?:requirements[\w.-]*\.(?:txt|in)|requirements\/[\w.-]+\.(?:txt|in)|pyproject\.toml|Pipfile|setup\.cfg|pytest\.ini|tox\.ini|\.coveragerc)$/;
/** PEP 503 names: case and runs of `-_.` do not matter. */
const normalize = (name) => name.toLowerCase().replace(/[-_.]+/g, '-');
function requirementNames(text) {
    const out = [];
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (!line || line.startsWith('-') || /^[a-z+]+:\/\//i.test(line))
            continue;
        const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line);
        if (m)
            out.push(normalize(m[1]));
    }
    return out;
}
function toml(text) {
    if (text === undefined)
        return {};
    try {
        return (0,dist/* parse */.qg)(text);
    }
    catch {
        return {};
    }
}
/** Dependency names of pyproject.toml: PEP 621, its optional groups, Poetry's tables and PEP 735 groups. */
function pyprojectNames(doc) {
    const out = [];
    const fromList = (v) => {
        if (Array.isArray(v))
            for (const s of v)
                if (typeof s === 'string')
                    out.push(...requirementNames(s));
    };
    const project = record(doc.project);
    fromList(project.dependencies);
    for (const group of Object.values(record(project['optional-dependencies'])))
        fromList(group);
    for (const group of Object.values(record(doc['dependency-groups'])))
        fromList(group);
    const poetry = record(record(doc.tool).poetry);
    for (const name of Object.keys(record(poetry.dependencies)))
        out.push(normalize(name));
    for (const name of Object.keys(record(poetry['dev-dependencies'])))
        out.push(normalize(name));
    for (const group of Object.values(record(poetry.group)))
        for (const name of Object.keys(record(record(group).dependencies)))
            out.push(normalize(name));
    return out;
}
function python_manager(v, requirements) {
    if (v.has('poetry.lock'))
        return {
            name: 'poetry',
            lockfile: 'poetry.lock',
            install: 'poetry install --no-interaction',
            python: 'poetry run python',
        };
    if (v.has('uv.lock'))
        return { name: 'uv', lockfile: 'uv.lock', install: 'uv sync --frozen', python: 'uv run python' };
    if (v.has('Pipfile.lock') || v.has('Pipfile'))
        return {
            name: 'pipenv',
            ...(v.has('Pipfile.lock') ? { lockfile: 'Pipfile.lock' } : {}),
            install: `pipenv install --dev${v.has('Pipfile.lock') ? ' --deploy' : ''}`,
            python: 'pipenv run python',
        };
    // A virtual environment of the repository's own: system Pythons refuse `pip install` (PEP 668).
    const from = requirements.length
        ? requirements.map((f) => `-r ${f}`).join(' ')
        : v.has('pyproject.toml') || v.has('setup.py')
            ? '-e .'
            : undefined;
    return {
        name: 'pip',
        ...(requirements[0] ? { lockfile: requirements[0] } : {}),
        install: `(test -x .venv/bin/python || (python3 -m venv .venv${from ? ` && .venv/bin/pip install ${from}` : ''}))`,
        python: '.venv/bin/python',
    };
}
function pythonTest(v, deps, m, configText) {
    const pytest = deps.has('pytest') ||
        v.has('pytest.ini') ||
        v.has('conftest.py') ||
        /\[tool\.pytest|\[pytest\]|\[tool:pytest\]/.test(configText);
    if (pytest) {
        const cov = deps.has('pytest-cov');
        const min = percent(/--cov-fail-under[= ](\d+(?:\.\d+)?)/.exec(configText)?.[1] ??
            /fail_under\s*=\s*(\d+(?:\.\d+)?)/.exec(configText)?.[1]);
        return {
            runner: 'pytest',
            install: m.install,
            run: `${m.python} -m pytest --junitxml=reports/junit.xml${cov ? ' --cov --cov-report=xml:coverage.xml --cov-report=term' : ''}`,
            junit: 'reports/junit.xml',
            ...(cov
                ? {
                    coverage: {
                        file: 'coverage.xml',
                        format: 'cobertura',
                        min: min ?? 0,
                        ...(min !== undefined ? { minFrom: 'the coverage settings' } : {}),
                    },
                }
                : {}),
            notes: cov ? [] : ['add pytest-cov to measure coverage'],
        };
    }
    if (v.has('manage.py'))
        return {
            runner: 'Django test runner',
            install: m.install,
            run: `${m.python} manage.py test`,
            notes: [
                'the Django test runner writes no JUnit report: the exit code decides (pytest-django gives one)',
            ],
        };
    if (v.matching(/^tests?\/test_[\w]+\.py$/).length > 0)
        return {
            runner: 'unittest',
            install: m.install,
            run: `${m.python} -m unittest discover`,
            notes: ['unittest writes no JUnit report: the exit code decides'],
        };
    return undefined;
}
const python_FRAMEWORKS = [
    ['django', 'django'],
    ['flask', 'flask'],
    ['fastapi', 'fastapi'],
];
function detectPython(v) {
    const requirements = v.matching(/^requirements[\w.-]*\.(?:txt|in)$|^requirements\/[\w.-]+\.(?:txt|in)$/);
    const markers = ['pyproject.toml', 'Pipfile', 'setup.py', 'manage.py'].filter((f) => v.has(f));
    if (requirements.length === 0 && markers.length === 0)
        return undefined;
    const deps = new Set();
    for (const f of requirements)
        for (const n of requirementNames(v.text(f) ?? ''))
            deps.add(n);
    const pyproject = toml(v.text('pyproject.toml'));
    for (const n of pyprojectNames(pyproject))
        deps.add(n);
    const pipfile = toml(v.text('Pipfile'));
    for (const n of [...Object.keys(record(pipfile.packages)), ...Object.keys(record(pipfile['dev-packages']))])
        deps.add(normalize(n));
    const m = python_manager(v, requirements.filter((f) => !/\.in$/.test(f)));
    const configText = ['pyproject.toml', 'setup.cfg', 'pytest.ini', 'tox.ini', '.coveragerc']
        .map((f) => v.text(f) ?? '')
        .join('\n');
    const test = pythonTest(v, deps, m, configText);
    const frameworks = python_FRAMEWORKS.filter(([dep]) => deps.has(dep)).map(([, f]) => f);
    if (v.has('manage.py') && !frameworks.includes('django'))
        frameworks.unshift('django');
    const manifest = v.has('pyproject.toml') ? ['pyproject.toml'] : [];
    return {
        stack: 'python',
        manager: m.name,
        files: [...new Set([...manifest, ...requirements, ...(m.lockfile ? [m.lockfile] : [])])],
        frameworks,
        dependencies: deps,
        ...(test ? { test } : {}),
        unreadDependencyFiles: ['Pipfile', 'Pipfile.lock'].filter((f) => v.has(f)),
    };
}

;// CONCATENATED MODULE: ./src/init/stacks/ruby.ts
/** Files the Ruby detector reads. */
const RUBY_FILES = /^(?:Gemfile|Gemfile\.lock|\.rspec)$/;
/** Gem names of Gemfile.lock's specs (four spaces in) and of the Gemfile's `gem` lines. */
function gems(lock, gemfile) {
    const out = new Set();
    for (const m of (lock ?? '').matchAll(/^ {4}([A-Za-z0-9_.-]+) \(/gm))
        out.add(m[1].toLowerCase());
    for (const m of (gemfile ?? '').matchAll(/^\s*gem\s+['"]([A-Za-z0-9_.-]+)['"]/gm))
        out.add(m[1].toLowerCase());
    return out;
}
function rubyTest(v, deps, install) {
    const cobertura = deps.has('simplecov-cobertura');
    const coverage = cobertura
        ? { coverage: { file: 'coverage/coverage.xml', format: 'cobertura', min: 0 } }
        : {};
    const coverageNote = cobertura
        ? []
        : ['add simplecov with simplecov-cobertura (coverage/coverage.xml) to measure coverage'];
    if (deps.has('rspec-core') || deps.has('rspec-rails') || deps.has('rspec') || v.has('.rspec')) {
        const junit = deps.has('rspec_junit_formatter');
        return {
            runner: 'rspec',
            install,
            run: junit
                ? 'mkdir -p reports && bundle exec rspec --format progress --format RspecJunitFormatter --out reports/junit.xml'
                : 'bundle exec rspec',
            ...(junit ? { junit: 'reports/junit.xml' } : {}),
            ...coverage,
            notes: [
                ...(junit
                    ? []
                    : ['add the rspec_junit_formatter gem for a JUnit report (a finding per failed test)']),
                ...coverageNote,
            ],
        };
    }
    if (v.matching(/^test\/.+_test\.rb$/).length > 0)
        return {
            runner: 'minitest',
            install,
            run: v.has('bin/rails') ? 'bin/rails test' : 'bundle exec rake test',
            ...coverage,
            notes: ['minitest writes no JUnit report by default: the exit code decides', ...coverageNote],
        };
    return undefined;
}
function detectRuby(v) {
    if (!v.has('Gemfile') && !v.has('Gemfile.lock'))
        return undefined;
    const deps = gems(v.text('Gemfile.lock'), v.text('Gemfile'));
    const install = '(bundle check > /dev/null || bundle install)';
    const test = rubyTest(v, deps, install);
    return {
        stack: 'ruby',
        manager: 'bundler',
        files: ['Gemfile', 'Gemfile.lock'].filter((f) => v.has(f)),
        frameworks: deps.has('rails') || deps.has('railties') || v.has('config/routes.rb') ? ['rails'] : [],
        dependencies: deps,
        ...(test ? { test } : {}),
        unreadDependencyFiles: v.has('Gemfile.lock') ? [] : ['Gemfile'],
    };
}

;// CONCATENATED MODULE: ./src/init/stacks/rust.ts
/** Crate names of Cargo.toml's dependency tables. */
function crates(text) {
    const out = new Set();
    let inDeps = false;
    for (const line of text.split(/\r?\n/)) {
        const table = /^\s*\[([^\]]+)\]/.exec(line);
        if (table) {
            inDeps = /(?:^|\.)(?:dev-|build-)?dependencies$/.test(table[1].trim());
            continue;
        }
        const m = inDeps ? /^\s*([A-Za-z0-9_-]+)\s*=/.exec(line) : null;
        if (m)
            out.add(m[1].toLowerCase());
    }
    return out;
}
function detectRust(v) {
    const text = v.text('Cargo.toml');
    if (text === undefined)
        return undefined;
    return {
        stack: 'rust',
        manager: 'cargo',
        files: ['Cargo.toml', ...(v.has('Cargo.lock') ? ['Cargo.lock'] : [])],
        frameworks: [],
        dependencies: crates(text),
        test: {
            runner: 'cargo test',
            run: 'cargo test',
            notes: ['cargo test writes no JUnit report: the exit code decides'],
        },
        unreadDependencyFiles: [],
    };
}

;// CONCATENATED MODULE: ./src/init/detect.ts









/** The config's JSON Schema as a release publishes it, for editors (yaml-language-server). */
const SCHEMA_URL = 'https://raw.githubusercontent.com/promotion-gate/promotion-gate/v1/schema/promotion-gate.schema.json';
/** The same schema once the package is installed in the repository. */
const LOCAL_SCHEMA = 'node_modules/promotion-gate/schema/promotion-gate.schema.json';
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
const MAX_SOURCES = 400;
const LIKELY_ROUTES = /route|url|app|server|main|index|controller|api|health|handler|view/i;
/**
 * The files whose text detection needs, chosen from the listing alone: manifests, lockfiles that
 * say more than their name, runner and database configs, workflows, and a bounded number of
 * source files (shallow ones and likely route files first).
 */
function filesToRead(paths) {
    const wanted = paths.filter((p) => ROOT_FILES.has(p) ||
        NODE_CONFIGS.test(p) ||
        PYTHON_FILES.test(p) ||
        RUBY_FILES.test(p) ||
        DATABASE_FILES.test(p) ||
        WORKFLOW.test(p) ||
        DOCKERFILE.test(p));
    const depth = (p) => p.split('/').length;
    const sources = paths
        .filter((p) => SOURCE_FILE.test(p) && !TEST_FILE.test(p))
        .map((p) => ({ p, rank: (LIKELY_ROUTES.test(p.slice(p.lastIndexOf('/') + 1)) ? 0 : 100) + depth(p) }))
        .sort((a, b) => a.rank - b.rank || (a.p < b.p ? -1 : a.p > b.p ? 1 : 0))
        .slice(0, MAX_SOURCES)
        .map((x) => x.p);
    return [...new Set([...wanted, ...sources])];
}
function workflowFacts(snapshot) {
    const files = snapshot.paths.filter((p) => WORKFLOW.test(p));
    const usingGate = files.filter((f) => /promotion-gate/.test(snapshot.texts.get(f) ?? ''));
    let stagingUrlVar;
    for (const f of files)
        for (const m of (snapshot.texts.get(f) ?? '').matchAll(/\bvars\.([A-Z][A-Z0-9_]*)\b/g))
            if (!stagingUrlVar && /STAGING/.test(m[1]) && /URL|HOST|DOMAIN|ENDPOINT/.test(m[1]))
                stagingUrlVar = m[1];
    return { files, usingGate, ...(stagingUrlVar ? { stagingUrlVar } : {}) };
}
function baseOf(git) {
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
function detect(snapshot) {
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

;// CONCATENATED MODULE: ./src/init/summary.ts

function stackLine(s) {
    const parts = [`${s.stack}: ${s.manager} (${s.files.join(', ') || 'no manifest'})`];
    if (s.frameworks.length)
        parts.push(s.frameworks.join(', '));
    if (s.test) {
        const extra = [
            ...(s.test.junit ? [`JUnit ${s.test.junit}`] : []),
            ...(s.test.coverage ? [`coverage ${s.test.coverage.file}`] : []),
        ];
        parts.push(`tests: ${s.test.runner}${extra.length ? ` (${extra.join(', ')})` : ''}`);
    }
    else
        parts.push('no tests found');
    return parts.join('; ');
}
/** What `init` found, one line per fact, as it prints them and as the config's header lists them. */
function describeDetection(d) {
    const lines = d.stacks.length ? d.stacks.map(stackLine) : ['no language or package manager recognised'];
    for (const m of d.migrations)
        lines.push(`migrations: ${m.tool} in ${m.dir}/`);
    if (d.dialect)
        lines.push(`database: ${d.dialect.value} (${d.dialect.where})`);
    if (d.routes)
        lines.push(`routes: ${[...d.routes.presets, ...(d.routes.custom.length ? ['custom patterns'] : [])].join(', ')}, e.g. ${d.routes.sample.path} (${d.routes.sample.where})`);
    lines.push(d.health
        ? `health endpoint: ${d.health.path} (${d.health.where})`
        : 'health endpoint: none found (the config guesses /health)');
    if (d.auth)
        lines.push(`login: ${d.auth.library}${d.auth.routes.length ? `; protected: ${d.auth.routes.map((r) => `${r.path} (${r.where})`).join(', ')}` : '; no protected route found'}`);
    if (d.dockerfile)
        lines.push(`container: ${d.dockerfile}`);
    lines.push(d.workflows.files.length
        ? `workflows: ${d.workflows.files.map((f) => f.replace(/^\.github\/workflows\//, '')).join(', ')}${d.workflows.usingGate.length ? ` (promotion-gate already in ${d.workflows.usingGate.map((f) => f.replace(/^\.github\/workflows\//, '')).join(', ')})` : ''}`
        : 'workflows: none yet');
    lines.push(`diff base: ${d.base.ref} (${d.base.why})`);
    if (d.truncated)
        lines.push(`only part of the tree was read: ${d.truncated}`);
    return lines.map(printable);
}

;// CONCATENATED MODULE: ./src/init/yamlText.ts
/**
 * YAML scalars and flow collections written by hand, so the config keeps its comments and reads
 * like one a person wrote. Values come from the repository (paths, commands), so each is quoted
 * unless it is unmistakably a plain string.
 */
/** Plain scalars YAML would read as something other than the same string. */
const NOT_PLAIN = /^(?:true|false|yes|no|on|off|null|~|y|n)$/i;
const PLAIN = /^[A-Za-z0-9_./][\w./@+-]*$/;
function scalar(value) {
    if (typeof value !== 'string')
        return String(value);
    if (PLAIN.test(value) && !NOT_PLAIN.test(value) && Number.isNaN(Number(value)))
        return value;
    return `'${value.replace(/'/g, "''")}'`;
}
function flowList(values) {
    return `[${values.map((v) => scalar(v)).join(', ')}]`;
}
function flowMap(entries) {
    const body = Object.entries(entries)
        .map(([k, v]) => `${scalar(k)}: ${scalar(v)}`)
        .join(', ');
    return body ? `{ ${body} }` : '{}';
}

;// CONCATENATED MODULE: ./src/init/render.ts



/**
 * The config `init` writes: every check commented where it is defined, profiles dev \u2192 staging \u2192
 * prod that get stricter, and values found in the repository. Rendered as text (not through a
 * YAML serializer) so that the comments sit where a reader needs them.
 */
const STAGING = '${{ vars.staging }}';
/** A folded command line wraps at this width, so prettier leaves the file as it is. */
const WRAP = 96;
/** Test checks, one per stack with tests; a second stack gets its own id and report file. */
function testChecks(d) {
    const withTests = d.stacks.filter((s) => s.test);
    return withTests.map((stack, i) => {
        if (i === 0)
            return { id: 'unit-tests', stack, test: stack.test };
        const file = `reports/junit-${stack.stack}.xml`;
        const t = stack.test;
        const moved = (s) => s.split('reports/junit.xml').join(file);
        return {
            id: `unit-tests-${stack.stack}`,
            stack,
            test: { ...t, run: moved(t.run), ...(t.junit ? { junit: moved(t.junit) } : {}) },
        };
    });
}
/** Text YAML reads back as itself without quotes: no indicator first, no `: ` or ` #` inside. */
const PLAIN_LINE = /^[^\s!&*{}[\]|>'"%@`#,?:-][^#]*$/;
/** A shell line, plain when it is short and plain, else a `>-` block folded at spaces between words. */
function folded(key, line, indent) {
    if (`${indent}${key}: ${line}`.length <= 110 && PLAIN_LINE.test(line) && !/: |\s#|:$/.test(line))
        return [`${indent}${key}: ${line}`];
    const rows = [];
    let row = '';
    for (const w of line.split(' ')) {
        if (row && row.length + 1 + w.length > WRAP) {
            rows.push(row);
            row = w;
        }
        else
            row = row ? `${row} ${w}` : w;
    }
    if (row)
        rows.push(row);
    return [`${indent}${key}: >-`, ...rows.map((r) => `${indent}  ${r}`)];
}
function comment(text, indent = '  ') {
    const out = [];
    let row = '';
    for (const w of printable(text).split(' ')) {
        if (row && indent.length + 2 + row.length + 1 + w.length > 100) {
            out.push(`${indent}# ${row}`);
            row = w;
        }
        else
            row = row ? `${row} ${w}` : w;
    }
    if (row)
        out.push(`${indent}# ${row}`);
    return out;
}
function header(d) {
    return [
        `# yaml-language-server: $schema=${d.schema}`,
        '#',
        '# promotion-gate: the checks a release passes before it is promoted (dev \u2192 staging \u2192 prod).',
        '# Written by `promotion-gate init` from what it found in this repository:',
        ...describeDetection(d).map((l) => `#   - ${l}`),
        '#',
        '# Each check says why it is there; change what does not fit, then:',
        '#',
        '#   npx promotion-gate validate',
        '#   npx promotion-gate gate -p dev',
        '#   npx promotion-gate gate -p staging --input target-url=https://staging.example.com',
        '#',
        '# Exit codes: 0 promote, 1 hold, 2 configuration error, 3 internal error. Reports and the evidence',
        '# bundle land in .promotion-gate/<profile>/.',
        '#',
        '# enforcement, what a failing check does: hard (always holds; no waiver), required (holds unless',
        '# waived), scored (lowers the score; a low score holds), advisory (warns), dry-run, off.',
        'version: 1',
        '',
        'vars:',
        '  # The deployment the live checks probe: `--input target-url=\u2026` on the command line, the',
        '  # `target-url=\u2026` line of the action\u2019s `inputs`. Only the profiles with live checks need it.',
        "  staging: '${{ inputs.target-url }}'",
        '',
        'defaults:',
        '  timeout: 30s # a check that takes longer counts as "could not run", which fails (fail closed)',
        ...comment(`The diff checks (secrets, dependencies, migrations, routes) compare the release with this revision when no --base, pull request or promoted run in history names the one it replaces${d.base.guessed ? ` (a guess: ${d.base.why}; point it at the branch releases are cut from)` : ''}.`),
        `  base: ${scalar(d.base.ref)}`,
        '',
    ];
}
function localChecks(d, tests) {
    const lines = [
        'checks:',
        '  # \u2500\u2500 Local checks: the working tree, no service needed \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500',
        '',
    ];
    const ids = [];
    const files = [...d.stacks.flatMap((s) => s.files), ...(d.dockerfile ? [d.dockerfile] : [])];
    if (files.length) {
        ids.push('required-files');
        lines.push(...comment('What a release is built from is there: the manifest, its lockfile (without one a build is not reproducible)' +
            `${d.dockerfile ? ' and the Dockerfile' : ''}.`), '  required-files:', '    type: files', '    enforcement: required', `    paths: ${flowList([...new Set(files)])}`, '');
    }
    for (const { id, stack, test } of tests) {
        ids.push(id);
        const what = [
            `The ${stack.stack} tests pass (${test.runner}).`,
            ...(test.install
                ? ['Dependencies are installed first when they are missing (a fresh CI checkout).']
                : []),
            ...(test.junit ? ['The JUnit report names each failed test.'] : []),
            ...(test.coverage
                ? [
                    test.coverage.minFrom
                        ? `Coverage below ${test.coverage.min}% (from ${test.coverage.minFrom}) fails.`
                        : 'Coverage that measured nothing fails; raise `min` to your coverage once a run shows it.',
                ]
                : []),
        ];
        lines.push(...comment(what.join(' ')));
        for (const note of test.notes)
            lines.push(...comment(`Note: ${note}.`));
        lines.push(`  ${id}:`, '    type: command', '    enforcement: required', '    timeout: 15m');
        lines.push(...folded('run', test.install ? `${test.install} && ${test.run}` : test.run, '    '));
        if (test.env)
            lines.push(`    env: ${flowMap(test.env)}`);
        if (test.junit)
            lines.push(`    junit: ${scalar(test.junit)}`);
        if (test.coverage)
            lines.push(`    coverage: ${flowMap({ file: test.coverage.file, format: test.coverage.format, min: test.coverage.min })}`);
        lines.push('');
    }
    if (tests.length === 0)
        lines.push(...comment('No test command was found. When there is one, add it here and to the dev profile, e.g.:'), '  # unit-tests: { type: command, enforcement: required, run: make test, junit: reports/junit.xml }', '');
    return { lines, ids };
}
function diffChecks(d) {
    const lines = [
        '  # \u2500\u2500 Risk scans of the diff between the release and the one it replaces \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500',
        '',
        ...comment('No credential in the lines the release adds (cloud keys, tokens, private keys, passwords\u2026). Hard: a leaked secret always holds; findings show a redacted form. Accept a test fixture with allowPaths, or a reviewed finding with a baseline.'),
        '  secrets:',
        '    type: secrets',
        "    # allowPaths: ['**/testdata/**']",
        '',
    ];
    const ids = ['secrets'];
    const readable = d.stacks.filter((s) => s.files.some((f) => !s.unreadDependencyFiles.includes(f)));
    const unread = d.stacks.flatMap((s) => s.unreadDependencyFiles);
    if (readable.length) {
        ids.push('dependencies');
        lines.push(...comment(`Packages added, removed, upgraded or downgraded (${readable.map((s) => s.manager).join(', ')}): any change warns (score 4) so that it is reviewed; a denied package fails.`), ...(unread.length
            ? comment(`Not read by this check: ${unread.join(', ')} (it reads npm, PyPI, Go, Cargo and RubyGems files).`)
            : []), '  dependencies:', '    type: dependencies', "    # deny: [event-stream, 'npm:@evil/*']", '    # maxNewDirect: 3', '');
    }
    else if (unread.length)
        lines.push(...comment(`Dependencies: ${unread.join(', ')} is not a file the dependencies check reads (npm, PyPI, Go, Cargo, RubyGems), so there is no dependencies check.`), '');
    if (d.migrations.length) {
        ids.push('migrations');
        const tools = [...new Set(d.migrations.map((m) => `${m.tool} in ${m.dir}/`))].join(', ');
        lines.push(...comment(`Migrations the release adds or changes (${tools}): a destructive statement (DROP TABLE, DROP COLUMN, TRUNCATE, RENAME\u2026) without a way back (a down migration, a backup marker) fails on its line${d.dialect?.value === 'postgresql' || !d.dialect ? '; PostgreSQL lock risks warn with the safer form' : ''}.`), '  migrations:', '    type: migrations', `    paths: ${flowList(d.migrations.flatMap((m) => m.paths))}`, d.dialect
            ? `    dialect: ${d.dialect.value} # from ${printable(d.dialect.where)}`
            : '    # dialect: postgresql # the default; mysql, sqlite or other turn the lock-risk warnings off', '');
    }
    if (d.routes) {
        ids.push('routes');
        const r = d.routes;
        lines.push(...comment(`Routes read from the code at both revisions (found e.g. ${r.sample.path} at ${r.sample.where}): a removed route warns, a missing critical route fails. Routers mounted under a prefix are not followed: give it as \`prefix\`.`), '  routes:', '    type: routes');
        if (r.presets.length)
            lines.push(`    presets: ${flowList(r.presets)}`);
        if (r.custom.length) {
            lines.push('    custom:');
            for (const c of r.custom)
                lines.push(`      # ${c.note}`, `      - pattern: ${scalar(c.pattern)}`, `        paths: ${flowList(c.paths)}`, `        exclude: ${flowList(c.exclude)}`, `        grep: ${scalar(c.grep)}`);
        }
        if (d.health?.critical)
            lines.push(`    critical: ${flowList([d.health.path])}`);
        lines.push('');
    }
    return { lines, ids };
}
function liveChecks(d) {
    const health = d.health?.path ?? '/health';
    const lines = [
        `  # \u2500\u2500 Live checks: the release deployed at ${STAGING} \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500`,
        '',
        ...comment(d.health
            ? `The health endpoint (found at ${d.health.where}) answers 200, in time. Required: a service that is not healthy is not promoted.`
            : 'The health endpoint answers 200, in time. No health endpoint was found in the code: /health is a guess \u2014 point it at a URL that answers 200 only when the service works. Required: a service that is not healthy is not promoted.'),
        '  health:',
        '    type: http',
        '    enforcement: required',
        `    url: ${scalar(`${STAGING}${health}`)}`,
        '    expect: { status: 200, maxLatency: 5s }',
        '    retries: 2 # a deploy that is still starting gets two more chances',
        '',
    ];
    const ids = ['health'];
    if (d.servesPages) {
        ids.push('smoke');
        lines.push(...comment('The front page renders. Add the pages that matter, each with text it must contain.'), '  smoke:', '    type: http', `    base: ${scalar(STAGING)}`, '    requests:', '      - { path: / }', "      # - { path: /pricing, expect: { contains: 'Pricing' } }", '');
    }
    if (d.auth?.routes.length) {
        ids.push('auth');
        lines.push(...comment(`Pages that need a login (${d.auth.library}) must not answer a stranger: each must answer 401/403, redirect to a login page or show a login form. Hard: no waiver lets a leak through. Found: ${d.auth.routes.map((r) => `${r.path} at ${r.where}`).join(', ')}.`), '  auth:', '    type: auth', `    base: ${scalar(STAGING)}`, `    routes: ${flowList(d.auth.routes.map((r) => r.path))}`, '');
    }
    else if (d.auth)
        lines.push(...comment(`Logins are handled by ${d.auth.library}, but no page that needs one was found. List such pages and add auth to the staging profile: each must refuse a stranger (401/403, a login redirect or a login form).`), `  # auth: { type: auth, base: '${STAGING}', routes: [/account] }`, '');
    ids.push('performance');
    const pages = [health, ...(d.servesPages ? ['/'] : [])];
    lines.push(...comment('Latency budgets: `samples` timed requests per page after a warm-up, p95 and max within the budgets (time to response headers). The prod profile makes them tighter and required.'), '  performance:', '    type: performance', '    timeout: 2m # many requests: a slow service fails the budgets, not the timeout', `    base: ${scalar(STAGING)}`, `    pages: ${flowList(pages)}`, '    samples: 20', '    budgets: { p95: 1s, max: 3s }', '');
    return { lines, ids };
}
function profiles(d, dev, live) {
    const prodOverrides = [
        '      performance: { enforcement: required, budgets: { p95: 800ms, max: 2s } }',
        ...(dev.includes('dependencies') ? ['      dependencies: { downgrades: fail }'] : []),
        ...(dev.includes('routes')
            ? ['      routes: { enforcement: required } # a removed route holds until it is expected']
            : []),
    ];
    return [
        'profiles:',
        '  # Before a deploy: the working tree and the diff, no service and no input.',
        '  #   npx promotion-gate gate -p dev',
        '  dev:',
        '    description: Tests and risk scans of the change, before a deploy',
        `    checks: ${flowList(dev)}`,
        '',
        '  # Promoting to staging: everything dev runs, plus the live checks of the deployed release.',
        '  #   npx promotion-gate gate -p staging --input target-url=https://staging.example.com',
        '  staging:',
        '    description: The dev checks plus live checks of the release deployed on staging',
        '    extends: dev',
        `    checks: ${flowList(live)}`,
        ...(dev.includes('migrations')
            ? [
                '    overrides:',
                '      migrations: { enforcement: required } # a destructive migration without a way back holds',
            ]
            : []),
        '',
        '  # Promoting to production: the staging checks, stricter, against the release on staging.',
        '  prod:',
        '    description: The staging checks with production budgets',
        '    extends: staging',
        '    overrides:',
        ...prodOverrides,
        '    decision:',
        '      holdLine: 3 # in prod a release that would need a hotfix (score 3) holds',
        '',
    ];
}
/** The text of `.github/promotion-gate.yml` for what was detected. */
function renderConfig(d) {
    const tests = testChecks(d);
    const local = localChecks(d, tests);
    const diff = diffChecks(d);
    const live = liveChecks(d);
    const lines = [
        ...header(d),
        ...local.lines,
        ...diff.lines,
        ...live.lines,
        ...profiles(d, [...local.ids, ...diff.ids], live.ids),
    ];
    while (lines.at(-1) === '')
        lines.pop();
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/bundle/files.ts
var files = __webpack_require__(61423);
// EXTERNAL MODULE: ./src/change/git.ts
var change_git = __webpack_require__(16352);
;// CONCATENATED MODULE: ./src/init/repoSnapshot.ts





/**
 * The one part of `init` that reads the repository: a bounded walk of the tree (no symbolic link
 * followed, dependency and build folders left out), the texts detection asks for (regular files
 * only, each bounded), and a few answers from git. Everything else is pure.
 */
/** Folders that hold installed dependencies, build output or caches: nothing a config is based on. */
const SKIPPED = new Set([
    '.git',
    'node_modules',
    'vendor',
    'bower_components',
    '.venv',
    'venv',
    'env',
    '__pycache__',
    '.tox',
    '.mypy_cache',
    '.pytest_cache',
    'dist',
    'build',
    'target',
    'out',
    '.next',
    '.nuxt',
    '.svelte-kit',
    'coverage',
    '.gradle',
    '.idea',
    '.vscode',
    'tmp',
    'log',
    '.promotion-gate',
]);
const WALK_LIMITS = { files: 20_000, depth: 12, bytesPerFile: 512 * 1024 };
/** Every file below `root` (posix paths relative to it), breadth first, within the limits. */
async function listRepository(root) {
    const paths = [];
    let queue = [''];
    for (let depth = 0; queue.length > 0; depth++) {
        if (depth >= WALK_LIMITS.depth)
            return { paths, truncated: `folders deeper than ${WALK_LIMITS.depth} levels` };
        const next = [];
        for (const rel of queue) {
            let entries;
            try {
                entries = await (0,promises_.readdir)(rel ? external_node_path_default().join(root, rel) : root, { withFileTypes: true });
            }
            catch {
                continue; // an unreadable folder is one detection does not see
            }
            entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
            for (const e of entries) {
                const p = rel ? `${rel}/${e.name}` : e.name;
                if (e.isDirectory()) {
                    if (!SKIPPED.has(e.name))
                        next.push(p);
                }
                else if (e.isFile()) {
                    paths.push(p);
                    if (paths.length >= WALK_LIMITS.files)
                        return { paths, truncated: `more than ${WALK_LIMITS.files} files` };
                }
            }
        }
        queue = next;
    }
    return { paths };
}
/** Text of a regular file of the repository; absent when it is a link, too large or unreadable. */
async function readText(root, rel) {
    try {
        return (await (0,files/* readRegular */.VX)(external_node_path_default().join(root, ...rel.split('/')), WALK_LIMITS.bytesPerFile)).toString('utf8');
    }
    catch {
        // A link, a FIFO, a file over the limit or one that vanished: detection goes on without it.
        return undefined;
    }
}
const BRANCHES = ['main', 'master', 'trunk', 'develop'];
/** What git says about the repository at `root`; a missing git makes it "not a repository". */
async function gitFacts(root, env) {
    const git = async (...args) => {
        try {
            const r = await (0,change_git/* runGit */.EO)(args, { cwd: root, env, timeoutMs: 10_000, maxBytes: 64 * 1024 });
            return r.code === 0 ? r.stdout.trim() : undefined;
        }
        catch {
            return undefined;
        }
    };
    const top = await git('rev-parse', '--show-toplevel');
    if (top === undefined)
        return { repository: false, commits: false, localBranches: [] };
    const commits = (await git('rev-parse', '--verify', '-q', 'HEAD^{commit}')) !== undefined;
    const branch = await git('symbolic-ref', '-q', '--short', 'HEAD');
    // The remote's default branch and the usual branch names, local and remote: one git for all.
    const listed = await git('for-each-ref', '--format=%(refname)%00%(symref:short)', 'refs/remotes/origin/HEAD', ...BRANCHES.flatMap((b) => [`refs/remotes/origin/${b}`, `refs/heads/${b}`]));
    const refs = new Map((listed ?? '')
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split('\0')));
    const originHead = refs.get('refs/remotes/origin/HEAD');
    let remoteDefault = originHead && /^origin\/[\w./-]+$/.test(originHead) ? originHead : undefined;
    remoteDefault ??= BRANCHES.filter((b) => refs.has(`refs/remotes/origin/${b}`)).map((b) => `origin/${b}`)[0];
    const localBranches = BRANCHES.filter((b) => refs.has(`refs/heads/${b}`));
    return {
        repository: true,
        commits,
        ...(branch ? { branch } : {}),
        ...(remoteDefault ? { remoteDefault } : {}),
        localBranches,
    };
}
/** Lists, reads and asks git: what detection needs of the repository at `root`. */
async function snapshotRepository(root, env) {
    const listing = await listRepository(root);
    // The installed package is inside node_modules, which the walk leaves out: looked up by name.
    const schema = await (0,promises_.lstat)(external_node_path_default().join(root, ...LOCAL_SCHEMA.split('/'))).catch(() => undefined);
    const paths = schema?.isFile() ? [...listing.paths, LOCAL_SCHEMA] : listing.paths;
    const texts = new Map();
    for (const rel of filesToRead(listing.paths)) {
        const text = await readText(root, rel);
        if (text !== undefined)
            texts.set(rel, text);
    }
    return {
        paths,
        texts,
        git: await gitFacts(root, env),
        ...(listing.truncated ? { truncated: listing.truncated } : {}),
    };
}

;// CONCATENATED MODULE: ./src/init/workflow.ts

/**
 * The starter workflow `init` writes: workflows-templates/promotion-dispatch.yml, copied here
 * because the published package runs without the repository's files, and adapted in a few
 * documented places. `__tests__/init/workflow.test.ts` keeps the copy equal to the template.
 */
const PROMOTION_DISPATCH_TEMPLATE = `# Promote a release by hand: Actions \u2192 promotion \u2192 Run workflow. Gates the environment's profile,
# deploys when it promotes (verify, rollback on failure), then watches the environment.
name: promotion
on:
  workflow_dispatch:
    inputs:
      environment:
        description: Environment to promote to
        type: environment
        required: true
      deploy:
        description: Deploy when the gate promotes
        type: boolean
        default: true
      rollback-on-failure:
        description: Roll back when the deploy or its verify fails
        type: boolean
        default: true
      dry-run:
        description: Plan the deploy only
        type: boolean
        default: false
      benchmark-mode:
        description: Benchmark enforcement
        type: choice
        options: [auto, 'off', optional, required]
        default: auto
      min-precision:
        description: "Minimum benchmark precision (empty: the config's)"
        type: string
        default: ''
      min-recall:
        description: "Minimum benchmark recall (empty: the config's)"
        type: string
        default: ''
      benchmark-policy:
        description: "Benchmark policy (empty: the config's)"
        type: string
        default: ''
      extra-inputs:
        description: More config inputs, key=value separated by new lines
        type: string
        default: ''

permissions: {}

jobs:
  promote:
    uses: promotion-gate/promotion-gate/.github/workflows/promote.yml@v1
    # The reusable workflow's jobs get at most these; each job asks only for what it uses.
    permissions:
      contents: read
      checks: write
      actions: read
      deployments: write
      issues: write
    with:
      environment: \${{ inputs.environment }}
      deploy: \${{ inputs.deploy }}
      rollback-on-failure: \${{ inputs.rollback-on-failure }}
      dry-run: \${{ inputs.dry-run }}
      benchmark-mode: \${{ inputs.benchmark-mode }}
      min-precision: \${{ inputs.min-precision }}
      min-recall: \${{ inputs.min-recall }}
      benchmark-policy: \${{ inputs.benchmark-policy }}
      extra-inputs: \${{ inputs.extra-inputs }}
    secrets:
      PROMOTION_GATE_ENV: \${{ secrets.PROMOTION_GATE_ENV }}
`;
const WORKFLOW_TEMPLATE_PATH = 'workflows-templates/promotion-dispatch.yml';
const WORKFLOW_PATH = '.github/workflows/promotion.yml';
/** Starter templates worth copying once the first workflow runs, by file name in workflows-templates/. */
const LATER_TEMPLATES = [
    {
        file: 'promotion-on-push.yml',
        why: 'every push to the default branch gated and deployed to staging (once the config has environments)',
    },
    { file: 'gate-watch.yml', why: 'the prod gate every hour, with an incident issue when it turns' },
    { file: 'weekly-review.yml', why: 'a weekly review of the runs, with trends' },
];
/** Where a user finds a starter template: the repository's v1 tag, which the workflows call too. */
const templateUrl = (file) => `https://github.com/promotion-gate/promotion-gate/blob/v1/workflows-templates/${file}`;
/** Replaces the one occurrence of `from`; a template that changed shape is a bug, not a silent skip. */
function edit(text, from, to) {
    const at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0)
        throw new Error(`the promotion workflow template changed: "${from.trim()}" is not there exactly once`);
    return text.slice(0, at) + to + text.slice(at + from.length);
}
/**
 * The dispatch workflow for a repository whose config has no `environments:` yet: deploying is
 * off by default (promote.yml's deploy job needs an environment to deploy), and the live checks
 * get the URL to probe as `target-url`, from the run's input or a repository variable.
 */
function renderWorkflow(opts) {
    const variable = /^[A-Z][A-Z0-9_]*$/.test(opts.urlVariable) ? opts.urlVariable : 'STAGING_URL';
    let text = PROMOTION_DISPATCH_TEMPLATE;
    text = edit(text, 'then watches the environment.\n', [
        'then watches the environment.',
        '#',
        `# Written by \`promotion-gate init\` from ${WORKFLOW_TEMPLATE_PATH}, changed in two places:`,
        '# - `deploy` is off by default until .github/promotion-gate.yml says how each environment is',
        '#   deployed, verified and rolled back (its `environments:` section; see the README);',
        `# - the live checks probe \`target-url\`: the run's input, else the repository variable ${variable}`,
        '#   (Settings \u2192 Secrets and variables \u2192 Actions \u2192 Variables).',
        '',
    ].join('\n'));
    text = edit(text, '      deploy:\n        description: Deploy when the gate promotes\n        type: boolean\n        default: true\n', [
        '      target-url:',
        `        description: ${scalar(`URL of the deployment the live checks probe (empty: vars.${variable})`)}`,
        '        type: string',
        "        default: ''",
        '      deploy:',
        "        description: Deploy when the gate promotes (needs the config's environments)",
        '        type: boolean',
        '        default: false',
        '',
    ].join('\n'));
    text = edit(text, '      extra-inputs: ${{ inputs.extra-inputs }}\n', [
        '      extra-inputs: |',
        `        target-url=\${{ inputs.target-url || vars.${variable} }}`,
        '        ${{ inputs.extra-inputs }}',
        '',
    ].join('\n'));
    return text;
}

;// CONCATENATED MODULE: ./src/app/init.ts












/** A URL a user can see the example at; the local staging URL is only a placeholder. */
const EXAMPLE_URL = 'https://staging.example.com';
/**
 * What the config asks of a run: every profile plans with the input the live checks read. A config
 * init wrote that does not is init's fault, not the user's: an internal error (exit 3), not a
 * config error.
 */
async function selfCheck(text) {
    try {
        const loaded = await (0,load.readConfig)(types/* DEFAULT_CONFIG_PATH */.Bi, text);
        await (0,load.placed)(() => {
            (0,plan.checkEveryProfile)(loaded);
            for (const profile of Object.keys(loaded.config.profiles))
                (0,plan.planGate)(loaded, profile, { env: {}, inputs: { 'target-url': EXAMPLE_URL } });
        });
    }
    catch (err) {
        if (err instanceof errors/* ConfigError */.xL)
            throw new Error(`init made a config that does not validate, and wrote nothing:\n${err.message}`);
        throw err;
    }
}
/** Makes each folder of `rel` inside `root`, refusing one that is a link or a file. */
async function ensureFolders(root, rel) {
    const parts = rel.split('/').slice(0, -1);
    let at = root;
    for (const part of parts) {
        at = external_node_path_default().join(at, part);
        const info = await (0,promises_.lstat)(at).catch(() => undefined);
        if (!info) {
            await (0,promises_.mkdir)(at);
            continue;
        }
        if (!info.isDirectory())
            throw new errors/* UsageError */.eb(`${external_node_path_default().relative(root, at)} is ${info.isSymbolicLink() ? 'a symbolic link' : 'not a folder'}: init writes only into folders of the repository`);
    }
}
/**
 * Writes a new file without following a link at its name (`wx`), or \u2014 forced \u2014 a temporary file
 * beside it renamed over it, so a link there is replaced, never written through.
 */
async function writeNew(root, rel, text, replace) {
    const target = external_node_path_default().join(root, ...rel.split('/'));
    if (!replace) {
        const fh = await (0,promises_.open)(target, 'wx');
        try {
            await fh.writeFile(text);
        }
        finally {
            await fh.close();
        }
        return;
    }
    const info = await (0,promises_.lstat)(target).catch(() => undefined);
    if (info?.isDirectory())
        throw new errors/* UsageError */.eb(`${rel} is a folder: init replaces only files`);
    const temp = external_node_path_default().join(external_node_path_default().dirname(target), `.${external_node_path_default().basename(target)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    try {
        const fh = await (0,promises_.open)(temp, 'wx');
        try {
            await fh.writeFile(text);
        }
        finally {
            await fh.close();
        }
        await (0,promises_.rename)(temp, target);
    }
    catch (err) {
        await (0,promises_.rm)(temp, { force: true });
        throw err;
    }
}
async function runInit(opts) {
    const root = external_node_path_default().resolve(opts.cwd, opts.dir);
    // The folder the user names may be a link; what init writes below it may not be.
    const info = await (0,promises_.stat)(root).catch(() => undefined);
    if (!info?.isDirectory())
        throw new errors/* UsageError */.eb(`--dir: ${opts.dir} is not a folder`);
    const detection = detect(await snapshotRepository(root, opts.env));
    const config = renderConfig(detection);
    // What init writes must load and plan: a config it cannot stand behind is not written.
    await selfCheck(config);
    const urlVariable = detection.workflows.stagingUrlVar ?? 'STAGING_URL';
    const files = [
        { path: types/* DEFAULT_CONFIG_PATH */.Bi, text: config, what: 'profiles dev, staging and prod' },
        ...(opts.workflows
            ? [
                {
                    path: WORKFLOW_PATH,
                    text: renderWorkflow({ urlVariable }),
                    what: `from ${WORKFLOW_TEMPLATE_PATH}: promote by hand (Actions \u2192 promotion \u2192 Run workflow)`,
                },
            ]
            : []),
    ];
    const existing = [];
    for (const f of files)
        if (await (0,promises_.lstat)(external_node_path_default().join(root, ...f.path.split('/'))).catch(() => undefined))
            existing.push(f.path);
    const later = LATER_TEMPLATES.map((t) => ({ file: templateUrl(t.file), why: t.why }));
    const next = [
        'npx promotion-gate validate',
        'npx promotion-gate gate -p dev',
        `npx promotion-gate gate -p staging --input target-url=${EXAMPLE_URL}`,
    ];
    const result = {
        detection,
        found: describeDetection(detection),
        written: [],
        existing,
        later,
        next,
    };
    if (existing.length > 0 && !opts.force)
        return result;
    // Every folder is checked before anything is written, so a refused one leaves no file half done.
    for (const f of files)
        await ensureFolders(root, f.path);
    for (const f of files) {
        await writeNew(root, f.path, f.text, existing.includes(f.path));
        result.written.push({ path: f.path, what: f.what, replaced: existing.includes(f.path) });
    }
    return result;
}


/***/ }),

/***/ 61423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ kindOf),
/* harmony export */   N5: () => (/* binding */ digestRegular),
/* harmony export */   SX: () => (/* binding */ NotReadable),
/* harmony export */   VX: () => (/* binding */ readRegular),
/* harmony export */   nT: () => (/* binding */ listTree)
/* harmony export */ });
/* unused harmony export MAX_ENTRIES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




function kindOf(e) {
    if (e.isFile())
        return 'file';
    if (e.isDirectory())
        return 'directory';
    if (e.isSymbolicLink())
        return 'symbolic link';
    if (e.isFIFO())
        return 'FIFO';
    if (e.isSocket())
        return 'socket';
    if (e.isBlockDevice() || e.isCharacterDevice())
        return 'device';
    return 'unknown';
}
const MAX_ENTRIES = 100_000;
const MAX_DEPTH = 32;
/** Lists a directory tree without following symbolic links, within fixed limits. */
async function listTree(dir) {
    const out = { entries: new Map(), unreadable: [] };
    const pending = [{ rel: '', depth: 0 }];
    while (pending.length > 0 && !out.truncated) {
        const { rel, depth } = pending.pop();
        let found;
        try {
            found = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(rel ? node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, ...rel.split('/')) : dir, { withFileTypes: true });
        }
        catch (err) {
            out.unreadable.push({ path: rel || '.', detail: err.message });
            continue;
        }
        for (const e of found) {
            const p = rel ? `${rel}/${e.name}` : e.name;
            const kind = kindOf(e);
            out.entries.set(p, kind);
            if (out.entries.size >= MAX_ENTRIES) {
                out.truncated = `more than ${MAX_ENTRIES} entries`;
                break;
            }
            if (kind !== 'directory')
                continue;
            if (depth + 1 >= MAX_DEPTH)
                out.truncated = `directories nested deeper than ${MAX_DEPTH}`;
            else
                pending.push({ rel: p, depth: depth + 1 });
        }
    }
    return out;
}
/** A path that is not a regular file, or (`tooLarge`) not one within its size limit. */
class NotReadable extends Error {
    tooLarge;
    constructor(message, tooLarge = false) {
        super(message);
        this.tooLarge = tooLarge;
    }
}
/**
 * Opens a regular file without following a symbolic link in its last component and without
 * blocking (a FIFO opens at once and is refused), then hands up to `limit` bytes to `take`.
 * Returns how many bytes were read; `limit + 1` read means the file is larger than `limit`.
 * A chunk is `take`'s only during the call: its buffer is read into again, here and for the
 * next file, so what is kept must be copied.
 */
async function readBounded(abs, limit, take) {
    let fh;
    try {
        fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(abs, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK ?? 0));
    }
    catch (err) {
        if (err.code === 'ELOOP')
            throw new NotReadable('is a symbolic link');
        throw err;
    }
    const bufs = [lend(), lend()];
    let pending;
    try {
        const info = await fh.stat();
        if (!info.isFile())
            throw new NotReadable(`is a ${kindOf(info)}, not a regular file`);
        let total = 0;
        let which = 0;
        const next = () => fh.read(bufs[which], 0, Math.min(CHUNK, limit + 1 - total), null);
        pending = next();
        for (;;) {
            const { bytesRead } = await pending;
            pending = undefined;
            if (bytesRead === 0)
                break;
            const got = bufs[which].subarray(0, bytesRead);
            total += bytesRead;
            // The next read goes into the other buffer while this one is handed over: the file is read
            // while what was read is hashed.
            which ^= 1;
            if (total <= limit)
                pending = next();
            take(got);
            if (!pending)
                break;
        }
        return total;
    }
    finally {
        await pending?.catch(() => undefined);
        await fh.close();
        spare.push(...bufs.splice(0).slice(0, SPARE - spare.length));
    }
}
/** Bytes read at once. */
const CHUNK = 1 << 20;
/** Read buffers kept for the next file: every file of a bundle is read, one after another. */
const SPARE = 4;
const spare = [];
/** A read buffer: its bytes are only ever handed out up to what a read put there. */
const lend = () => spare.pop() ?? Buffer.allocUnsafe(CHUNK);
/** The bytes of a regular file; more than `limit` bytes is refused. */
async function readRegular(abs, limit) {
    const chunks = [];
    const size = await readBounded(abs, limit, (c) => chunks.push(Buffer.from(c)));
    if (size > limit)
        throw new NotReadable(`is larger than ${limit} bytes`, true);
    return Buffer.concat(chunks);
}
/** SHA-256 and size of a regular file, reading at most `limit + 1` bytes (size then says "larger"). */
async function digestRegular(abs, limit) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const size = await readBounded(abs, limit, (c) => hash.update(c));
    return { sha256: hash.digest('hex'), size };
}


/***/ }),

/***/ 16352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EO: () => (/* binding */ runGit),
/* harmony export */   QE: () => (/* binding */ gitOrThrow),
/* harmony export */   aM: () => (/* binding */ FIXED_CONFIG),
/* harmony export */   gE: () => (/* binding */ gitEnv),
/* harmony export */   t1: () => (/* binding */ streamGit)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);

// node:child_process is loaded by the first git this starts: the checks that read a diff are
// loaded with the config's schema, by runs (a `validate`) that start no process.
const load = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url);
const childProcess = () => load('node:child_process');
/** Config that would change what git prints; forced off so parsing never depends on a user's setup. */
const FIXED_CONFIG = [
    '-c',
    'core.quotePath=false',
    '-c',
    'color.ui=never',
    '-c',
    'diff.noprefix=false',
    '-c',
    'diff.mnemonicPrefix=false',
    '-c',
    'diff.relative=false',
    '-c',
    'grep.lineNumber=false',
    '-c',
    'grep.fullName=false',
];
function gitEnv(env) {
    // No credential prompt may block a fetch; LC_ALL=C keeps messages we match on in English.
    return { ...env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_PAGER: 'cat' };
}
const STDERR_MAX = 16 * 1024;
/** Bytes handed to a queued consumer in one turn of the event loop. */
const TURN_BYTES = 64 * 1024;
/**
 * Runs git and hands stdout to `onData` as it arrives. Resolves with the exit code and stderr
 * (bounded), once `onData` has had everything. Aborting or the timeout kills git.
 *
 * `queueBytes`: read ahead of a slow consumer, up to that many bytes. git writes a file's diff in
 * one burst after computing it, and a pipe holds 64 KiB: handed over as it is read, a consumer
 * that takes longer than git to go through a burst keeps git waiting, and git's computing the
 * next file then keeps the consumer waiting, so the two take turns instead of working at once.
 * Queued, git's burst is read while the consumer works (a turn of the event loop between every
 * 64 KiB it is handed), and the consumer catches up while git computes.
 */
function streamGit(args, opts, onData, queueBytes = 0) {
    return new Promise((resolve, reject) => {
        if (opts.signal?.aborted) {
            reject(opts.signal.reason instanceof Error ? opts.signal.reason : new Error('aborted'));
            return;
        }
        const child = childProcess().spawn('git', [...FIXED_CONFIG, ...args], {
            cwd: opts.cwd,
            env: gitEnv(opts.env),
            stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        });
        if (opts.input !== undefined) {
            child.stdin.on('error', () => undefined);
            child.stdin.end(opts.input);
        }
        let stderr = '';
        let stopped;
        let failure;
        // What was read and not yet handed over, and how git's exit is settled once it has been.
        const queue = [];
        let queued = 0;
        let draining = false;
        let paused = false;
        let settle;
        const stop = (why) => {
            stopped ??= why;
            // Nothing more is handed over; a paused stdout would never see git's end.
            queue.length = 0;
            queued = 0;
            if (paused) {
                paused = false;
                child.stdout.resume();
            }
            child.kill('SIGKILL');
        };
        const hand = (c) => {
            if (failure || stopped)
                return;
            try {
                onData(c);
            }
            catch (err) {
                failure = err;
                stop('consumer failed');
            }
        };
        const drain = () => {
            draining = false;
            for (let budget = TURN_BYTES; queue.length > 0 && budget > 0;) {
                let c = queue[0];
                if (c.length > budget) {
                    queue[0] = c.subarray(budget);
                    c = c.subarray(0, budget);
                }
                else
                    queue.shift();
                queued -= c.length;
                budget -= c.length;
                hand(c);
            }
            if (paused && queued <= queueBytes / 2) {
                paused = false;
                child.stdout.resume();
            }
            if (queue.length > 0) {
                draining = true;
                setImmediate(drain);
            }
            else
                settle?.();
        };
        const onAbort = () => stop('aborted');
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        const timer = opts.timeoutMs
            ? setTimeout(() => stop(`timed out after ${opts.timeoutMs} ms`), opts.timeoutMs)
            : undefined;
        timer?.unref();
        child.stdout.on('data', (c) => {
            if (queueBytes <= 0) {
                hand(c);
                return;
            }
            if (failure || stopped)
                return;
            queue.push(c);
            queued += c.length;
            if (queued >= queueBytes && !paused) {
                paused = true;
                child.stdout.pause();
            }
            if (!draining) {
                draining = true;
                setImmediate(drain);
            }
        });
        child.stderr.on('data', (c) => {
            if (stderr.length < STDERR_MAX)
                stderr += c.toString('utf8');
        });
        child.on('error', (err) => {
            opts.signal?.removeEventListener('abort', onAbort);
            if (timer)
                clearTimeout(timer);
            reject(err.code === 'ENOENT'
                ? new Error('git is not installed (not on PATH)')
                : err);
        });
        child.on('close', (code) => {
            settle = () => {
                settle = undefined;
                opts.signal?.removeEventListener('abort', onAbort);
                if (timer)
                    clearTimeout(timer);
                if (failure)
                    reject(failure);
                else if (stopped === 'aborted')
                    reject(opts.signal?.reason instanceof Error ? opts.signal.reason : new Error('aborted'));
                else
                    resolve({ code, stderr: stderr.trim(), ...(stopped ? { stopped } : {}) });
            };
            // Settled when everything read has been handed over (at once when nothing waits).
            if (!draining)
                settle();
        });
    });
}
/** Runs git and collects stdout (up to maxBytes, default 16 MiB). */
async function runGit(args, opts) {
    const max = opts.maxBytes ?? 16 * 1024 * 1024;
    const chunks = [];
    let size = 0;
    const r = await streamGit(args, opts, (c) => {
        size += c.length;
        if (size > max)
            throw new Error(`git ${args[0]} printed more than ${max} bytes`);
        chunks.push(c);
    });
    if (r.stopped)
        return { code: null, stdout: '', stderr: `git ${args[0]} ${r.stopped}` };
    return { code: r.code, stdout: Buffer.concat(chunks).toString('utf8'), stderr: r.stderr };
}
/** Runs git; a non-zero exit is an error carrying git's own message. */
async function gitOrThrow(args, opts) {
    const r = await runGit(args, opts);
    if (r.code !== 0)
        throw new Error(`git ${args.join(' ')}: ${r.stderr || `exit ${r.code}`}`);
    return r.stdout;
}


/***/ }),

/***/ 65017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ PRESET_IDS)
/* harmony export */ });
/** What the route parsers read off one file, before prefixes from other files are applied. */
/** The frameworks a preset reads routes of. */
const PRESET_IDS = [
    'flask',
    'fastapi',
    'django',
    'express',
    'fastify',
    'koa',
    'nextjs',
    'rails',
    'spring',
];


/***/ }),

/***/ 72916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkEveryProfile: () => (/* reexport */ load.checkEveryProfile),
  decisionPolicy: () => (/* binding */ decisionPolicy),
  planGate: () => (/* binding */ planGate)
});

// EXTERNAL MODULE: ./src/checks/registry.ts
var registry = __webpack_require__(56538);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(98571);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
// EXTERNAL MODULE: ./src/checks/fields.ts
var fields = __webpack_require__(23128);
// EXTERNAL MODULE: ./src/config/resolve.ts
var resolve = __webpack_require__(68270);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(90131);
// EXTERNAL MODULE: ./src/config/types.ts
var types = __webpack_require__(22143);
;// CONCATENATED MODULE: ./src/config/defaults.ts




/**
 * `defaults:`, interpolated and validated again like a check's fields: `${{ inputs.X }}` works
 * there too, and an unset one is reported at its line.
 */
function planDefaults(config, interp, issues) {
    let d = config.defaults ?? {};
    const { value, issues: found } = interp.interpolate(d, ['defaults']);
    for (const i of found)
        issues.add(i.path, i.message);
    if (found.length === 0) {
        const parsed = schema/* defaultsSchema */.ms.safeParse(value, { reportInput: true });
        if (parsed.success)
            d = parsed.data;
        else
            for (const iss of parsed.error.issues)
                issues.add(['defaults', ...iss.path], `${(0,resolve/* describeZodIssue */.Kg)(iss)} (after interpolation)`);
    }
    const ms = (v, fallback) => v === undefined ? fallback : ((0,duration/* parseDuration */.E9)(v) ?? fallback);
    return {
        timeoutMs: ms(d.timeout, types/* DEFAULT_TIMEOUT_MS */.t1),
        gateTimeoutMs: ms(d.gateTimeout, types/* DEFAULT_GATE_TIMEOUT_MS */.Fu),
        concurrency: d.concurrency ?? types/* DEFAULT_CONCURRENCY */.WH,
        ...(d.base !== undefined ? { base: d.base } : {}),
    };
}

// EXTERNAL MODULE: ./src/config/interpolate.ts
var interpolate = __webpack_require__(72757);
// EXTERNAL MODULE: ./src/config/notify.ts
var notify = __webpack_require__(67649);
// EXTERNAL MODULE: ./src/config/load.ts + 4 modules
var load = __webpack_require__(52008);
// EXTERNAL MODULE: ./src/config/own.ts
var own = __webpack_require__(94842);
// EXTERNAL MODULE: ./src/config/profiles.ts
var profiles = __webpack_require__(73810);
// EXTERNAL MODULE: ./src/config/shellValues.ts + 1 modules
var shellValues = __webpack_require__(14353);
// EXTERNAL MODULE: ./src/core/sensitive.ts
var sensitive = __webpack_require__(5371);
;// CONCATENATED MODULE: ./src/config/plan.ts















/** For `validate` without a profile: every profile must run a check that counts. */

function decisionPolicy(settings) {
    return {
        categories: (0,own/* dataRecord */._)({ ...schema/* DEFAULT_CATEGORIES */.Bl, ...settings.categories }),
        holdLine: settings.holdLine ?? 2,
        autoPromoteAt: settings.autoPromoteAt ?? 4,
        releaseCandidatePercent: settings.releaseCandidatePercent ?? 80,
        ratchet: settings.ratchet ?? true,
        hotfixDeadlineMs: (0,notify/* hotfixDeadlineMs */.zu)(settings.hotfixDeadline),
    };
}
/** Resolves a profile and interpolates its checks; unset inputs and bad values are config errors. */
function planGate(loaded, profile, opts) {
    const { config, source } = loaded;
    const issues = new load.IssueList(source);
    if (!(0,own/* own */.Z)(config.profiles, profile)) {
        throw new errors/* ConfigError */.xL([
            {
                file: source.file,
                message: `unknown profile "${profile}"${(0,core_text/* didYouMean */.au)(profile, Object.keys(config.profiles))}; profiles: ${Object.keys(config.profiles).join(', ')}`,
            },
        ]);
    }
    const resolved = (0,resolve/* resolveProfile */.mC)(config, profile);
    const interp = new interpolate/* Interpolator */.aY(config.vars ?? {}, opts.env, opts.inputs);
    const defaults = planDefaults(config, interp, issues);
    const defaultTimeout = defaults.timeoutMs;
    const checks = [];
    // One missing input (or env variable) used in many places is one problem: it is said once, at
    // its first use, naming every other place.
    const unset = new Map();
    for (const check of resolved.checks) {
        if (opts.onlyTypes && !opts.onlyTypes.includes(check.raw.type))
            continue;
        const enforcementRaw = check.raw.enforcement;
        if (enforcementRaw === 'off') {
            // Not run, so not interpolated: an unset input of an off check is no error.
            const t = (0,registry/* checkType */.Bt)(check.raw.type);
            checks.push(plannedFrom(check.id, check.raw, t.defaults, defaultTimeout));
            continue;
        }
        const shell = new shellValues/* ShellBinder */.nN(interp);
        const { value, issues: iIssues } = interpolateCheck(check, interp, shell);
        for (const i of iIssues) {
            const path = i.path[0] === 'vars' ? i.path : (0,resolve/* sourcePathOf */.Kt)(check, i.path);
            const places = unset.get(i.message);
            if (places) {
                if (!places.some((p) => p.join('.') === path.join('.')))
                    places.push(path);
            }
            else
                unset.set(i.message, [path]);
        }
        if (iIssues.length > 0)
            continue;
        const v = (0,resolve/* validateCheck */.LB)(check, value);
        for (const i of v.issues)
            issues.add(i.path, `${i.message} (after interpolation)`, i.keyOnly);
        if (!v.value)
            continue;
        const t = (0,registry/* checkType */.Bt)(v.value.type);
        // A type may imply the enforcement from its own fields (benchmark `mode: auto` by profile).
        const enforcement = (0,profiles/* enforcementOf */.YZ)(v.value, t, resolved);
        const planned = plannedFrom(check.id, v.value, { ...t.defaults, enforcement }, defaultTimeout);
        if (Object.keys(shell.values).length > 0) {
            Object.defineProperty(planned.spec, fields/* SHELL_VALUES */.EJ, { value: shell.values, enumerable: true });
        }
        checks.push(planned);
    }
    for (const [message, [first, ...others]] of unset) {
        const also = others.length
            ? `; also used at ${others
                .slice(0, 8)
                .map((p) => p.join('.'))
                .join(', ')}${others.length > 8 ? ` and ${others.length - 8} more` : ''}`
            : '';
        issues.add(first, `${message}${also}`);
    }
    issues.throwIfAny();
    const nothingCounts = opts.onlyTypes ? undefined : (0,profiles/* noCountingCheck */.hk)(profile, checks);
    if (nothingCounts)
        issues.add(['profiles', profile], nothingCounts, true);
    issues.throwIfAny();
    const waivers = (config.waivers ?? []).filter((w) => !w.profiles || w.profiles.includes(profile));
    for (const w of waivers) {
        const c = checks.find((x) => x.id === w.check);
        if (c?.enforcement === 'hard') {
            const i = config.waivers.indexOf(w);
            issues.add(['waivers', i, 'check'], `check "${w.check}" is hard in profile "${profile}": it cannot be waived`);
        }
    }
    issues.throwIfAny();
    return {
        profile,
        lineage: resolved.lineage,
        checks,
        policy: decisionPolicy(resolved.decision),
        waivers,
        concurrency: defaults.concurrency,
        gateTimeoutMs: defaults.gateTimeoutMs,
        ...(defaults.base !== undefined ? { defaultBase: defaults.base } : {}),
        // Every command that runs these checks masks them: the environment's values the config takes,
        // and the inputs and environment variables whose names say they are secret, referenced or
        // not (a command inherits the environment and may print it).
        secrets: [
            ...new Set([
                ...interp.envValues,
                ...(0,sensitive/* sensitiveInputValues */.FV)(opts.inputs),
                ...(0,sensitive/* sensitiveEnvValues */.GK)(opts.env),
            ]),
        ],
    };
}
const COMMON = new Set(['type', 'title', 'category', 'enforcement', 'timeout', 'onError']);
function plannedFrom(id, raw, defaults, defaultTimeout) {
    const spec = {};
    for (const [k, v] of Object.entries(raw))
        if (!COMMON.has(k))
            spec[k] = v;
    const timeout = raw.timeout === undefined ? undefined : (0,duration/* parseDuration */.E9)(raw.timeout);
    return {
        id,
        type: raw.type,
        title: raw.title,
        category: raw.category ?? defaults.category,
        enforcement: raw.enforcement ?? defaults.enforcement,
        onError: raw.onError ?? 'fail',
        timeoutMs: timeout ?? defaultTimeout,
        spec,
    };
}
/**
 * A check's fields with every expression replaced: in the fields bash runs, by references to
 * environment variables whose values the binder keeps; elsewhere, by the values themselves.
 */
function interpolateCheck(check, interp, shell) {
    const type = (0,registry/* checkType */.Bt)(check.raw.type);
    const issues = [];
    let raw = check.raw;
    for (const key of (0,shellValues/* shellFieldsOf */.pk)(type)) {
        const script = (0,own/* own */.Z)(raw, key);
        if (typeof script === 'string')
            raw = { ...raw, [key]: shell.bind(script, [key], issues) };
    }
    const rest = interp.interpolate(raw, []);
    return { value: rest.value, issues: [...issues, ...rest.issues] };
}


/***/ }),

/***/ 5371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ shownInputs),
/* harmony export */   FV: () => (/* binding */ sensitiveInputValues),
/* harmony export */   GK: () => (/* binding */ sensitiveEnvValues)
/* harmony export */ });
/* unused harmony export isSensitiveInput */
/**
 * Input names that say their value is secret (`api-token`, `db_password`, `deploy-key`,
 * `slack-webhook`, `sentry-dsn`, `gpg-passphrase`, `github-pat`): such a value is registered with
 * the redactor, and reports list the input as `***`. Broad on purpose: masking a value that was
 * not secret costs a line of a report its readability; missing one that was costs the secret.
 */
const SENSITIVE_INPUT = /token|secret|password|passwd|passphrase|pwd|key|credential|auth|cookie|bearer|jwt|webhook|dsn|private|signature|(?:^|[-_.])(?:pat|sig)(?:$|[-_.])/i;
const isSensitiveInput = (name) => SENSITIVE_INPUT.test(name);
/** The values of the inputs whose names say they are secret, for the redactor. */
const sensitiveInputValues = (inputs) => Object.entries(inputs)
    .filter(([name]) => isSensitiveInput(name))
    .map(([, value]) => value);
/**
 * Inputs as reports list them: the secret ones as `***`. Each name an own key, whatever it is
 * (`__proto__` set by assignment would change the object's prototype and be lost).
 */
const shownInputs = (inputs) => Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, isSensitiveInput(k) ? '***' : v]));
/** Parts of an environment variable's name (`NPM_TOKEN`, `DB_PASSWORD`) that say it holds a secret. */
const SECRET_NAME_PARTS = new Set([
    'TOKEN',
    'TOKENS',
    'SECRET',
    'SECRETS',
    'PASSWORD',
    'PASSWORDS',
    'PASSWD',
    'PASSPHRASE',
    'CREDENTIAL',
    'CREDENTIALS',
    'CREDS',
    'KEY',
    'APIKEY',
    'COOKIE',
    'JWT',
    'WEBHOOK',
    'DSN',
    'PAT',
    'AUTH',
]);
/** Named like secrets, and not: the agent's socket path. */
const NOT_SECRET_NAMES = new Set(['SSH_AUTH_SOCK']);
/**
 * The values of the environment variables whose names say they hold a secret (`MY_API_SECRET`,
 * `NPM_TOKEN`, `DB_PWD`), for the redactor. A command the gate runs inherits the environment and
 * may print it (`env`, `set -x`), whether or not the config names the variable; such a value the
 * config names is a secret already. Left out: values under 8 characters, and values that are
 * only letters or only digits (`true`, `authorization`, `3600`) \u2014 flags and settings, which
 * masked would hide ordinary words of every output. `PWD` and `OLDPWD` are directories.
 */
function sensitiveEnvValues(env) {
    const out = [];
    for (const [name, value] of Object.entries(env)) {
        if (value === undefined || value.length < 8 || /^(?:[A-Za-z]+|\d+)$/.test(value))
            continue;
        if (NOT_SECRET_NAMES.has(name.toUpperCase()))
            continue;
        const parts = name.toUpperCase().split(/[^A-Z0-9]+/);
        const named = parts.some((p) => SECRET_NAME_PARTS.has(p)) || (parts.length > 1 && parts.includes('PWD'));
        if (named)
            out.push(value);
    }
    return out;
}


/***/ })

};
