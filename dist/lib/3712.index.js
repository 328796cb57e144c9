export const id = 3712;
export const ids = [3712];
export const modules = {

/***/ 53712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  routesCheck: () => (/* binding */ routesCheck)
});

// EXTERNAL MODULE: ./src/checks/types.ts
var types = __webpack_require__(16468);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
// EXTERNAL MODULE: ./src/checks/fields.ts
var fields = __webpack_require__(23128);
// EXTERNAL MODULE: ./src/checks/routes/types.ts
var routes_types = __webpack_require__(65017);
;// CONCATENATED MODULE: ./src/checks/routes/spec.ts
// The settings of a routes check, as the config schema reads them; its work is in run.ts.



/** A directory of the repository, from its root: never absolute, never through `..`. */
const repoDir = schemas/* string */.YjP().superRefine((s, ctx) => {
    if ((0,fields/* hasExpression */.xS)(s))
        return;
    if (s.startsWith('/') || /^[A-Za-z]:[\\/]/.test(s) || s.split(/[\\/]/).includes('..'))
        ctx.addIssue({
            code: 'custom',
            message: `expected a directory inside the repository, relative to its root (e.g. services/api), got "${s}"`,
        });
});
const presetEntry = schemas/* union */.KCZ([
    schemas/* enum */.k5n(routes_types/* PRESET_IDS */.Z),
    schemas/* strictObject */.rej({
        preset: schemas/* enum */.k5n(routes_types/* PRESET_IDS */.Z),
        dir: repoDir
            .optional()
            .describe('Directory of the app in a monorepo (e.g. services/api); paths and exclude are read under it'),
        paths: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
            .optional()
            .describe('Globs of the files it reads (default: the preset\u2019s own)'),
        exclude: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional(),
        prefix: schemas/* string */.YjP()
            .optional()
            .describe('URL prefix the routes are mounted under (a prefix the code does not declare itself)'),
    }),
]);
const customEntry = schemas/* strictObject */.rej({
    pattern: fields/* regex */.yG.describe('Regex with a named group `path` (and optionally `method`), matched against each line'),
    paths: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1).describe('Globs of the files to read'),
    exclude: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]),
    grep: schemas/* string */.YjP().optional().describe('POSIX ERE prefilter for git grep (speed); default: every line'),
    method: schemas/* string */.YjP().default('ANY').describe('Method when the pattern has no `method` group'),
    prefix: schemas/* string */.YjP().default(''),
});
const routeQuery = schemas/* string */.YjP().superRefine((s, ctx) => {
    if (!/^\s*(?:[A-Za-z]+\s+)?\/\S*\s*$/.test(s))
        ctx.addIssue({
            code: 'custom',
            message: `expected "/path" or "METHOD /path" (optionally ending in *), got "${s}"`,
        });
});
const spec_fields = schemas/* object */.Ikc({
    presets: schemas/* array */.YOg(presetEntry)
        .default([])
        .describe(`Frameworks to read routes from: ${routes_types/* PRESET_IDS */.Z.join(', ')}`),
    custom: schemas/* array */.YOg(customEntry).default([]).describe('Extra route patterns'),
    critical: schemas/* array */.YOg(routeQuery)
        .default([])
        .describe('Routes that must exist at head: "GET /", "/health", "POST /cron/*"'),
    ignoreRemoved: schemas/* array */.YOg(routeQuery).default([]).describe('Routes whose removal is expected (no warning)'),
});

;// CONCATENATED MODULE: ./src/checks/routes/routes.ts


const routesCheck = (0,types/* defineCheck */.q)({
    type: 'routes',
    description: 'Routes extracted from the code at base and head: a missing critical route fails; a removed route warns',
    defaults: { category: 'ops', enforcement: 'scored' },
    fields: spec_fields,
    // The route readers of every framework are loaded when such a check runs, not by every command.
    async run(spec, ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(2123), __webpack_require__.e(277), __webpack_require__.e(6445), __webpack_require__.e(7497), __webpack_require__.e(4032)]).then(__webpack_require__.bind(__webpack_require__, 54032))).runRoutes(spec, ctx);
    },
});


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
