export const id = 7233;
export const ids = [7233];
export const modules = {

/***/ 97233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gitCheck: () => (/* binding */ gitCheck)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12311);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23128);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16468);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4473);






async function git(ctx, args) {
    const r = await ctx.exec.file('git', args, { cwd: ctx.cwd, signal: ctx.signal, env: ctx.env });
    if (r.exitCode !== 0)
        throw new Error(`git ${args.join(' ')} failed: ${r.stderr.trim() || `exit ${r.exitCode}`}`);
    return r.stdout;
}
/** The branch being promoted: the PR head on GitHub, the checked-out branch otherwise. */
async function currentBranch(ctx) {
    const runner = (0,_core_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .readRunner */ .f)(ctx.env);
    if (runner.headRef)
        return runner.headRef;
    if (runner.ref?.startsWith('refs/heads/'))
        return runner.ref.slice('refs/heads/'.length);
    const b = (await git(ctx, ['rev-parse', '--abbrev-ref', 'HEAD'])).trim();
    return b === 'HEAD' ? undefined : b;
}
const gitCheck = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .defineCheck */ .q)({
    type: 'git',
    description: 'The working tree is clean (unless allowed) and HEAD is on an expected branch',
    defaults: { category: 'safety', enforcement: 'required' },
    workTree: () => 'observes',
    fields: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
        clean: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY()
            .default(true)
            .describe('Fail when tracked files are modified or untracked files exist'),
        allowDirty: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()).default([]).describe('Globs of paths that may be dirty'),
        untracked: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().default(true).describe('Count untracked files as dirty'),
        branch: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .stringList */ .Yn.optional().describe('Branch name or glob(s) HEAD must be on, e.g. [main, release/*]'),
    }),
    async run(spec, ctx) {
        const findings = [];
        const metrics = {};
        try {
            await git(ctx, ['rev-parse', '--git-dir']);
        }
        catch {
            return { status: 'error', summary: `${ctx.cwd} is not a git repository` };
        }
        if (spec.clean) {
            const out = await git(ctx, [
                'status',
                '--porcelain=v1',
                '-z',
                spec.untracked ? '--untracked-files=all' : '--untracked-files=no',
            ]);
            const entries = out.split('\0').filter(Boolean);
            const allowed = picomatch__WEBPACK_IMPORTED_MODULE_5___default()(spec.allowDirty, { dot: true });
            // The gate's own output directory is never counted as dirt.
            const outDir = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(ctx.cwd, ctx.outputDir).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
            const dirty = [];
            for (let i = 0; i < entries.length; i++) {
                const e = entries[i];
                const code = e.slice(0, 2);
                const file = e.slice(3);
                if (code[0] === 'R' || code[0] === 'C')
                    i++; // the next entry is the rename source
                if (outDir && !outDir.startsWith('..') && (file === outDir || file.startsWith(`${outDir}/`)))
                    continue;
                if (spec.allowDirty.length && allowed(file))
                    continue;
                dirty.push(`${code.trim() || '??'} ${file}`);
                findings.push({ level: 'failure', message: `uncommitted change: ${code.trim()} ${file}`, file });
            }
            metrics.dirtyFiles = dirty.length;
            await ctx.evidence.write('status.txt', dirty.join('\n') || '(clean)');
        }
        if (spec.branch !== undefined) {
            const patterns = (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .toList */ .st)(spec.branch);
            const branch = await currentBranch(ctx);
            metrics.branch = branch ?? '(detached)';
            if (!branch) {
                findings.push({
                    level: 'failure',
                    message: `HEAD is detached; expected branch ${patterns.join(' or ')}`,
                });
            }
            else if (!picomatch__WEBPACK_IMPORTED_MODULE_5___default()(patterns)(branch)) {
                findings.push({
                    level: 'failure',
                    message: `on branch "${branch}", expected ${patterns.join(' or ')}`,
                });
            }
        }
        if (findings.length === 0) {
            const parts = [
                spec.clean ? 'working tree clean' : undefined,
                metrics.branch ? `on ${metrics.branch}` : undefined,
            ].filter(Boolean);
            return { status: 'pass', summary: parts.join(', ') || 'git checks passed', metrics };
        }
        const dirty = findings.filter((f) => f.message.startsWith('uncommitted')).length;
        const other = findings.filter((f) => !f.message.startsWith('uncommitted'));
        const summary = [dirty ? `${dirty} uncommitted change(s)` : undefined, ...other.map((f) => f.message)]
            .filter(Boolean)
            .join('; ');
        return { status: 'fail', summary, findings, metrics };
    },
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
