export const id = 6128;
export const ids = [6128];
export const modules = {

/***/ 81729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ input)
/* harmony export */ });
/* harmony import */ var _step_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29134);
/* harmony import */ var _app_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75173);


/** An action input read and parsed by its one description; a bad value is a UsageError naming it. */
function input(key) {
    const spec = _app_options_js__WEBPACK_IMPORTED_MODULE_1__/* .OPTIONS */ .lw[key];
    const raw = 'list' in spec && spec.list ? _step_js__WEBPACK_IMPORTED_MODULE_0__/* .getMultilineInput */ .q3(spec.name) : _step_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(spec.name);
    return spec.parse(raw, `input ${spec.name}`);
}


/***/ }),

/***/ 6128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/app/exitCodes.ts
var exitCodes = __webpack_require__(58357);
// EXTERNAL MODULE: ./src/app/frontEnd.ts
var frontEnd = __webpack_require__(75787);
// EXTERNAL MODULE: ./src/core/credentials.ts
var credentials = __webpack_require__(72633);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/runner.ts
var runner = __webpack_require__(4473);
// EXTERNAL MODULE: ./src/action/inputs.ts
var inputs = __webpack_require__(81729);
;// CONCATENATED MODULE: ./src/action/settings.ts


function readSettings() {
    const command = (0,inputs/* input */.h)('command');
    const profile = (0,inputs/* input */.h)('profile') ?? '';
    if (command === 'gate' && !profile)
        throw new errors/* UsageError */.eb('input profile is required (e.g. profile: staging)');
    return {
        command,
        config: (0,inputs/* input */.h)('config'),
        profile,
        inputs: (0,inputs/* input */.h)('inputs'),
        base: (0,inputs/* input */.h)('base'),
        head: (0,inputs/* input */.h)('head'),
        failOn: (0,inputs/* input */.h)('failOn'),
        outDir: (0,inputs/* input */.h)('outputDir'),
        workingDirectory: (0,inputs/* input */.h)('workingDirectory'),
    };
}

// EXTERNAL MODULE: ./src/action/step.ts
var step = __webpack_require__(29134);
;// CONCATENATED MODULE: ./src/action/main.ts








/**
 * The action's entry: reads the inputs, runs the command, reports a failure. Each command's
 * modules are imported when that command runs, so a run loads only what its command needs: a
 * `validate` never evaluates the GitHub client, the artifact client or the engine, and that is
 * most of the action's start-up.
 */
function annotateConfigError(err) {
    for (const i of err.issues.slice(0, 10)) {
        step/* error */.z3(`${i.path ? `${i.path}: ` : ''}${i.message}`, {
            title: 'promotion-gate: invalid configuration',
            file: i.file,
            startLine: i.line,
            startColumn: i.column,
        });
    }
}
async function validate(s, workspace, cwd) {
    const [{ loadConfigFile, placed }, { planGate }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(3160), __webpack_require__.e(6981), __webpack_require__.e(2008)]).then(__webpack_require__.bind(__webpack_require__, 52008)),
        Promise.all(/* import() */[__webpack_require__.e(3160), __webpack_require__.e(6981), __webpack_require__.e(2008), __webpack_require__.e(2916)]).then(__webpack_require__.bind(__webpack_require__, 72916)),
    ]);
    const configPath = external_node_path_default().resolve(cwd, s.config);
    // Named relative to the workspace, so annotations land on the file in the pull request.
    const configName = external_node_path_default().relative(workspace, configPath) || s.config;
    const loaded = await loadConfigFile(configPath, configName, { everyProfile: !s.profile });
    if (s.profile)
        await placed(() => planGate(loaded, s.profile, { env: process.env, inputs: s.inputs }));
    step/* info */.pq(`${s.config} is valid`);
    return exitCodes/* EXIT */.d.promote;
}
async function runCommand(s, signal) {
    const workspace = (0,runner/* readRunner */.f)(process.env).workspace ?? process.cwd();
    const cwd = external_node_path_default().resolve(workspace, s.workingDirectory ?? '.');
    switch (s.command) {
        case 'validate':
            return validate(s, workspace, cwd);
        case 'gate':
            return (await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3160), __webpack_require__.e(6981), __webpack_require__.e(2123), __webpack_require__.e(277), __webpack_require__.e(9691), __webpack_require__.e(2008), __webpack_require__.e(6445), __webpack_require__.e(3751), __webpack_require__.e(7815), __webpack_require__.e(2330), __webpack_require__.e(6682), __webpack_require__.e(6480), __webpack_require__.e(774), __webpack_require__.e(243)]).then(__webpack_require__.bind(__webpack_require__, 80243))).runGateCommand(s, workspace, cwd, signal);
        case 'publish':
            return (await Promise.all(/* import() */[__webpack_require__.e(3751), __webpack_require__.e(6682), __webpack_require__.e(774), __webpack_require__.e(2866)]).then(__webpack_require__.bind(__webpack_require__, 74001))).runPublishCommand(workspace, signal);
        case 'deploy':
        case 'drill':
            return (await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3160), __webpack_require__.e(6981), __webpack_require__.e(2123), __webpack_require__.e(277), __webpack_require__.e(9691), __webpack_require__.e(2008), __webpack_require__.e(6445), __webpack_require__.e(3751), __webpack_require__.e(7815), __webpack_require__.e(2330), __webpack_require__.e(6682), __webpack_require__.e(6480), __webpack_require__.e(774), __webpack_require__.e(6314), __webpack_require__.e(6575)]).then(__webpack_require__.bind(__webpack_require__, 46575))).runDeployCommand(s.command, workspace, cwd, signal);
        case 'drift':
        case 'review':
        case 'aggregate':
            return (await Promise.all(/* import() */[__webpack_require__.e(3160), __webpack_require__.e(6981), __webpack_require__.e(2123), __webpack_require__.e(9691), __webpack_require__.e(2008), __webpack_require__.e(6445), __webpack_require__.e(3751), __webpack_require__.e(7815), __webpack_require__.e(5524), __webpack_require__.e(6854), __webpack_require__.e(9034)]).then(__webpack_require__.bind(__webpack_require__, 85009))).runReportCommand(s.command, workspace, cwd, signal);
        case 'watch':
            return (await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3160), __webpack_require__.e(6981), __webpack_require__.e(2123), __webpack_require__.e(277), __webpack_require__.e(9691), __webpack_require__.e(2008), __webpack_require__.e(6445), __webpack_require__.e(3751), __webpack_require__.e(7815), __webpack_require__.e(2330), __webpack_require__.e(6682), __webpack_require__.e(6480), __webpack_require__.e(774), __webpack_require__.e(225)]).then(__webpack_require__.bind(__webpack_require__, 50225))).runWatchCommand(workspace, cwd, signal);
        case 'monitor':
            return (await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3160), __webpack_require__.e(6981), __webpack_require__.e(2123), __webpack_require__.e(277), __webpack_require__.e(9691), __webpack_require__.e(2008), __webpack_require__.e(6445), __webpack_require__.e(3751), __webpack_require__.e(7815), __webpack_require__.e(2330), __webpack_require__.e(6682), __webpack_require__.e(6480), __webpack_require__.e(774), __webpack_require__.e(6314), __webpack_require__.e(1452), __webpack_require__.e(7640)]).then(__webpack_require__.bind(__webpack_require__, 97640))).runMonitorCommand(workspace, cwd, signal);
    }
}
/** The action: run the command, then outputs and job summary. Returns the exit code. */
async function run(signal) {
    try {
        return await runCommand(readSettings(), signal);
    }
    catch (err) {
        // A message naming an option names it as the workflow sets it (an input, not a flag).
        (0,frontEnd/* forFrontEnd */.u)('action').error(err);
        if (err instanceof errors/* ConfigError */.xL)
            annotateConfigError(err);
        if ((0,errors/* isUserError */.iU)(err)) {
            step/* setFailed */.C1(err.message);
            return exitCodes/* EXIT */.d.usage;
        }
        step/* setFailed */.C1((0,credentials/* maskUrlCredentials */.g)(`promotion-gate internal error: ${(0,errors/* errorMessage */.gJ)(err)}`));
        if (err instanceof Error && err.stack)
            step/* debug */.Yz(err.stack);
        return exitCodes/* EXIT */.d.internal;
    }
}


/***/ }),

/***/ 29134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   q3: () => (/* binding */ getMultilineInput),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   uf: () => (/* binding */ escapeData),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony exports escapeProperty, issueCommand, keyValueBlock, exportVariable, startGroup, endGroup */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);




// node:crypto, with its key, cipher and certificate modules, is loaded by the first value written
// to a runner file, not by every start (a `validate` writes none).
const load = (0,node_module__WEBPACK_IMPORTED_MODULE_2__.createRequire)(import.meta.url);
const randomUUID = () => load('node:crypto').randomUUID();
/** Data of a workflow command: the runner turns %25, %0D and %0A back into %, CR and LF. */
const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** A property value: as data, and `:` and `,` too, which end a value in `key=value,key=value::`. */
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
/**
 * `::name key=value,\u2026::data` as one line. Properties without a value (undefined, "", 0) are left
 * out, as the toolkit leaves them out. Written at call time through process.stdout.write, so
 * whatever replaced it (a test) sees every command.
 */
function issueCommand(name, properties, data) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    process.stdout.write(`::${name}${props ? ` ${props}` : ''}::${escapeData(data)}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`);
}
/**
 * `name<<delimiter`, the value's lines, `delimiter`: the runner reads lines up to the first one
 * that equals the delimiter, so a value of any lines stays whole. The delimiter is random per
 * value, so the value cannot end the block early by accident or on purpose \u2014 and it is checked.
 */
function keyValueBlock(name, value) {
    const delimiter = `ghadelimiter_${randomUUID()}`;
    if (!name || /[\r\n=]|<</.test(name))
        throw new Error(`the name "${name}" cannot be written to a runner file: it must be non-empty, on one line, without "=" or "<<"`);
    if (value.includes(delimiter))
        throw new Error(`the value of ${name} holds its own delimiter`);
    return `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${delimiter}`;
}
/** Appends to the file the runner named in GITHUB_<kind>; it must exist (the runner created it). */
function appendFileCommand(kind, text) {
    const file = process.env[`GITHUB_${kind}`];
    if (!file)
        throw new Error(`GITHUB_${kind} is not set: no file to write to`);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        throw new Error(`GITHUB_${kind} names ${file}, which does not exist`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, `${text}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`, { encoding: 'utf8' });
}
/** The input `name` (`INPUT_<NAME>`, spaces as `_`), trimmed; "" when not given. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** The input's lines, each trimmed; empty ones are dropped before the trim, as the toolkit does. */
function getMultilineInput(name) {
    return getInput(name)
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => l.trim());
}
/** Sets output `name`; older runners without GITHUB_OUTPUT read the `set-output` command. */
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        return appendFileCommand('OUTPUT', keyValueBlock(name, value));
    process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_3__.EOL);
    issueCommand('set-output', { name }, value);
}
/** Sets `name` for this process and for the later steps of the job. */
function exportVariable(name, value) {
    if (process.env.GITHUB_ENV)
        appendFileCommand('ENV', keyValueBlock(name, value));
    else
        issueCommand('set-env', { name }, value);
    process.env[name] = value;
}
/** The runner replaces `value` with *** in the log from now on. */
function setSecret(value) {
    issueCommand('add-mask', {}, value);
}
function info(message) {
    process.stdout.write(`${message}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function annotate(kind, message, p = {}) {
    const properties = {
        title: p.title,
        file: p.file,
        line: p.startLine,
        endLine: p.endLine,
        col: p.startColumn,
        endColumn: p.endColumn,
    };
    issueCommand(kind, properties, message);
}
const notice = (message, p) => annotate('notice', message, p);
const warning = (message, p) => annotate('warning', message, p);
const error = (message, p) => annotate('error', message, p);
/** An error annotation, and exit code 1 unless something sets another. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function startGroup(name) {
    issueCommand('group', {}, name);
}
function endGroup() {
    issueCommand('endgroup', {}, '');
}
/**
 * Appends Markdown to the job summary. The file is looked up on every call (GITHUB_STEP_SUMMARY
 * as it is now), and one that is missing or not writable is an error for the caller to report.
 */
async function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        throw new Error('GITHUB_STEP_SUMMARY is not set: this runner takes no job summary');
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(file, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.constants.R_OK | node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.constants.W_OK);
    }
    catch {
        throw new Error(`cannot write the job summary file ${file}`);
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.appendFile)(file, markdown, { encoding: 'utf8' });
}


/***/ })

};
