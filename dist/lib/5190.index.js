export const id = 5190;
export const ids = [5190];
export const modules = {

/***/ 65190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   filesCheck: () => (/* binding */ filesCheck)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12311);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47681);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16468);




async function matches(pattern, ws, what, isGlob) {
    const found = isGlob(pattern)
        ? await ws.glob(what, [pattern], { onlyFiles: false, ignore: ['**/node_modules/**', '**/.git/**'] })
        : [await ws.resolve(what, pattern)];
    const out = [];
    for (const f of found) {
        try {
            const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(f.real);
            out.push({ path: f.name, size: s.size, dir: s.isDirectory() });
        }
        catch {
            // Gone, or a link to nothing: not there.
        }
    }
    return out;
}
const filesCheck = (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCheck */ .q)({
    type: 'files',
    description: 'Required paths or globs exist (optionally non-empty); forbidden globs match nothing',
    defaults: { category: 'safety', enforcement: 'required' },
    workTree: () => 'observes',
    fields: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        paths: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1)).default([]).describe('Paths or globs that must each match something'),
        nonEmpty: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().default(false).describe('Matched files must not be empty'),
        forbidden: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1))
            .default([])
            .describe('Globs that must match nothing (e.g. .env, **/*.pem)'),
        allowOutsideWorkspace: _paths_js__WEBPACK_IMPORTED_MODULE_1__/* .allowOutsideWorkspaceField */ .s_,
    }),
    async run(spec, ctx) {
        const total = spec.paths.length + spec.forbidden.length;
        if (total === 0)
            return { status: 'error', summary: 'nothing to check: give paths or forbidden' };
        const ws = new _paths_js__WEBPACK_IMPORTED_MODULE_1__/* .Workspace */ .aR(ctx.cwd, spec.allowOutsideWorkspace);
        const { isDynamicPattern: isGlob } = await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3382)]).then(__webpack_require__.bind(__webpack_require__, 73382));
        const findings = [];
        const seen = {};
        try {
            for (const pattern of spec.paths) {
                const found = await matches(pattern, ws, 'required path', isGlob);
                seen[pattern] = found.map(({ path, size }) => ({ path, size }));
                if (found.length === 0) {
                    findings.push({
                        level: 'failure',
                        message: `required path missing: ${pattern}`,
                        file: isGlob(pattern) ? undefined : pattern,
                    });
                    continue;
                }
                if (spec.nonEmpty) {
                    for (const f of found) {
                        if (!f.dir && f.size === 0)
                            findings.push({ level: 'failure', message: `required file is empty: ${f.path}`, file: f.path });
                    }
                }
            }
            for (const pattern of spec.forbidden) {
                const found = await matches(pattern, ws, 'forbidden path', isGlob);
                seen[`!${pattern}`] = found.map(({ path, size }) => ({ path, size }));
                for (const f of found)
                    findings.push({
                        level: 'failure',
                        message: `forbidden path present: ${f.path} (matches ${pattern})`,
                        file: f.path,
                    });
            }
        }
        catch (err) {
            if (err instanceof _paths_js__WEBPACK_IMPORTED_MODULE_1__/* .WorkspacePathError */ .Tf)
                return { status: 'error', summary: err.message };
            throw err;
        }
        findings.push(...ws.findings());
        await ctx.evidence.write('matches.json', seen);
        const problems = findings.filter((f) => f.level === 'failure');
        if (problems.length === 0) {
            return {
                status: 'pass',
                summary: `${spec.paths.length} required path(s) present${spec.forbidden.length ? `, ${spec.forbidden.length} forbidden pattern(s) absent` : ''}`,
                findings,
                metrics: { required: spec.paths.length, forbidden: spec.forbidden.length },
            };
        }
        return {
            status: 'fail',
            summary: problems.length === 1
                ? problems[0].message
                : `${problems.length} problems, first: ${problems[0].message}`,
            findings,
            metrics: { problems: problems.length },
        };
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
