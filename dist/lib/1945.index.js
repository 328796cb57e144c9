export const id = 1945;
export const ids = [1945];
export const modules = {

/***/ 74810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jo: () => (/* binding */ createStreamLogger),
/* harmony export */   S: () => (/* binding */ redactingLogger),
/* harmony export */   Sy: () => (/* binding */ STATUS_SYMBOL),
/* harmony export */   Ty: () => (/* binding */ findingsToShow),
/* harmony export */   tY: () => (/* binding */ checkLine)
/* harmony export */ });
/* unused harmony export silentLogger */
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96228);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5374);


const STATUS_SYMBOL = {
    pass: '\u2714',
    warn: '\u26a0',
    fail: '\u2716',
    error: '\u203c',
    skipped: '\u25cb',
};
/** One line per finished check: `\u2714 health  pass 5/5  120ms  healthy`. */
function checkLine(r) {
    const score = r.status === 'skipped' ? '   ' : `${r.score}/5`;
    return `${STATUS_SYMBOL[r.status] ?? '?'} ${r.id.padEnd(18)} ${r.status.padEnd(7)} ${score}  ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(r.durationMs).padStart(7)}  ${r.summary}`;
}
/**
 * The findings worth a line under a check's line: a check with one problem often says it in its
 * summary too, and the line above already shows that.
 */
function findingsToShow(r) {
    return r.findings.filter((f) => !(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .repeatsSummary */ .Bg)(f, r.summary));
}
function createStreamLogger(opts = {}) {
    const write = opts.write ?? ((line) => process.stderr.write(`${line}\n`));
    return {
        info: (m) => write(m),
        warn: (m) => write(`warning: ${m}`),
        error: (m) => write(`error: ${m}`),
        debug: (m) => {
            if (opts.verbose)
                write(`debug: ${m}`);
        },
        checkFinished(result, log) {
            write(checkLine(result));
            if (opts.verbose)
                for (const l of log)
                    write(`    ${l}`);
            if (result.status === 'fail' || result.status === 'error' || result.status === 'warn') {
                const findings = findingsToShow(result);
                for (const f of findings.slice(0, 5)) {
                    const at = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}: ` : '';
                    write(`    ${at}${f.message.split('\n')[0]}`);
                }
                if (findings.length > 5)
                    write(`    \u2026 ${findings.length - 5} more in the report`);
            }
        },
        mask: () => undefined,
    };
}
/**
 * A logger whose every line is redacted first, with the secrets known when it is printed. The
 * gate wraps the front end's logger in one, so a message built from a store's error (a git
 * remote with a token in its URL) is masked like the report.
 */
function redactingLogger(logger, redactor, 
/** How the front end spells the options messages name (see `src/app/frontEnd.ts`). */
shown = { text: (m) => m, deep: (v) => v }) {
    const r = (m) => shown.text(redactor.redact(m));
    return {
        info: (m) => logger.info(r(m)),
        warn: (m) => logger.warn(r(m)),
        error: (m) => logger.error(r(m)),
        debug: (m) => logger.debug(r(m)),
        checkFinished: (result, log) => logger.checkFinished(shown.deep(redactor.redactDeep(result)), log.map(r)),
        mask: (v) => logger.mask(v),
    };
}
const silentLogger = {
    info: () => undefined,
    warn: () => undefined,
    error: () => undefined,
    debug: () => undefined,
    checkFinished: () => undefined,
    mask: () => undefined,
};


/***/ }),

/***/ 11945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(48179);
// EXTERNAL MODULE: ./src/adapters/logger.ts
var logger = __webpack_require__(74810);
// EXTERNAL MODULE: ./src/core/credentials.ts
var credentials = __webpack_require__(72633);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/app/frontEnd.ts
var frontEnd = __webpack_require__(75787);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/app/exitCodes.ts
var exitCodes = __webpack_require__(58357);
// EXTERNAL MODULE: ./src/report/headline.ts
var headline = __webpack_require__(14512);
// EXTERNAL MODULE: ./src/config/types.ts
var types = __webpack_require__(22143);
// EXTERNAL MODULE: ./src/app/options.ts
var options = __webpack_require__(75173);
;// CONCATENATED MODULE: ./src/cli/options.ts


const collect = (value, prev) => [...prev, value];
/**
 * The commander option of a shared option: same name, help and default as the action input.
 * A switch whose default is on becomes `--no-<flag>`.
 */
function cliOption(key, overrides = {}) {
    const spec = options/* OPTIONS */.lw[key];
    const flag = (0,options/* flagOf */.iP)(spec);
    if (!flag)
        throw new Error(`option ${spec.name} has no CLI flag`);
    const help = overrides.help ?? spec.help ?? spec.description;
    if (!spec.value) {
        return spec.default === 'true'
            ? new esm/* Option */.c$(`--no-${flag.slice(2)}`, `do not: ${help}`)
            : new esm/* Option */.c$(`${spec.short ? `${spec.short}, ` : ''}${flag}`, help);
    }
    const opt = new esm/* Option */.c$(`${spec.short ? `${spec.short}, ` : ''}${flag} ${spec.value}`, help);
    if (spec.list)
        return opt.argParser(collect).default([]);
    const dflt = overrides.default ?? spec.default;
    return dflt !== undefined ? opt.default(dflt) : opt;
}
/** Parses what commander collected for a shared option, with the flag named in messages. */
function cliValue(key, value) {
    const spec = options/* OPTIONS */.lw[key];
    const raw = value === undefined ? '' : Array.isArray(value) ? value : String(value);
    return spec.parse(raw, (0,options/* flagOf */.iP)(spec) ?? spec.name);
}

;// CONCATENATED MODULE: ./src/cli/aggregate.ts




const aggregate_collect = (value, prev) => [...prev, value];
/** `aggregate`: exit 0 when ga_ready, 1 otherwise. */
function registerAggregate(program, io, setCode) {
    program
        .command('aggregate')
        .description('merge evidence from many jobs into one level, score and bundle: exit 0 when ga_ready, 1 otherwise')
        .option('-c, --config <file>', `config with an aggregate section (default ${types/* DEFAULT_CONFIG_PATH */.Bi} when it exists)`)
        .option('-a, --artifact <domain=path>', 'evidence file of a domain (repeatable)', aggregate_collect, [])
        .option('-d, --dir <dir>', 'directory of downloaded artifacts: each file or folder is a domain (repeatable)', aggregate_collect, [])
        .option('-r, --required <domains>', 'comma-separated domains that must pass (default: the config\u2019s, else all given)')
        .option('--release <name>', 'release the evidence is for (recorded in the report)')
        .option('--allow-outside-workspace', 'read evidence outside the working directory (after resolving symbolic links); each such domain says where it was read')
        .option('-o, --out <dir>', 'output directory', external_node_path_default().join('.promotion-gate', 'aggregate'))
        .action(async (o) => {
        const { exists, runAggregate, loadConfigFile } = await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3160), __webpack_require__.e(6981), __webpack_require__.e(2123), __webpack_require__.e(277), __webpack_require__.e(9691), __webpack_require__.e(2008), __webpack_require__.e(6445), __webpack_require__.e(3751), __webpack_require__.e(7815), __webpack_require__.e(2330), __webpack_require__.e(6682), __webpack_require__.e(6480), __webpack_require__.e(5524), __webpack_require__.e(6314), __webpack_require__.e(1452), __webpack_require__.e(6854), __webpack_require__.e(9273)]).then(__webpack_require__.bind(__webpack_require__, 31654));
        const artifacts = cliValue('evidence', o.artifact);
        const configPath = external_node_path_default().resolve(io.cwd, o.config ?? types/* DEFAULT_CONFIG_PATH */.Bi);
        const loaded = o.config !== undefined || (await exists(configPath))
            ? await loadConfigFile(configPath, o.config ?? types/* DEFAULT_CONFIG_PATH */.Bi)
            : undefined;
        const required = cliValue('required', o.required);
        const outDir = external_node_path_default().resolve(io.cwd, o.out);
        const { report } = await runAggregate({
            cwd: io.cwd,
            artifacts,
            dirs: o.dir,
            required,
            settings: loaded?.config.aggregate,
            ...(loaded ? { source: loaded.source } : {}),
            allowOutsideWorkspace: o.allowOutsideWorkspace === true,
            release: o.release,
            outDir,
            now: new Date(),
            version: version/* VERSION */.x,
            env: io.env,
        });
        const rel = external_node_path_default().relative(io.cwd, outDir) || '.';
        io.stdout(`${report.level.toUpperCase()}  score ${report.score}  (${report.required.length} required domain(s))\n`);
        for (const d of report.domains)
            io.stdout(`  ${d.status === 'passed' ? '\u2714' : '\u2716'} ${d.name.padEnd(16)} ${d.status.padEnd(10)} ${d.required ? '' : '(optional) '}${d.detail}\n`);
        for (const b of report.blockers)
            io.stdout(`  blocker: ${b}\n`);
        io.stdout(`report: ${external_node_path_default().join(rel, 'report.md')}  (${external_node_path_default().join(rel, 'report.json')})\nbundle: ${report.bundle?.id}\n`);
        setCode(report.level === 'ga_ready' ? 0 : 1);
    });
}

// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(98571);
;// CONCATENATED MODULE: ./src/cli/historyOption.ts


/** `--history`, defaulting to $PROMOTION_GATE_HISTORY, then the local directory. */
function historyOption(io) {
    return new esm/* Option */.c$('--history <store>', 'where runs are remembered: dir[:PATH] (.promotion-gate/.history), git[:BRANCH[@REMOTE]], artifacts[:NAME] or off').default(io.env.PROMOTION_GATE_HISTORY || 'dir');
}
async function openHistory(text, io) {
    const { createHistoryStore, parseHistorySpec } = await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3160), __webpack_require__.e(6981), __webpack_require__.e(2123), __webpack_require__.e(277), __webpack_require__.e(9691), __webpack_require__.e(2008), __webpack_require__.e(6445), __webpack_require__.e(3751), __webpack_require__.e(7815), __webpack_require__.e(2330), __webpack_require__.e(6682), __webpack_require__.e(6480), __webpack_require__.e(5524), __webpack_require__.e(6314), __webpack_require__.e(1452), __webpack_require__.e(6854), __webpack_require__.e(9273)]).then(__webpack_require__.bind(__webpack_require__, 31654));
    return createHistoryStore(parseHistorySpec(text, '--history'), { cwd: io.cwd, env: io.env });
}
/** For commands that only make sense with history. */
async function requireHistory(text, io, command) {
    const store = await openHistory(text, io);
    if (!store)
        throw new errors/* UsageError */.eb(`${command} reads history: --history off leaves it nothing to read`);
    return store;
}

;// CONCATENATED MODULE: ./src/cli/deploy.ts






const HEADLINE = {
    deployed: 'DEPLOYED',
    'rolled-back': 'ROLLED BACK',
    failed: 'FAILED',
    'rollback-failed': 'ROLLBACK FAILED',
    interrupted: 'INTERRUPTED',
    planned: 'PLANNED',
    passed: 'PASSED',
};
function stepLine(e) {
    const mark = e.status === 'passed' ? '\u2714' : e.status === 'planned' ? '\u25cb' : '\u2716';
    const took = e.durationMs !== undefined ? `  ${(0,duration/* formatDuration */.a3)(e.durationMs)}` : '';
    if (e.kind === 'command') {
        const what = e.status === 'planned' ? `$ ${e.command}` : (e.detail ?? e.status);
        return `  ${mark} ${e.name.padEnd(22)} ${what}${took}\n`;
    }
    const what = e.verdict
        ? `${e.profile}: ${e.verdict} ${e.score}/5${e.blockers?.length ? ` (${e.blockers.join(', ')})` : ''}`
        : `${e.profile}: ${e.detail ?? e.status}`;
    return `  ${mark} ${e.name.padEnd(22)} ${what}${took}${e.bundleId ? `  bundle ${e.bundleId.slice(0, 19)}\u2026` : ''}\n`;
}
function print(run, io) {
    const r = run.report;
    const rel = external_node_path_default().relative(io.cwd, run.outDir) || '.';
    const what = r.kind === 'drill' ? `drill of ${r.environment}` : r.environment;
    io.stdout(`\n${HEADLINE[r.outcome] ?? r.outcome.toUpperCase()} ${what}: ${r.why}\n`);
    for (const e of r.steps)
        io.stdout(stepLine(e));
    if (run.alert)
        io.stdout(`  ALERT: ${run.alert}\n`);
    io.stdout(`report: ${external_node_path_default().join(rel, 'report.md')}  (${external_node_path_default().join(rel, 'report.json')})\n`);
    io.stdout(`bundle: ${r.bundle?.id}\n`);
    if (run.history)
        io.stdout(run.history.appended
            ? `history: recorded as ${run.history.key} (run ${run.history.runId}) in ${run.history.store}\n`
            : `history: NOT recorded in ${run.history.store} (see the warning above)\n`);
}
function common(o, io) {
    return {
        configPath: external_node_path_default().resolve(io.cwd, o.config),
        environment: cliValue('environment', o.environment),
        inputs: cliValue('inputs', o.input),
        env: io.env,
        cwd: io.cwd,
        outDir: o.out ? external_node_path_default().resolve(io.cwd, o.out) : undefined,
        logger: (0,logger/* createStreamLogger */.Jo)({ write: (l) => io.stderr(`${l}\n`), verbose: o.verbose }),
        signal: io.signal,
    };
}
/** `deploy` and `drill`: exit 0 deployed (or a passed drill), 1 failed or rolled back, 4 rollback failed. */
function registerDeploy(program, io, setCode) {
    program
        .command('deploy')
        .description('snapshot \u2192 deploy \u2192 verify an environment, rolling back on failure: exit 0 deployed, 1 failed or rolled back, 4 rollback failed')
        .addOption(cliOption('environment').makeOptionMandatory())
        .addOption(cliOption('config'))
        .addOption(cliOption('outputDir', { help: 'output directory (default .promotion-gate/.deploy/<environment>)' }))
        .addOption(cliOption('inputs'))
        .addOption(cliOption('rollbackOnFailure'))
        .option('--no-rollback', 'never roll back, whatever the config says')
        .addOption(cliOption('dryRun'))
        .option('-v, --verbose', 'print each check\u2019s log lines')
        .addOption(historyOption(io))
        .action(async (o) => {
        if (o.rollbackOnFailure && o.rollback === false)
            throw new errors/* UsageError */.eb('--rollback-on-failure and --no-rollback contradict each other: give one');
        const rollback = o.rollback === false ? false : cliValue('rollbackOnFailure', o.rollbackOnFailure ? 'true' : '');
        const { runDeploy } = await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3160), __webpack_require__.e(6981), __webpack_require__.e(2123), __webpack_require__.e(277), __webpack_require__.e(9691), __webpack_require__.e(2008), __webpack_require__.e(6445), __webpack_require__.e(3751), __webpack_require__.e(7815), __webpack_require__.e(2330), __webpack_require__.e(6682), __webpack_require__.e(6480), __webpack_require__.e(5524), __webpack_require__.e(6314), __webpack_require__.e(1452), __webpack_require__.e(6854), __webpack_require__.e(9273)]).then(__webpack_require__.bind(__webpack_require__, 31654));
        const run = await runDeploy({
            ...common(o, io),
            rollback,
            dryRun: cliValue('dryRun', o.dryRun),
            history: await openHistory(o.history, io),
        });
        print(run, io);
        setCode(run.exitCode);
    });
}
function registerDrill(program, io, setCode) {
    program
        .command('drill')
        .description('prove the rollback path of an environment: deploy, a verify recorded as failed, rollback, verify; exit 0 passed, 1 failed, 4 rollback failed')
        .addOption(cliOption('environment', {
        help: 'environment to drill (a key of environments in the config)',
    }).makeOptionMandatory())
        .addOption(cliOption('config'))
        .addOption(cliOption('outputDir', { help: 'output directory (default .promotion-gate/.drill/<environment>)' }))
        .addOption(cliOption('inputs'))
        .addOption(cliOption('retain'))
        .addOption(cliOption('live'))
        .option('-v, --verbose', 'print each check\u2019s log lines')
        .addOption(historyOption(io))
        .action(async (o) => {
        const { runDrill } = await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3160), __webpack_require__.e(6981), __webpack_require__.e(2123), __webpack_require__.e(277), __webpack_require__.e(9691), __webpack_require__.e(2008), __webpack_require__.e(6445), __webpack_require__.e(3751), __webpack_require__.e(7815), __webpack_require__.e(2330), __webpack_require__.e(6682), __webpack_require__.e(6480), __webpack_require__.e(5524), __webpack_require__.e(6314), __webpack_require__.e(1452), __webpack_require__.e(6854), __webpack_require__.e(9273)]).then(__webpack_require__.bind(__webpack_require__, 31654));
        const run = await runDrill({
            ...common(o, io),
            retain: cliValue('retain', o.retain),
            live: cliValue('live', o.live),
            history: await openHistory(o.history, io),
        });
        print(run, io);
        setCode(run.exitCode);
    });
}

;// CONCATENATED MODULE: ./src/cli/drift.ts





const OUTPUT_ROOT = '.promotion-gate';
/** `drift`: exit 1 when a required benchmark drifted (or could not be judged), else 0. */
function registerDrift(program, io, setCode) {
    program
        .command('drift')
        .description('judge the profile\u2019s benchmark checks against history only: exit 1 on a blocking drift alert')
        .addOption(cliOption('profile', { help: 'profile whose benchmark checks are judged' }).makeOptionMandatory())
        .addOption(cliOption('config'))
        .addOption(historyOption(io))
        .option('--from-history', 'judge the newest recorded run instead of measuring now')
        .addOption(cliOption('outputDir', { help: 'output directory (default .promotion-gate/<profile>-drift)' }))
        .addOption(cliOption('inputs'))
        .option('-v, --verbose', 'print each check\u2019s log lines')
        .action(async (o) => {
        const { createExec, createHttpClient, benchmarkChecks, runDrift, loadConfigFile, placed, planGate } = await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3160), __webpack_require__.e(6981), __webpack_require__.e(2123), __webpack_require__.e(277), __webpack_require__.e(9691), __webpack_require__.e(2008), __webpack_require__.e(6445), __webpack_require__.e(3751), __webpack_require__.e(7815), __webpack_require__.e(2330), __webpack_require__.e(6682), __webpack_require__.e(6480), __webpack_require__.e(5524), __webpack_require__.e(6314), __webpack_require__.e(1452), __webpack_require__.e(6854), __webpack_require__.e(9273)]).then(__webpack_require__.bind(__webpack_require__, 31654));
        const loaded = await loadConfigFile(external_node_path_default().resolve(io.cwd, o.config), o.config);
        // Only the benchmarks are judged: the inputs of the profile's other checks (live URLs) are
        // not needed, with or without --from-history.
        const plan = await placed(() => planGate(loaded, o.profile, {
            env: io.env,
            inputs: cliValue('inputs', o.input),
            onlyTypes: ['benchmark'],
        }));
        const store = await requireHistory(o.history, io, 'drift');
        const outDir = external_node_path_default().resolve(io.cwd, o.out ?? external_node_path_default().join(OUTPUT_ROOT, `${o.profile}-drift`));
        if (benchmarkChecks(plan).length === 0)
            io.stderr(`note: profile ${o.profile} runs no benchmark checks (or their mode is off in it)\n`);
        const report = await runDrift({
            plan,
            store,
            fromHistory: o.fromHistory ?? false,
            outDir,
            // The default must stay inside .promotion-gate/: no `..` or symbolic link may lead it elsewhere.
            ...(o.out === undefined ? { within: external_node_path_default().resolve(io.cwd, OUTPUT_ROOT) } : {}),
            cwd: io.cwd,
            env: io.env,
            exec: createExec(),
            http: createHttpClient(`promotion-gate/${version/* VERSION */.x}`),
            logger: (0,logger/* createStreamLogger */.Jo)({ write: (l) => io.stderr(`${l}\n`), verbose: o.verbose }),
            now: () => new Date(),
            signal: io.signal,
        });
        for (const p of report.problems)
            io.stderr(`warning: history: ${p}\n`);
        io.stdout(`\n${report.blockingAlerts > 0 ? 'DRIFT' : report.alerts > 0 ? 'DRIFT (not blocking)' : 'NO DRIFT'}  ${o.profile}  ${report.alerts} alert(s), ${report.blockingAlerts} blocking\n`);
        for (const c of report.checks) {
            if (c.error)
                io.stdout(`  \u2716 ${c.check}: could not be judged: ${c.error}\n`);
            for (const p of c.points)
                io.stdout(`  ${p.status === 'alert' || p.status === 'missing' ? '\u2716' : '\u2022'} ${c.check}: ${p.message}\n`);
        }
        const rel = external_node_path_default().relative(io.cwd, outDir) || '.';
        io.stdout(`report: ${external_node_path_default().join(rel, 'drift.md')}  (${external_node_path_default().join(rel, 'drift.json')})\n`);
        setCode(report.blockingAlerts > 0 ? 1 : 0);
    });
}

// EXTERNAL MODULE: ./src/core/runner.ts
var core_runner = __webpack_require__(4473);
;// CONCATENATED MODULE: ./src/cli/watch.ts










/** Where incidents go: the repository and token of the environment, or why there are none. */
async function issuesFor(f, io) {
    if (!f.incidents)
        return { skipped: 'off (--no-incidents)' };
    const runner = (0,core_runner/* readRunner */.f)(io.env);
    const token = runner.token || io.env.GH_TOKEN;
    const [owner, repo] = (f.repo ?? runner.repository ?? '').split('/');
    if (!owner || !repo)
        return {
            skipped: 'no repository: pass --repo owner/name (or set GITHUB_REPOSITORY) to open incident issues',
        };
    if (!token)
        return { skipped: 'no token: set GITHUB_TOKEN (or GH_TOKEN) to open incident issues' };
    const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3160), __webpack_require__.e(6981), __webpack_require__.e(2123), __webpack_require__.e(277), __webpack_require__.e(9691), __webpack_require__.e(2008), __webpack_require__.e(6445), __webpack_require__.e(3751), __webpack_require__.e(7815), __webpack_require__.e(2330), __webpack_require__.e(6682), __webpack_require__.e(6480), __webpack_require__.e(5524), __webpack_require__.e(6314), __webpack_require__.e(1452), __webpack_require__.e(6854), __webpack_require__.e(9273)]).then(__webpack_require__.bind(__webpack_require__, 31654));
    const api = await createGitHubClient({
        token,
        apiUrl: runner.apiUrl,
        timeoutMs: cliValue('apiTimeout', f.apiTimeout),
        retries: cliValue('apiRetries', f.apiRetries),
        userAgent: `promotion-gate/${version/* VERSION */.x}`,
        log: { debug: () => undefined, warn: (m) => io.stderr(`warning: ${m}\n`) },
        signal: io.signal,
    });
    return { api, target: { owner, repo } };
}
function watch_print(run, io, every) {
    const r = run.gate.report;
    const rel = (p) => external_node_path_default().relative(io.cwd, p) || '.';
    io.stdout(`\n${(0,headline/* verdictLine */.M)(r)}${run.iteration > 1 ? ` (run ${run.iteration})` : ''}\n`);
    for (const reason of r.reasons.filter((x) => x.blocking))
        io.stdout(`  \u2716 ${reason.message}\n`);
    const t = run.transition;
    io.stdout(t
        ? `  transition: ${t.from.action} \u2192 ${t.to.action} (since run ${t.from.runId})\n`
        : run.gate.history
            ? '  no transition\n'
            : '');
    for (const s of run.issues)
        io.stdout(`  ${s.what}: ${s.state === 'done' ? '' : `${s.state} \u2014 `}${s.detail}${s.issue ? ` ${s.issue.url}` : ''}\n`);
    for (const d of run.notifications)
        io.stdout(`  notification ${d.webhook}: ${d.state} (${d.events.join(', ')})${d.state === 'sent' ? '' : `: ${d.detail}`}\n`);
    for (const n of run.notes)
        io.stdout(`  note: ${n}\n`);
    io.stdout(`report: ${external_node_path_default().join(rel(run.gate.outDir), 'report.md')}  watch: ${rel(run.file)}\n`);
    if (every)
        io.stdout(`next run in ${(0,duration/* formatDuration */.a3)(every)} (stop with Ctrl-C)\n`);
}
/** `watch` and `history transitions`: the gate over time. */
function registerWatch(program, io, setCode) {
    program
        .command('watch')
        .description('run the gate and compare it with the last recorded run: a transition opens or closes an incident issue and tells the notify: webhooks; exit as the gate (0 promote, 1 hold) for the last run')
        .addOption(cliOption('profile').makeOptionMandatory())
        .addOption(cliOption('config'))
        .addOption(cliOption('outputDir'))
        .addOption(cliOption('base'))
        .addOption(cliOption('head'))
        .addOption(cliOption('inputs'))
        .addOption(cliOption('failOn'))
        .addOption(cliOption('every'))
        .addOption(cliOption('times'))
        .addOption(cliOption('incidents'))
        .addOption(cliOption('notify'))
        .option('--repo <owner/name>', 'repository for incident issues (default GITHUB_REPOSITORY)')
        .addOption(cliOption('apiTimeout'))
        .addOption(cliOption('apiRetries'))
        .option('-v, --verbose', 'print each check\u2019s log lines')
        .addOption(historyOption(io))
        .action(async (f) => {
        const everyMs = cliValue('every', f.every);
        const times = cliValue('times', f.times);
        if (times !== undefined && everyMs === undefined && times > 1)
            throw new errors/* UsageError */.eb('--times: give --every too (how long to wait between runs)');
        const history = await openHistory(f.history, io);
        if (!history)
            io.stderr('warning: --history off: transitions cannot be detected; no incident is opened or closed\n');
        const failOn = cliValue('failOn', f.failOn);
        const { runWatch } = await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3160), __webpack_require__.e(6981), __webpack_require__.e(2123), __webpack_require__.e(277), __webpack_require__.e(9691), __webpack_require__.e(2008), __webpack_require__.e(6445), __webpack_require__.e(3751), __webpack_require__.e(7815), __webpack_require__.e(2330), __webpack_require__.e(6682), __webpack_require__.e(6480), __webpack_require__.e(5524), __webpack_require__.e(6314), __webpack_require__.e(1452), __webpack_require__.e(6854), __webpack_require__.e(9273)]).then(__webpack_require__.bind(__webpack_require__, 31654));
        const runs = await runWatch({
            configPath: external_node_path_default().resolve(io.cwd, f.config),
            profile: f.profile,
            outDir: f.out ? external_node_path_default().resolve(io.cwd, f.out) : undefined,
            inputs: cliValue('inputs', f.input),
            env: io.env,
            cwd: io.cwd,
            base: f.base,
            head: f.head,
            logger: (0,logger/* createStreamLogger */.Jo)({ write: (l) => io.stderr(`${l}\n`), verbose: f.verbose }),
            signal: io.signal,
            history,
            everyMs,
            times,
            notify: f.notify,
            issues: await issuesFor(f, io),
            onRun: (run) => {
                const last = times !== undefined && run.iteration >= times;
                watch_print(run, io, everyMs && !last && !io.signal?.aborted ? everyMs : undefined);
                setCode((0,exitCodes/* verdictExitCode */.f)(run.gate.report.verdict, failOn));
            },
        });
        const last = runs.at(-1);
        if (last)
            setCode((0,exitCodes/* verdictExitCode */.f)(last.gate.report.verdict, failOn));
    });
}
/** `history transitions`: when a profile turned, from what to what, and why. */
function registerTransitions(history, io, setCode) {
    history
        .command('transitions')
        .description('status transitions of a profile (verdict or action changes), oldest first')
        .requiredOption('-p, --profile <name>', 'profile')
        .addOption(historyOption(io))
        .option('--json', 'print the transitions as JSON')
        .action(async (o) => {
        const store = await requireHistory(o.history, io, 'history transitions');
        const { transitionsIn } = await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3160), __webpack_require__.e(6981), __webpack_require__.e(2123), __webpack_require__.e(277), __webpack_require__.e(9691), __webpack_require__.e(2008), __webpack_require__.e(6445), __webpack_require__.e(3751), __webpack_require__.e(7815), __webpack_require__.e(2330), __webpack_require__.e(6682), __webpack_require__.e(6480), __webpack_require__.e(5524), __webpack_require__.e(6314), __webpack_require__.e(1452), __webpack_require__.e(6854), __webpack_require__.e(9273)]).then(__webpack_require__.bind(__webpack_require__, 31654));
        const { transitions, problems } = transitionsIn(await store.list(o.profile));
        for (const p of problems)
            io.stderr(`warning: ${p}\n`);
        if (o.json)
            io.stdout(`${JSON.stringify(transitions, null, 2)}\n`);
        else if (transitions.length === 0)
            io.stdout(`no transitions of ${o.profile} in ${store.describe()}\n`);
        else {
            io.stdout(`${transitions.length} transition(s) of ${o.profile} in ${store.describe()}:\n`);
            for (const e of transitions) {
                const t = e.transition;
                const sha = e.sha ? `  ${e.sha.slice(0, 10)}` : '';
                const bundle = e.bundleId ? `  ${e.bundleId.slice(0, 19)}\u2026` : '';
                io.stdout(`  ${e.at.slice(0, 19).replace('T', ' ')}  ${e.runId.padEnd(24)} ${t.from.action} \u2192 ${t.to.action} (${t.from.score}/5 \u2192 ${t.to.score}/5)${sha}${bundle}\n`);
                for (const reason of t.reasons.slice(0, 3))
                    io.stdout(`      ${reason}\n`);
            }
        }
        setCode(problems.length > 0 && transitions.length === 0 ? 1 : 0);
    });
}

;// CONCATENATED MODULE: ./src/cli/history.ts




/** `history list`, `invalidate`, `pin` and `unpin`: look at and correct what the gate remembers. */
function registerHistory(program, io, setCode) {
    const history = program
        .command('history')
        .description('list the runs history remembers, or mark one invalid');
    registerTransitions(history, io, setCode);
    history
        .command('list')
        .description('runs of a profile, oldest first')
        .requiredOption('-p, --profile <name>', 'profile')
        .addOption(historyOption(io))
        .option('--all', 'include runs marked invalid')
        .option('-n, --limit <n>', 'only the newest n runs')
        .option('--json', 'print the run summaries as JSON')
        .action(async (o) => {
        const limit = o.limit === undefined ? undefined : Number(o.limit);
        if (limit !== undefined && (!Number.isInteger(limit) || limit < 1))
            throw new errors/* UsageError */.eb(`--limit: expected a positive whole number, got "${o.limit}"`);
        const store = await requireHistory(o.history, io, 'history list');
        const read = await store.list(o.profile, { includeInvalid: o.all, limit });
        for (const p of read.problems)
            io.stderr(`warning: ${p}\n`);
        if (o.json)
            io.stdout(`${JSON.stringify(read.runs, null, 2)}\n`);
        else if (read.runs.length === 0)
            io.stdout(`no runs of ${o.profile} in ${store.describe()}\n`);
        else {
            io.stdout(`${read.runs.length} run(s) of ${o.profile} in ${store.describe()}:\n`);
            for (const r of read.runs) {
                const sha = r.sha ? `  ${r.sha.slice(0, 10)}` : '';
                const invalid = r.invalid ? `  INVALID: ${r.invalid.reason}` : '';
                const pin = read.pins?.find((p) => p.pin.runId === r.runId)?.pin;
                const pinned = pin ? `  PINNED${pin.reason ? `: ${pin.reason}` : ''}` : '';
                // Deploys and drills (deploy:<env>, drill:<env>) say their outcome, not a verdict.
                const what = r.kind ? (r.outcome ?? '') : `${r.verdict.padEnd(8)} ${r.score}/5  ${r.action}`;
                io.stdout(`  ${r.finishedAt.slice(0, 19).replace('T', ' ')}  ${r.runId.padEnd(24)} ${what}${sha}${invalid}${pinned}\n`);
            }
        }
        setCode(read.problems.length > 0 && read.runs.length === 0 ? 1 : 0);
    });
    history
        .command('invalidate')
        .description('mark a run invalid: it stays in history but is left out of every comparison')
        .requiredOption('-p, --profile <name>', 'profile')
        .requiredOption('--run <id>', 'run id (see history list)')
        .requiredOption('--reason <text>', 'why the run must not count (kept with it)')
        .option('--by <name>', 'who marks it (default $GITHUB_ACTOR or $USER)')
        .addOption(historyOption(io))
        .action(async (o) => {
        if (o.reason.trim() === '')
            throw new errors/* UsageError */.eb('--reason: say why the run must not count');
        const store = await requireHistory(o.history, io, 'history invalidate');
        // History only appends: the first reason is the record of why, and a second mark would be
        // dropped without a word.
        const marked = (await store.list(o.profile, { includeInvalid: true })).runs.find((r) => r.runId === o.run)?.invalid;
        if (marked)
            throw new errors/* UsageError */.eb(`run ${o.run} of ${o.profile} is already marked invalid${marked.by ? ` by ${marked.by}` : ''} at ${marked.at}: ${marked.reason} (the first reason stays)`);
        const by = o.by ?? (0,core_runner/* readRunner */.f)(io.env).actor ?? io.env.USER;
        await store.markInvalid(o.profile, o.run, o.reason.trim(), by);
        io.stdout(`run ${o.run} of ${o.profile} is marked invalid in ${store.describe()}: ${o.reason.trim()}\n`);
        setCode(0);
    });
    registerPins(history, io, setCode);
}
/**
 * `history pin` / `unpin`: a reference run drift and trends compare with as well as the last
 * runs (a release everyone agreed was good). A pin is a record of its own, like an invalidation.
 */
function registerPins(history, io, setCode) {
    for (const pinned of [true, false]) {
        const name = pinned ? 'pin' : 'unpin';
        const cmd = history
            .command(name)
            .description(pinned
            ? 'pin a run as a reference: drift and trends compare with it as well as with the last runs'
            : 'lift the pin of a run')
            .requiredOption('-p, --profile <name>', 'profile')
            .requiredOption('--run <id>', 'run id (see history list)')
            .option('--by <name>', 'who does it (default $GITHUB_ACTOR or $USER)')
            .addOption(historyOption(io));
        if (pinned)
            cmd.option('--reason <text>', 'why this run is the reference (kept with the pin)');
        cmd.action(async (o) => {
            const store = await requireHistory(o.history, io, `history ${name}`);
            if (!store.pin)
                throw new errors/* UsageError */.eb(`history ${name}: ${store.describe()} cannot keep pins`);
            const by = o.by ?? (0,core_runner/* readRunner */.f)(io.env).actor ?? io.env.USER;
            const reason = o.reason?.trim();
            await store.pin(o.profile, {
                runId: o.run,
                pinned,
                at: new Date().toISOString(),
                ...(reason ? { reason } : {}),
                ...(by ? { by } : {}),
            });
            io.stdout(pinned
                ? `run ${o.run} of ${o.profile} is pinned in ${store.describe()}${reason ? `: ${reason}` : ''}\n`
                : `run ${o.run} of ${o.profile} is not pinned in ${store.describe()}\n`);
            setCode(0);
        });
    }
}

;// CONCATENATED MODULE: ./src/cli/init.ts


/** `init`: exit 0 when written, 2 when a file is there already (and --force was not given). */
function registerInit(program, io, setCode) {
    program
        .command('init')
        .description('look at the repository and write .github/promotion-gate.yml (dev, staging, prod) and a starter workflow')
        .option('-d, --dir <dir>', 'the repository to look at and write into', '.')
        .option('-f, --force', 'replace .github/promotion-gate.yml and the workflow when they exist')
        .option('--no-workflows', 'write only the config, no workflow')
        .action(async (o) => {
        // Apart from the other commands: what init reads a repository with (every framework's route
        // reader among it) is loaded by init alone.
        const { runInit } = await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3160), __webpack_require__.e(6981), __webpack_require__.e(3292), __webpack_require__.e(2123), __webpack_require__.e(2008), __webpack_require__.e(6445), __webpack_require__.e(7497), __webpack_require__.e(4112)]).then(__webpack_require__.bind(__webpack_require__, 34112));
        const result = await runInit({
            dir: o.dir,
            cwd: io.cwd,
            force: o.force === true,
            workflows: o.workflows,
            env: io.env,
        });
        io.stdout('found:\n');
        for (const line of result.found)
            io.stdout(`  ${line}\n`);
        if (result.written.length === 0) {
            io.stderr(`promotion-gate: init wrote nothing: ${result.existing.join(' and ')} ${result.existing.length === 1 ? 'exists' : 'exist'} (--force replaces ${result.existing.length === 1 ? 'it' : 'them'})\n`);
            setCode(exitCodes/* EXIT */.d.usage);
            return;
        }
        io.stdout('wrote:\n');
        const width = Math.max(...result.written.map((f) => f.path.length));
        for (const f of result.written)
            io.stdout(`  ${f.path.padEnd(width)}  ${f.what}${f.replaced ? ' (replaced)' : ''}\n`);
        io.stdout('next:\n');
        const at = external_node_path_default().relative(io.cwd, external_node_path_default().resolve(io.cwd, o.dir));
        if (at)
            io.stdout(`  cd ${/^[\w./-]+$/.test(at) ? at : JSON.stringify(at)}\n`);
        for (const line of result.next)
            io.stdout(`  ${line}\n`);
        if (result.detection.base.guessed)
            io.stdout(`  (the diff checks compare with ${result.detection.base.ref}, a guess: set defaults.base in the config once the repository has the branch releases are cut from)\n`);
        io.stdout('later, starter workflows to copy into .github/workflows/:\n');
        for (const l of result.later)
            io.stdout(`  ${l.why}:\n    ${l.file}\n`);
        setCode(exitCodes/* EXIT */.d.promote);
    });
}

;// CONCATENATED MODULE: ./src/cli/publish.ts





/** `promotion-gate publish`: check run and sticky comment for a gate that ran elsewhere. */
function registerPublish(program, io, setCode) {
    program
        .command('publish')
        .description('publish a report directory, or the evidence artifacts of another workflow run, as a check run and a sticky PR comment (token from GITHUB_TOKEN or GH_TOKEN)')
        .argument('[dirs...]', 'report directories (each holds report.json and manifest.json)')
        .addOption(cliOption('runId'))
        .addOption(cliOption('artifactName'))
        .option('--repo <owner/name>', 'repository (default GITHUB_REPOSITORY)')
        .option('--sha <sha>', 'commit for the check run (default: the workflow_run head SHA, else the report\u2019s)')
        .addOption(cliOption('prNumber'))
        .addOption(cliOption('checkRun'))
        .addOption(cliOption('checkRunName'))
        .addOption(cliOption('checkRunConclusions'))
        .addOption(cliOption('comment'))
        .addOption(cliOption('commentWhen'))
        .addOption(cliOption('commentAuthor'))
        .option('--working-directory <dir>', 'where the gate ran, relative to the repository root (annotation paths)', '.')
        .addOption(cliOption('maxAnnotations'))
        .addOption(cliOption('apiTimeout'))
        .addOption(cliOption('apiRetries'))
        .action(async (dirs, f) => {
        const token = (0,core_runner/* readRunner */.f)(io.env).token || io.env.GH_TOKEN;
        if (!token)
            throw new errors/* UsageError */.eb('publish needs a token that can write checks and pull requests: set GITHUB_TOKEN');
        const { createGitHubClient, describeOutcome, loadGitHubContext, publishExitCode, runPublish } = await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3160), __webpack_require__.e(6981), __webpack_require__.e(2123), __webpack_require__.e(277), __webpack_require__.e(9691), __webpack_require__.e(2008), __webpack_require__.e(6445), __webpack_require__.e(3751), __webpack_require__.e(7815), __webpack_require__.e(2330), __webpack_require__.e(6682), __webpack_require__.e(6480), __webpack_require__.e(5524), __webpack_require__.e(6314), __webpack_require__.e(1452), __webpack_require__.e(6854), __webpack_require__.e(9273)]).then(__webpack_require__.bind(__webpack_require__, 31654));
        const ctx = await loadGitHubContext(io.env);
        const [owner, repo] = (f.repo ?? (ctx ? `${ctx.owner}/${ctx.repo}` : '')).split('/');
        if (!owner || !repo)
            throw new errors/* UsageError */.eb('publish: --repo owner/name is required (GITHUB_REPOSITORY is not set)');
        const timeoutMs = cliValue('apiTimeout', f.apiTimeout);
        const retries = cliValue('apiRetries', f.apiRetries);
        const conclusions = cliValue('checkRunConclusions', f.conclusion);
        const maxAnnotations = cliValue('maxAnnotations', f.maxAnnotations);
        const log = {
            info: (m) => io.stderr(`${m}\n`),
            warn: (m) => io.stderr(`warning: ${m}\n`),
            debug: () => undefined,
        };
        const api = await createGitHubClient({
            token,
            apiUrl: ctx?.apiUrl ?? (0,core_runner/* readRunner */.f)(io.env).apiUrl,
            timeoutMs,
            retries,
            userAgent: `promotion-gate/${version/* VERSION */.x}`,
            log,
            signal: io.signal,
        });
        const results = await runPublish({
            api,
            token,
            ctx,
            owner,
            repo,
            dirs: dirs.map((d) => external_node_path_default().resolve(io.cwd, d)),
            runId: cliValue('runId', f.runId),
            artifactName: f.artifact,
            sha: f.sha,
            pullNumber: cliValue('prNumber', f.pr),
            tempRoot: (0,core_runner/* readRunner */.f)(io.env).tempDir,
            log,
            settings: (report) => ({
                checkRun: f.checkRun,
                checkRunName: cliValue('checkRunName', f.checkRunName) ?? `promotion-gate (${report.profile})`,
                conclusions,
                comment: cliValue('comment', f.comment),
                commentWhen: cliValue('commentWhen', f.commentWhen),
                commentAuthor: cliValue('commentAuthor', f.commentAuthor),
                paths: { workingDirectory: f.workingDirectory, max: maxAnnotations },
            }),
        });
        for (const r of results) {
            if (r.error) {
                io.stderr(`promotion-gate: ${r.error}\n`);
                continue;
            }
            const p = r.publication;
            io.stdout(`${r.source}: ${r.report.verdict.toUpperCase()} ${r.report.profile} (bundle ${r.report.bundle?.id})\n`);
            for (const o of p.outcomes)
                io.stdout(`  ${describeOutcome(o)}\n`);
        }
        setCode(publishExitCode(results));
    });
}

;// CONCATENATED MODULE: ./src/cli/review.ts




const review_OUTPUT_ROOT = '.promotion-gate';
/** `review`: the weekly review (--lookback) or monthly checkpoint (--month), from history. */
function registerReview(program, io, setCode) {
    program
        .command('review')
        .description('pass rate, score and metric trends, drift alerts and top failing checks from history, as Markdown with charts and JSON')
        .requiredOption('-p, --profile <name>', 'profile to review')
        .option('--lookback <n|period>', 'the last n runs (4) or a period (7d, 28d); default 7d')
        .option('--month <YYYY-MM>', 'a calendar month (UTC): the monthly checkpoint')
        .option('-c, --config <file>', `config whose drift rules apply (default ${types/* DEFAULT_CONFIG_PATH */.Bi} when it exists)`)
        .addOption(historyOption(io))
        .option('-o, --out <dir>', 'output directory (default .promotion-gate/<profile>-review)')
        .action(async (o) => {
        const now = new Date();
        const { buildReview, reviewWindow, loadDriftRules, writeReview } = await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3160), __webpack_require__.e(6981), __webpack_require__.e(2123), __webpack_require__.e(277), __webpack_require__.e(9691), __webpack_require__.e(2008), __webpack_require__.e(6445), __webpack_require__.e(3751), __webpack_require__.e(7815), __webpack_require__.e(2330), __webpack_require__.e(6682), __webpack_require__.e(6480), __webpack_require__.e(5524), __webpack_require__.e(6314), __webpack_require__.e(1452), __webpack_require__.e(6854), __webpack_require__.e(9273)]).then(__webpack_require__.bind(__webpack_require__, 31654));
        const window = reviewWindow({ lookback: o.lookback, month: o.month }, now);
        const { rules: drift, note, unknownProfile, } = await loadDriftRules({
            file: external_node_path_default().resolve(io.cwd, o.config ?? types/* DEFAULT_CONFIG_PATH */.Bi),
            label: o.config ?? types/* DEFAULT_CONFIG_PATH */.Bi,
            profile: o.profile,
            optional: o.config === undefined,
        });
        const store = await requireHistory(o.history, io, 'review');
        const read = await store.list(o.profile, { includeInvalid: true });
        // A profile neither the config nor history knows is a typo: nothing is written for it.
        if (unknownProfile !== undefined && read.runs.length === 0)
            throw new errors/* UsageError */.eb(`review: ${unknownProfile}, and history holds no run of it`);
        if (note)
            io.stderr(`note: ${note}\n`);
        for (const p of read.problems)
            io.stderr(`warning: history: ${p}\n`);
        const review = buildReview({
            profile: o.profile,
            store: store.describe(),
            window,
            runs: read.runs,
            problems: read.problems,
            drift,
            now,
        });
        const outDir = external_node_path_default().resolve(io.cwd, o.out ?? external_node_path_default().join(review_OUTPUT_ROOT, `${o.profile}-review`));
        // The default must stay inside .promotion-gate/: no `..` or symbolic link may lead it elsewhere.
        const within = o.out === undefined ? external_node_path_default().resolve(io.cwd, review_OUTPUT_ROOT) : undefined;
        const files = await writeReview(review, window, outDir, within);
        const r = review.runs;
        io.stdout(`${o.profile} \u00b7 ${review.window.label}: ${r.total} run(s), pass rate ${r.passRate === null ? '\u2013' : `${r.passRate}%`}, mean score ${review.score.mean ?? '\u2013'}, ${review.driftAlerts.length} drift alert(s)${r.invalid ? `, ${r.invalid} invalid left out` : ''}\n`);
        const rel = external_node_path_default().relative(io.cwd, outDir) || '.';
        io.stdout(`report: ${external_node_path_default().join(rel, external_node_path_default().basename(files.markdown))}  (${external_node_path_default().join(rel, external_node_path_default().basename(files.json))})\n`);
        setCode(0);
    });
}

;// CONCATENATED MODULE: ./src/cli/monitor.ts







const monitor_HEADLINE = {
    healthy: 'HEALTHY',
    degraded: 'DEGRADED',
    interrupted: 'INTERRUPTED',
    error: 'NOT JUDGED',
};
/** Where an incident issue goes: the repository and token of the environment, or why there is none. */
async function monitor_issuesFor(f, io) {
    if (!f.incidents)
        return { skipped: 'off (--no-incidents)' };
    const runner = (0,core_runner/* readRunner */.f)(io.env);
    const token = runner.token || io.env.GH_TOKEN;
    const [owner, repo] = (f.repo ?? runner.repository ?? '').split('/');
    if (!owner || !repo)
        return {
            skipped: 'no repository: pass --repo owner/name (or set GITHUB_REPOSITORY) to open incident issues',
        };
    if (!token)
        return { skipped: 'no token: set GITHUB_TOKEN (or GH_TOKEN) to open incident issues' };
    const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3160), __webpack_require__.e(6981), __webpack_require__.e(2123), __webpack_require__.e(277), __webpack_require__.e(9691), __webpack_require__.e(2008), __webpack_require__.e(6445), __webpack_require__.e(3751), __webpack_require__.e(7815), __webpack_require__.e(2330), __webpack_require__.e(6682), __webpack_require__.e(6480), __webpack_require__.e(5524), __webpack_require__.e(6314), __webpack_require__.e(1452), __webpack_require__.e(6854), __webpack_require__.e(9273)]).then(__webpack_require__.bind(__webpack_require__, 31654));
    const api = await createGitHubClient({
        token,
        apiUrl: runner.apiUrl,
        timeoutMs: cliValue('apiTimeout', f.apiTimeout),
        retries: cliValue('apiRetries', f.apiRetries),
        userAgent: `promotion-gate/${version/* VERSION */.x}`,
        log: { debug: () => undefined, warn: (m) => io.stderr(`warning: ${m}\n`) },
        signal: io.signal,
    });
    return { api, target: { owner, repo } };
}
function monitor_print(run, io) {
    const r = run.report;
    const rel = external_node_path_default().relative(io.cwd, run.outDir) || '.';
    io.stdout(`\n${monitor_HEADLINE[r.outcome] ?? r.outcome.toUpperCase()} ${r.environment}: ${r.why}\n`);
    const c = r.classification;
    io.stdout(`  window ${(0,duration/* formatDuration */.a3)(r.window.windowMs)} from ${r.window.startedAt}, ${c.ticks} tick(s), ${c.requests} request(s), ${c.errors} 5xx or unreachable${r.window.resumed ? ' (resumed)' : ''}${r.window.recorded ? ' (recorded outcome; nothing probed)' : ''}\n`);
    for (const x of c.reasons)
        io.stdout(`  \u2716 ${x.rule} at tick ${x.tick}: ${x.observed} (threshold ${x.threshold})\n`);
    if (r.reaction) {
        io.stdout(`  reaction: ${r.reaction.reason}; action taken: ${r.actionTaken}\n`);
        for (const s of r.reaction.steps)
            io.stdout(`    ${s.status === 'passed' ? '\u2714' : '\u2716'} ${s.name}: ${s.detail ?? s.status}\n`);
        const a = r.reaction.alert;
        if (a) {
            io.stdout(`    incident issue: ${a.issue.state === 'done' ? '' : `${a.issue.state} \u2014 `}${a.issue.detail}\n`);
            for (const n of a.notifications)
                io.stdout(`    notification ${n.webhook}: ${n.state}${n.state === 'sent' ? '' : ` \u2014 ${n.detail}`}\n`);
        }
    }
    for (const p of r.problems)
        io.stdout(`  note: ${p}\n`);
    if (run.alert)
        io.stdout(`  ALERT: ${run.alert}\n`);
    io.stdout(`report: ${external_node_path_default().join(rel, 'report.md')}  (${external_node_path_default().join(rel, 'report.json')})\n`);
    io.stdout(`bundle: ${r.bundle?.id}\n`);
    io.stdout(`series: ${r.store.key} in ${r.store.where}\n`);
}
/** `monitor`: exit 0 healthy, 1 degraded (reaction done, or none/alert), 4 rollback failed, 3 not judged. */
function registerMonitor(program, io, setCode) {
    program
        .command('monitor')
        .description('watch an environment for a window after a deploy, one round of probes per interval, and react when it degrades: exit 0 healthy, 1 degraded, 4 rollback failed')
        .addOption(cliOption('environment', {
        help: 'environment to watch (a key of environments in the config)',
    }).makeOptionMandatory())
        .addOption(cliOption('window'))
        .addOption(cliOption('interval'))
        .addOption(cliOption('deployment'))
        .addOption(cliOption('config'))
        .addOption(cliOption('outputDir', { help: 'output directory (default .promotion-gate/.monitor/<environment>)' }))
        .addOption(cliOption('inputs'))
        .addOption(cliOption('incidents'))
        .addOption(cliOption('notify'))
        .option('--repo <owner/name>', 'repository for incident issues (default GITHUB_REPOSITORY)')
        .addOption(cliOption('apiTimeout'))
        .addOption(cliOption('apiRetries'))
        .option('-v, --verbose', 'print each probe\u2019s log lines')
        .addOption(historyOption(io))
        .action(async (f) => {
        const { runMonitor } = await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3160), __webpack_require__.e(6981), __webpack_require__.e(2123), __webpack_require__.e(277), __webpack_require__.e(9691), __webpack_require__.e(2008), __webpack_require__.e(6445), __webpack_require__.e(3751), __webpack_require__.e(7815), __webpack_require__.e(2330), __webpack_require__.e(6682), __webpack_require__.e(6480), __webpack_require__.e(5524), __webpack_require__.e(6314), __webpack_require__.e(1452), __webpack_require__.e(6854), __webpack_require__.e(9273)]).then(__webpack_require__.bind(__webpack_require__, 31654));
        const run = await runMonitor({
            configPath: external_node_path_default().resolve(io.cwd, f.config),
            environment: cliValue('environment', f.environment),
            inputs: cliValue('inputs', f.input),
            env: io.env,
            cwd: io.cwd,
            outDir: f.out ? external_node_path_default().resolve(io.cwd, f.out) : undefined,
            logger: (0,logger/* createStreamLogger */.Jo)({ write: (l) => io.stderr(`${l}\n`), verbose: f.verbose }),
            signal: io.signal,
            history: await openHistory(f.history, io),
            windowMs: cliValue('window', f.window),
            intervalMs: cliValue('interval', f.interval),
            deployment: cliValue('deployment', f.deployment),
            issues: await monitor_issuesFor(f, io),
            notify: f.notify,
        });
        monitor_print(run, io);
        setCode(run.exitCode);
    });
}

;// CONCATENATED MODULE: ./src/cli/main.ts




















function reportUserError(err, io) {
    if (err instanceof errors/* ConfigError */.xL) {
        io.stderr(`promotion-gate: invalid configuration (${err.issues.length} problem${err.issues.length === 1 ? '' : 's'})\n`);
        io.stderr(`${err.message}\n`);
    }
    else
        io.stderr(`promotion-gate: ${err.message}\n`);
    return exitCodes/* EXIT */.d.usage;
}
/** Runs the CLI and returns the exit code: 0 promote, 1 hold, 2 usage/config error, 3 internal error. */
async function runCli(argv, io) {
    let code = exitCodes/* EXIT */.d.internal;
    // Whatever it prints names options as the command line spells them (`--pr`, not `pr-number`).
    const raw = io;
    const spell = (0,frontEnd/* forFrontEnd */.u)('cli').text;
    io = { ...raw, stdout: (t) => raw.stdout(spell(t)), stderr: (t) => raw.stderr(spell(t)) };
    const program = new esm/* Command */.uB('promotion-gate')
        .description('Decide whether a release may be promoted, with reasons and a tamper-evident evidence bundle.')
        .version(version/* VERSION */.x)
        .exitOverride()
        .showHelpAfterError('(run with --help for usage)')
        .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
    program
        .command('gate')
        .description('run the checks of a profile and decide: exit 0 promote, 1 hold')
        .addOption(cliOption('profile').makeOptionMandatory())
        .addOption(cliOption('config'))
        .addOption(cliOption('outputDir'))
        .addOption(cliOption('base'))
        .addOption(cliOption('head'))
        .addOption(cliOption('configSource'))
        .addOption(cliOption('inputs'))
        .addOption(cliOption('failOn'))
        .option('-v, --verbose', 'print each check\u2019s log lines')
        .addOption(historyOption(io))
        .action(async (o) => {
        const { runGate } = await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3160), __webpack_require__.e(6981), __webpack_require__.e(2123), __webpack_require__.e(277), __webpack_require__.e(9691), __webpack_require__.e(2008), __webpack_require__.e(6445), __webpack_require__.e(3751), __webpack_require__.e(7815), __webpack_require__.e(2330), __webpack_require__.e(6682), __webpack_require__.e(6480), __webpack_require__.e(5524), __webpack_require__.e(6314), __webpack_require__.e(1452), __webpack_require__.e(6854), __webpack_require__.e(9273)]).then(__webpack_require__.bind(__webpack_require__, 31654));
        const run = await runGate({
            configPath: external_node_path_default().resolve(io.cwd, o.config),
            profile: o.profile,
            outDir: o.out ? external_node_path_default().resolve(io.cwd, o.out) : undefined,
            inputs: cliValue('inputs', o.input),
            env: io.env,
            cwd: io.cwd,
            base: o.base,
            head: o.head,
            configSource: cliValue('configSource', o.configSource),
            logger: (0,logger/* createStreamLogger */.Jo)({ write: (l) => io.stderr(`${l}\n`), verbose: o.verbose }),
            signal: io.signal,
            history: await openHistory(o.history, io),
            frontEnd: 'cli',
        });
        const r = run.report;
        const rel = external_node_path_default().relative(io.cwd, run.outDir) || '.';
        io.stdout(`\n${(0,headline/* verdictLine */.M)(r)}\n`);
        for (const reason of r.reasons.filter((x) => x.blocking))
            io.stdout(`  \u2716 ${reason.message}\n`);
        for (const reason of r.reasons.filter((x) => !x.blocking))
            io.stdout(`  \u2022 ${reason.message}\n`);
        io.stdout(`report: ${external_node_path_default().join(rel, 'report.md')}  (${external_node_path_default().join(rel, 'report.json')})\n`);
        io.stdout(`bundle: ${r.bundle?.id}\n`);
        if (run.history)
            io.stdout(run.history.appended
                ? `history: run ${run.history.runId} recorded in ${run.history.store}\n`
                : `history: run NOT recorded in ${run.history.store} (see the warning above)\n`);
        code = (0,exitCodes/* verdictExitCode */.f)(r.verdict, cliValue('failOn', o.failOn));
    });
    program
        .command('validate')
        .description('check a config file and report every problem with file:line and key')
        .addOption(cliOption('config'))
        .addOption(cliOption('profile', { help: 'also resolve this profile with the given inputs and environment' }))
        .addOption(cliOption('inputs'))
        .action(async (o) => {
        // The config's modules alone, as the action's validate loads them: a validate run by an
        // editor or a commit hook evaluates no command's use case.
        const { loadConfigFile, placed } = await Promise.all(/* import() */[__webpack_require__.e(3160), __webpack_require__.e(6981), __webpack_require__.e(2008)]).then(__webpack_require__.bind(__webpack_require__, 52008));
        const loaded = await loadConfigFile(external_node_path_default().resolve(io.cwd, o.config), o.config, {
            everyProfile: !o.profile,
        });
        const profiles = Object.keys(loaded.config.profiles);
        if (o.profile) {
            const { planGate } = await Promise.all(/* import() */[__webpack_require__.e(3160), __webpack_require__.e(6981), __webpack_require__.e(2008), __webpack_require__.e(2916)]).then(__webpack_require__.bind(__webpack_require__, 72916));
            const profile = o.profile;
            const plan = await placed(() => planGate(loaded, profile, { env: io.env, inputs: cliValue('inputs', o.input) }));
            io.stdout(`${o.config}: valid; profile ${o.profile} runs ${plan.checks.length} check(s): ${plan.checks.map((c) => c.id).join(', ')}\n`);
        }
        else {
            io.stdout(`${o.config}: valid (${Object.keys(loaded.config.checks).length} checks, profiles: ${profiles.join(', ')})\n`);
        }
        code = 0;
    });
    program
        .command('schema')
        .description('print the JSON Schema of the config file (for yaml-language-server and editors)')
        .action(async () => {
        const { configJsonSchema } = await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3160), __webpack_require__.e(6981), __webpack_require__.e(2123), __webpack_require__.e(277), __webpack_require__.e(9691), __webpack_require__.e(2008), __webpack_require__.e(6445), __webpack_require__.e(3751), __webpack_require__.e(7815), __webpack_require__.e(2330), __webpack_require__.e(6682), __webpack_require__.e(6480), __webpack_require__.e(5524), __webpack_require__.e(6314), __webpack_require__.e(1452), __webpack_require__.e(6854), __webpack_require__.e(9273)]).then(__webpack_require__.bind(__webpack_require__, 31654));
        io.stdout(`${JSON.stringify(await configJsonSchema(), null, 2)}\n`);
        code = 0;
    });
    program
        .command('verify')
        .description('recompute every digest of an evidence bundle; exit 1 naming what changed')
        .argument('<dir>', 'bundle directory (holds manifest.json)')
        .option('--bundle-id <id>', 'the bundle id it must have (sha256:\u2026)')
        .action(async (dir, o) => {
        if (o.bundleId !== undefined && !/^sha256:[0-9a-f]{64}$/.test(o.bundleId))
            throw new errors/* UsageError */.eb(`--bundle-id: expected sha256: and 64 hex digits, got "${o.bundleId}"`);
        // On its own: checking a bundle needs none of what the other commands run.
        const { verifyBundle } = await __webpack_require__.e(/* import() */ 907).then(__webpack_require__.bind(__webpack_require__, 10907));
        const res = await verifyBundle(external_node_path_default().resolve(io.cwd, dir), o.bundleId);
        // A directory that is not there is a wrong argument (2), not a bundle that fails (1).
        if (res.unusable)
            throw new errors/* UsageError */.eb(`verify: ${res.unusable}`);
        if (res.ok) {
            io.stdout(`${dir}: intact \u2014 ${res.files} file(s), bundle ${res.bundleId}\n`);
            code = 0;
            return;
        }
        io.stdout(`${dir}: NOT intact \u2014 ${res.problems.length} problem(s)\n`);
        // A name from the bundle may hold control characters: shown quoted, it cannot rewrite the terminal.
        const shown = (p) => (/\p{Cc}/u.test(p) ? JSON.stringify(p) : p);
        for (const p of res.problems)
            io.stdout(`  ${p.kind.padEnd(9)} ${shown(p.path)}: ${p.detail}\n`);
        code = 1;
    });
    const setCode = (c) => {
        code = c;
    };
    registerAggregate(program, io, setCode);
    registerDrift(program, io, setCode);
    registerReview(program, io, setCode);
    registerHistory(program, io, setCode);
    registerPublish(program, io, setCode);
    registerDeploy(program, io, setCode);
    registerDrill(program, io, setCode);
    registerWatch(program, io, setCode);
    registerMonitor(program, io, setCode);
    registerInit(program, io, setCode);
    try {
        await program.parseAsync([...argv], { from: 'user' });
        return code;
    }
    catch (err) {
        if (err instanceof esm/* CommanderError */.b7) {
            if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0)
                return 0;
            return exitCodes/* EXIT */.d.usage;
        }
        if ((0,errors/* isUserError */.iU)(err))
            return reportUserError(err, io);
        // No redactor reaches this far: credentials in URLs are at least masked by their shape.
        io.stderr((0,credentials/* maskUrlCredentials */.g)(`promotion-gate: internal error: ${(0,errors/* errorMessage */.gJ)(err)}\n${err?.stack ?? ''}\n`));
        return exitCodes/* EXIT */.d.internal;
    }
}


/***/ }),

/***/ 16706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ codeSpan),
/* harmony export */   p: () => (/* binding */ markdownText)
/* harmony export */ });
/**
 * Text from outside the gate \u2014 a commit subject, a file name a change chose, a check's output, a
 * staging service's answer \u2014 in the Markdown the gate writes to GitHub (report.md, the PR comment,
 * the check run, the job summary, incident issues), shown as the text it is: HTML escaped, and
 * every @mention broken by an invisible space (`@&#8203;name`), so that what the gate writes never
 * pings whoever a commit, a file or a response names.
 */
function markdownText(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(MENTION, '$1@&#8203;');
}
/** An @ where GitHub sees a mention: not inside a word (an e-mail address), before a name. */
const MENTION = /(^|[^\p{L}\p{N}_])@(?=[\p{L}\p{N}])/gu;
/**
 * `text` as one inline code span, whatever it holds: fenced by more backticks than its longest run
 * of them, so nothing in it ends the span (a file name may hold backticks), and padded with a
 * space when it holds any (a span's content may not start or end with its fence). A code span
 * shows its text as it is: nothing in it is escaped, and a mention in it pings nobody.
 */
function codeSpan(text) {
    const oneLine = text.replace(/\r\n|\r|\n/g, ' ');
    let longest = 0;
    for (const run of oneLine.matchAll(/`+/g))
        longest = Math.max(longest, run[0].length);
    const fence = '`'.repeat(longest + 1);
    return longest > 0 ? `${fence} ${oneLine} ${fence}` : `${fence}${oneLine}${fence}`;
}


/***/ }),

/***/ 14512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ verdictLine),
/* harmony export */   T: () => (/* binding */ holdCause)
/* harmony export */ });
/** What holds, in a few words, for a reason that holds. */
function holdWords(reason, checks) {
    const check = checks?.find((c) => c.id === reason.check);
    const who = check ? `${check.id} (${check.enforcement})` : (reason.check ?? '');
    switch (reason.kind) {
        case 'check-failed':
            return `${who} failed`;
        case 'check-error':
            return `${who} could not run`;
        case 'score-hold':
            return 'score at or below the hold line';
        case 'ratchet':
            return 'hotfix ratchet';
        case 'hotfix-deadline':
            return 'hotfix overdue';
        default:
            return reason.check ? `${reason.kind} (${reason.check})` : reason.kind;
    }
}
/** Why a run holds, in a few words: the first blocking reason, and how many more there are. */
function holdCause(r) {
    const blocking = r.reasons.filter((x) => x.blocking);
    if (blocking.length === 0)
        return undefined;
    const more = blocking.length - 1;
    return `${holdWords(blocking[0], r.checks)}${more > 0 ? ` and ${more} more` : ''}`;
}
/** The one line that says the outcome, as the terminal, the step log and the annotations print it. */
function verdictLine(r) {
    const cause = r.verdict === 'hold' ? holdCause(r) : undefined;
    return `${r.verdict === 'promote' ? 'PROMOTE' : 'HOLD'} ${r.profile}: score ${r.score}/5, ${r.action}, level ${r.level}${cause ? ` \u2014 ${cause}` : ''}`;
}


/***/ }),

/***/ 5374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qG: () => (/* binding */ bundleTrailer),
  Gc: () => (/* binding */ renderMarkdown),
  Bg: () => (/* binding */ repeatsSummary)
});

// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(96228);
// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(16706);
;// CONCATENATED MODULE: ./src/report/changesMarkdown.ts

/**
 * "Changes in this promotion" (the release notes of the range, collapsed) and who approved the
 * run, for report.md, the job summary, the check run and the PR comment alike.
 */
const MAX_LISTED = 50;
/** Text from outside (a commit's subject and author) as text: no markup of its own, no mention. */
function esc(text) {
    return (0,markdown/* markdownText */.p)(text).replace(/[`*_[\]|]/g, '\\$&');
}
/** `full`: with the list of commits; otherwise the one summary line (a report cut to fit). */
function changesSection(r, full) {
    const c = r.changes;
    if (!c)
        return [];
    if ('error' in c)
        return ['', '### Changes in this promotion', '', `_No release notes: ${esc(c.error)}_`];
    const areas = c.areas.map((a) => `${a.name} (${a.files})`).join(', ');
    const summary = `${c.total} commit${c.total === 1 ? '' : 's'} \u00b7 ${c.stat.files} file${c.stat.files === 1 ? '' : 's'} changed, +${c.stat.insertions} \u2212${c.stat.deletions}${areas ? ` \u00b7 ${areas}` : ''}`;
    const range = `\`${c.base.slice(0, 7)}..${c.head.slice(0, 7)}\``;
    const pulls = c.pullRequests.length
        ? ` \u00b7 pull requests ${c.pullRequests.map((n) => `#${n}`).join(', ')}`
        : '';
    const out = ['', '### Changes in this promotion', '', `${range} \u00b7 ${summary}${pulls}`];
    if (!full || c.commits.length === 0)
        return out;
    out.push('', `<details><summary>Commits and changed areas</summary>`, '');
    for (const commit of c.commits.slice(0, MAX_LISTED)) {
        const prs = commit.pulls?.length ? ` (${commit.pulls.map((n) => `#${n}`).join(', ')})` : '';
        out.push(`- \`${commit.sha.slice(0, 7)}\` ${esc(commit.subject)} \u2014 ${esc(commit.author)}${commit.merge && !prs ? ' (merge)' : prs}`);
    }
    const notListed = c.total - Math.min(c.commits.length, MAX_LISTED);
    if (notListed > 0)
        out.push(`- \u2026 ${notListed} more commit(s)${c.omitted ? ` (report.json lists ${c.commits.length})` : ''}`);
    for (const a of c.areas)
        out.push('', `**${esc(a.name)}** \u2014 ${a.files} file(s): ${a.examples.map((e) => `\`${e.replace(/`/g, "'")}\``).join(', ')}${a.files > a.examples.length ? ', \u2026' : ''}`);
    out.push('', '</details>');
    return out;
}
/** Who ran it, who approved its environments, and which revision's config judged it. */
function governanceLines(r) {
    const lines = [];
    const cfg = r.config;
    // The checkout's config judging is the usual case; it is named only when the base was asked for.
    if (cfg && (cfg.source === 'base' || cfg.fallback)) {
        const at = cfg.revision ? ` at \`${cfg.revision.slice(0, 12)}\`` : '';
        lines.push(`- **Config** \`${esc(cfg.path)}\` of the ${cfg.source}${at} (${esc(cfg.why)})${cfg.fallback ? `: ${esc(cfg.fallback.message)}` : ''}`);
    }
    const run = r.run;
    if (run?.actor) {
        const again = run.triggeringActor && run.triggeringActor !== run.actor
            ? `, re-run by ${esc(run.triggeringActor)}`
            : '';
        lines.push(`- **Run by** ${esc(run.actor)}${again}`);
    }
    for (const a of run?.approvals ?? [])
        lines.push(`- **${esc(a.state)}** by ${esc(a.user)} for ${a.environments.map(esc).join(', ')}${a.comment ? `: ${esc(a.comment)}` : ''}`);
    if (run?.approvalsProblem)
        lines.push(`- _${esc(run.approvalsProblem)}_`);
    return lines.length ? ['', '### Governance', '', ...lines] : [];
}

// EXTERNAL MODULE: ./src/report/headline.ts
var headline = __webpack_require__(14512);
;// CONCATENATED MODULE: ./src/report/markdown.ts




const ICON = { pass: '\u2705', warn: '\u26a0\ufe0f', fail: '\u274c', error: '\u2757', skipped: '\u23ed\ufe0f' };
const MAX_FINDINGS_PER_CHECK = 50;
const markdown_esc = markdown/* markdownText */.p;
function cell(text) {
    return markdown_esc(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function oneLine(text, max = 300) {
    const t = text.replace(/\s+/g, ' ').trim();
    return t.length > max ? `${t.slice(0, max - 1)}\u2026` : t;
}
/** `` `blocked` \u2014 auth (hard) failed ``: the level, and what keeps it below ga_ready. */
function levelText(r) {
    const why = r.levelReasons ?? [];
    return `\`${r.level}\`${why.length ? ` \u2014 ${markdown_esc(why.join('; '))}` : ''}`;
}
function header(r) {
    const verdict = r.verdict === 'promote' ? `\u2705 Promote` : `\u26d4 Hold`;
    // A hold names what holds it before anything else; a promotion says how it promotes.
    const cause = r.verdict === 'hold' ? (0,headline/* holdCause */.T)(r) : undefined;
    const lead = cause ? ` \u00b7 ${markdown_esc(cause)}` : '';
    const action = r.verdict === 'promote' ? ` \u00b7 ${r.action}` : '';
    const capped = r.uncappedScore !== undefined
        ? ` \u00b7 **Score** ${r.score}/5, capped at the hold line while a hard or required check fails (${r.uncappedScore}/5 without the cap)`
        : '';
    const c = r.counts;
    const parts = [
        `${c.pass} passed`,
        c.warn ? `${c.warn} warning${c.warn === 1 ? '' : 's'}` : '',
        c.fail ? `${c.fail} failed` : '',
        c.error ? `${c.error} could not run` : '',
        c.skipped ? `${c.skipped} skipped` : '',
    ].filter(Boolean);
    const checks = `**Checks** ${c.total}: ${parts.join(', ')} \u00b7 **Time** ${(0,format/* formatDuration */.a3)(r.durationMs)}${r.bundle ? ` \u00b7 **Bundle** \`${r.bundle.id.slice(0, 19)}\u2026\`` : ''}`;
    const level = `**Level** ${levelText(r)}${capped}`;
    // What lowers the level or caps the score gets a line of its own; a clean run, one line.
    const explained = (r.levelReasons?.length ?? 0) > 0 || capped !== '';
    const lines = [
        `## ${verdict} \u2014 ${markdown_esc(r.profile)}${lead} \u00b7 score ${r.score}/5${action} \u00b7 level ${r.level}`,
        '',
        ...(explained ? [level, '', checks] : [`${level} \u00b7 ${checks}`]),
    ];
    if (r.ratchetTriggered) {
        lines.push('', '> [!CAUTION]', '> **Hotfix ratchet:** checks that needed a hotfix in the last run still fail. Fix them before promoting.');
    }
    else if (r.action === 'promote-with-hotfix') {
        lines.push('', '> [!WARNING]', `> **Promote with hotfix:** a hotfix is due before the next promotion for ${r.hotfixChecks.map((c) => `\`${c}\``).join(', ')}; if the same checks fail again, the next run holds.`);
    }
    return lines;
}
function reasons(r) {
    if (r.reasons.length === 0)
        return [];
    const out = ['', '### Reasons', ''];
    for (const x of r.reasons)
        out.push(`- ${x.blocking ? '**Blocking** \u2014 ' : ''}${markdown_esc(oneLine(x.message, 500))}`);
    return out;
}
function checksTable(checks, omittedPassing) {
    const out = [
        '',
        '### Checks',
        '',
        '| | Check | Type | Enforcement | Category | Score | Time | Summary |',
        '|---|---|---|---|---|---|---|---|',
    ];
    for (const c of checks) {
        const score = c.status === 'skipped' ? '\u2013' : `${c.score}/5`;
        const name = c.title ? `${cell(c.title)} (\`${c.id}\`)` : `\`${c.id}\``;
        out.push(`| ${ICON[c.status]} | ${name} | ${c.type} | ${c.enforcement} | ${cell(c.category)} | ${score} | ${(0,format/* formatDuration */.a3)(c.durationMs)} | ${cell(oneLine(c.summary, 200))} |`);
    }
    if (omittedPassing > 0)
        out.push('', `_${omittedPassing} passing check(s) not shown._`);
    return out;
}
function categoriesTable(r) {
    // Every category at 5/5 says nothing the score does not.
    if (r.categories.every((c) => c.rawMin >= 5))
        return [];
    const out = [
        '',
        '### Score by category',
        '',
        '| Category | Weight | Lowest raw | Effective | Limited by |',
        '|---|---|---|---|---|',
    ];
    for (const c of r.categories)
        out.push(`| ${cell(c.name)} | ${(0,format/* formatNumber */.ZV)(c.weight)} | ${c.rawMin}/5 | ${(0,format/* formatNumber */.ZV)(c.effective)} | ${c.limitingCheck ? `\`${c.limitingCheck}\`` : '\u2013'} |`);
    return out;
}
function waiversTable(r) {
    if (r.waivers.length === 0)
        return [];
    const out = ['', '### Waivers', '', '| Check | State | Expires | By | Reason |', '|---|---|---|---|---|'];
    for (const w of r.waivers)
        out.push(`| \`${w.check}\` | ${w.state} | ${w.expires} | ${cell(w.by)} | ${cell(oneLine(w.reason, 200))} |`);
    return out;
}
/**
 * A finding that only repeats its check's summary (a check with one problem often says it in
 * both), which the checks table already shows.
 */
function repeatsSummary(f, summary) {
    const message = f.message.split('\n')[0].trim();
    return message !== '' && summary.includes(message) && (!f.file || summary.includes(f.file));
}
function findingsBlock(checks) {
    const withFindings = checks
        .map((c) => ({ c, findings: c.findings.filter((f) => !repeatsSummary(f, c.summary)) }))
        .filter((x) => x.findings.length > 0);
    if (withFindings.length === 0)
        return [];
    const out = ['', '### Findings'];
    for (const { c, findings } of withFindings) {
        out.push('', `<details${c.status === 'fail' || c.status === 'error' ? ' open' : ''}><summary>${ICON[c.status]} <code>${markdown_esc(c.id)}</code> \u2014 ${findings.length} finding${findings.length === 1 ? '' : 's'}</summary>`, '');
        for (const f of findings.slice(0, MAX_FINDINGS_PER_CHECK)) {
            const at = f.file ? `${(0,markdown/* codeSpan */.S)(`${f.file}${f.line ? `:${f.line}` : ''}`)} ` : '';
            const mark = f.level === 'failure' ? '' : `_${f.level}_ `;
            out.push(`- ${mark}${at}${markdown_esc(oneLine(f.message, 400))}`);
        }
        if (findings.length > MAX_FINDINGS_PER_CHECK)
            out.push(`- \u2026 ${findings.length - MAX_FINDINGS_PER_CHECK} more in report.json`);
        out.push('', '</details>');
    }
    return out;
}
function footer(r) {
    const chain = r.lineage.length > 1 ? ` (${r.lineage.map(markdown_esc).join(' \u2192 ')})` : '';
    const sha = r.git.sha ? ` \u00b7 commit \`${r.git.sha.slice(0, 12)}\`` : '';
    return [
        '',
        `<sub>promotion-gate ${r.tool.version} \u00b7 profile ${markdown_esc(r.profile)}${chain}${sha} \u00b7 ${r.startedAt}</sub>`,
        '',
    ];
}
/**
 * The line the seal adds at the end of report.md once the bundle id is known. The id is the
 * digest of a manifest that lists report.md, so the manifest digests the file without this line,
 * and verify requires the line to be exactly this one for the bundle the manifest makes.
 */
function bundleTrailer(id) {
    return `\n<sub>evidence bundle \`${id}\` \u00b7 check it: \`npx promotion-gate verify <folder> --bundle-id ${id}\`</sub>\n`;
}
const notPassing = (c) => c.status !== 'pass' && c.status !== 'skipped';
/** Renders the report; under a budget it drops passing details first, then truncates. */
function renderMarkdown(report, opts = {}) {
    const budget = opts.budget ?? Number.POSITIVE_INFINITY;
    const hint = opts.fullReportHint ?? 'report.md in the evidence bundle';
    const attempts = [
        () => [
            ...header(report),
            ...reasons(report),
            ...checksTable(report.checks, 0),
            ...categoriesTable(report),
            ...waiversTable(report),
            ...findingsBlock(report.checks),
            ...changesSection(report, true),
            ...governanceLines(report),
            ...footer(report),
        ],
        () => [
            ...header(report),
            ...reasons(report),
            ...checksTable(report.checks, 0),
            ...categoriesTable(report),
            ...waiversTable(report),
            ...findingsBlock(report.checks.filter(notPassing)),
            '',
            `_Findings of passing checks are left out here; see ${hint}._`,
            ...changesSection(report, true),
            ...governanceLines(report),
            ...footer(report),
        ],
        () => {
            const shown = report.checks.filter(notPassing);
            return [
                ...header(report),
                ...reasons(report),
                ...checksTable(shown, report.checks.length - shown.length),
                ...categoriesTable(report),
                ...findingsBlock(shown),
                '',
                `_Shortened to fit; the full report is ${hint}._`,
                ...changesSection(report, false),
                ...governanceLines(report),
                ...footer(report),
            ];
        },
    ];
    for (const attempt of attempts) {
        const text = attempt().join('\n');
        if (text.length <= budget)
            return text;
    }
    const note = `\n\n_\u2026 truncated to fit ${budget} characters; the full report is ${hint}._\n`;
    const text = attempts[attempts.length - 1]().join('\n');
    let cut = text.slice(0, Math.max(0, budget - note.length));
    // Do not leave a half-open <details> or a broken line.
    cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
    if ((cut.match(/<details/g) ?? []).length > (cut.match(/<\/details>/g) ?? []).length)
        cut += '\n\n</details>';
    return (cut + note).slice(0, budget);
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept equal to package.json's version by a test. */
const VERSION = '0.1.0';


/***/ })

};
