export const id = 7398;
export const ids = [7398];
export const modules = {

/***/ 77398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   envCheck: () => (/* binding */ envCheck)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12311);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23128);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47681);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16468);





/** A dotenv file is a few lines; anything this big is not one. */
const MAX_ENV_FILE_BYTES = 1024 * 1024;
const rule = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    required: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().default(true).describe('The variable must be set and non-empty'),
    equals: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional().describe('Exact value required'),
    values: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()).min(1).optional().describe('Allowed values (e.g. [production, prod])'),
    pattern: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .regex */ .yG.optional().describe('Regular expression the value must match'),
    notIn: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()).optional().describe('Values that are refused, e.g. known defaults'),
    minLength: zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().min(1).optional(),
    secret: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()
        .optional()
        .describe('Never show the value (default: true unless equals or values are given)'),
});
/**
 * The variables by name. A Map, not a plain object: a variable named like a built-in member
 * (`constructor`, `toString`, `__proto__`) is looked up as a name, never found on a prototype.
 */
function variables(source) {
    const out = new Map();
    for (const [name, value] of Object.entries(source))
        if (typeof value === 'string')
            out.set(name, value);
    return out;
}
const envCheck = (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .defineCheck */ .q)({
    type: 'env',
    description: 'Environment variables are set, not a known default, and match a pattern or allowed values',
    defaults: { category: 'safety', enforcement: 'required' },
    workTree: (spec) => (spec.file !== undefined ? 'observes' : undefined),
    fields: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        file: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional().describe('A dotenv file to read instead of the process environment'),
        vars: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), rule).describe('Rules per variable name'),
        allowOutsideWorkspace: _paths_js__WEBPACK_IMPORTED_MODULE_2__/* .allowOutsideWorkspaceField */ .s_,
    }),
    async run(spec, ctx) {
        let env = variables(ctx.env);
        const ws = new _paths_js__WEBPACK_IMPORTED_MODULE_2__/* .Workspace */ .aR(ctx.cwd, spec.allowOutsideWorkspace);
        if (spec.file) {
            try {
                const file = await ws.resolve('env file', spec.file);
                const text = (await (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .readRegularFile */ .XF)(file.real, MAX_ENV_FILE_BYTES)).toString('utf8');
                env = variables((0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseEnv)(text));
            }
            catch (err) {
                if (err instanceof _paths_js__WEBPACK_IMPORTED_MODULE_2__/* .WorkspacePathError */ .Tf)
                    return { status: 'error', summary: err.message };
                return { status: 'error', summary: `cannot read env file ${spec.file}: ${err.message}` };
            }
        }
        const findings = [];
        // Null prototype: `seen.__proto__ = \u2026` records a variable rather than set a prototype.
        const seen = Object.create(null);
        for (const [name, r] of Object.entries(spec.vars)) {
            const value = env.get(name);
            const secret = r.secret ?? !(r.equals !== undefined || r.values !== undefined);
            if (secret && value)
                ctx.secret(value);
            // A secret's value is a live credential: nothing of it is shown, not even its ends.
            const show = (v) => (secret ? `*** (${v.length} chars)` : JSON.stringify(v));
            const fail = (message) => findings.push({ level: 'failure', message: `${name}: ${message}`, file: spec.file });
            if (value === undefined || value === '') {
                seen[name] = 'unset';
                if (r.required)
                    fail('is not set');
                continue;
            }
            seen[name] = secret ? `set (${value.length} chars)` : JSON.stringify(value);
            if (r.equals !== undefined && value !== r.equals)
                fail(`is ${show(value)}, expected ${JSON.stringify(r.equals)}`);
            if (r.values && !r.values.includes(value))
                fail(`is ${show(value)}, expected one of ${r.values.map((v) => JSON.stringify(v)).join(', ')}`);
            if (r.pattern && !new RegExp(r.pattern).test(value))
                fail(`is ${show(value)}, does not match /${r.pattern}/`);
            if (r.notIn?.includes(value))
                fail(`is set to a refused default value${secret ? '' : ` ${show(value)}`}`);
            if (r.minLength !== undefined && value.length < r.minLength)
                fail(`is ${value.length} characters long, expected at least ${r.minLength}`);
        }
        await ctx.evidence.write('env.json', { source: spec.file ?? 'process environment', vars: seen });
        const n = Object.keys(spec.vars).length;
        const notices = ws.findings();
        if (findings.length === 0)
            return { status: 'pass', summary: `${n} variable(s) meet their rules`, findings: notices };
        return {
            status: 'fail',
            summary: findings.length === 1
                ? findings[0].message
                : `${findings.length} of ${n} variable rules broken, first: ${findings[0].message}`,
            findings: [...findings, ...notices],
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
