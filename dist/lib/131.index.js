export const id = 131;
export const ids = [131];
export const modules = {

/***/ 51390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KY: () => (/* binding */ STEP_NAMES),
/* harmony export */   PL: () => (/* binding */ DEFAULT_STEP_TIMEOUT),
/* harmony export */   QN: () => (/* binding */ LIVE_PROBE_TYPES),
/* harmony export */   Wc: () => (/* binding */ MONITOR_DEFAULTS),
/* harmony export */   Zq: () => (/* binding */ isProductionName),
/* harmony export */   fH: () => (/* binding */ MAX_STEP_TIMEOUT_MS),
/* harmony export */   me: () => (/* binding */ environmentsSchema),
/* harmony export */   p7: () => (/* binding */ environmentOf)
/* harmony export */ });
/* unused harmony exports ENVIRONMENT_NAME, stepSchema, MONITOR_REACTIONS, degradedWhenSchema, monitorSchema, environmentSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12311);
/* harmony import */ var _checks_command_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88774);
/* harmony import */ var _checks_fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23128);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98571);




/**
 * `environments:` — how each environment is deployed, verified, rolled back and watched after a
 * deploy (`monitor:`). This file holds the schema only (config/schema.ts includes it); the cross-references are checked in
 * environmentIssues.ts, and a deploy is planned in src/deploy/plan.ts.
 */
/** The same safe pattern as check ids: a name becomes a file name, a history key and an env value. */
const ENVIRONMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const STEP_NAMES = ['snapshot', 'deploy', 'rollback'];
/** As the config would write it: it goes through the same planner as a check's timeout. */
const DEFAULT_STEP_TIMEOUT = '10m';
/** A step may not outlive the longest GitHub-hosted job. */
const MAX_STEP_TIMEOUT_MS = 6 * 3_600_000;
const command = _checks_command_command_js__WEBPACK_IMPORTED_MODULE_0__/* .commandCheck */ .Q.fields.shape;
const stepTimeout = _checks_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .timeout */ .wR.refine((v) => {
    if ((0,_checks_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .hasExpression */ .xS)(v))
        return true;
    const ms = (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(v);
    return ms === undefined || ms <= MAX_STEP_TIMEOUT_MS;
}, { message: 'a step may take at most 6h' });
/**
 * One step is a command run like the `command` check: the same fields, interpolated by the same
 * planner, so `${{ }}` in `run` gets whatever treatment shell fields of checks get.
 */
const stepSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    run: command.run,
    cwd: command.cwd,
    env: command.env,
    timeout: stepTimeout.optional().describe('Time the step may take (default 10m, at most 6h)'),
    maxOutput: command.maxOutput,
})
    .describe('A command (bash) run in the workspace; it gets PROMOTION_GATE_ENVIRONMENT, _SHA, _URL, _STEP and PROMOTION_GATE_INPUT_<NAME> as environment variables');
/** What the monitor does when the environment degrades; `protect: true` makes any of them `alert`. */
const MONITOR_REACTIONS = ['rollback', 'alert', 'none'];
/** Check types that ask a live service over HTTP: what a probe may be. */
const LIVE_PROBE_TYPES = ['http', 'auth', 'performance', 'freshness'];
/** As the config would write them: they go through the same parsing as flags do. */
const MONITOR_DEFAULTS = {
    window: '15m',
    interval: '30s',
    consecutiveFailures: 3,
    errorRatio: 0.05,
    minRequests: 20,
    reaction: 'alert',
};
const degradedWhenSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    consecutiveFailures: zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr()
        .min(1)
        .max(10_000)
        .optional()
        .describe('Degraded when one probe fails this many ticks in a row (default 3)'),
    errorRatio: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig({ error: 'errorRatio is a share of answers, a number from 0 to 1 (0.05 is 5%)' })
        .superRefine((v, ctx) => {
        if (v < 0 || v > 1)
            ctx.addIssue({
                code: 'custom',
                message: `errorRatio is a share of answers: from 0 to 1 (0.05 is 5%), got ${v}`,
            });
    })
        // The bounds for editors; the check above words the message.
        .meta({ minimum: 0, maximum: 1 })
        .optional()
        .describe('Degraded when the share of 5xx or unreachable answers over the window so far is above this (default 0.05)'),
    minRequests: zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr()
        .min(0)
        .max(100_000_000)
        .optional()
        .describe('errorRatio and latencyP95 are judged once the window made this many requests (default 20)'),
    latencyP95: _checks_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .timeout */ .wR
        .optional()
        .describe('Degraded when the 95th percentile latency of the window so far is above this (optional)'),
})
    .describe('When the environment counts as degraded; the first rule met decides');
const monitorSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    window: _checks_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .timeout */ .wR.optional().describe('How long to watch after the deploy (default 15m, at most 24h)'),
    interval: _checks_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .timeout */ .wR.optional().describe('Time between two rounds of probes (default 30s)'),
    probes: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1))
        .min(1)
        .describe('Ids of live checks (http, auth, performance, freshness) run each tick'),
    degradedWhen: degradedWhenSchema.optional(),
    reaction: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(MONITOR_REACTIONS)
        .optional()
        .describe('On degraded: rollback (the rollback step, then verify), alert (an incident issue and the notify: webhooks) or none (recorded only); default alert. protect: true always alerts'),
});
const environmentSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    description: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    url: _checks_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .httpUrl */ .q3
        .optional()
        .describe('URL of the environment: shown on the GitHub deployment, given to steps as PROMOTION_GATE_URL'),
    snapshot: stepSchema
        .optional()
        .describe('Runs first (database backup, image tags); when it fails nothing is deployed'),
    deploy: stepSchema
        .optional()
        .describe('Deploys the commit (required unless the environment is only monitored: see monitor)'),
    verify: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).describe('Profile run after the deploy, and again after a rollback'),
    rollback: stepSchema.optional().describe('Restores what ran before the deploy'),
    rollbackOnFailure: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()
        .optional()
        .describe('Roll back when the deploy or its verify fails (default false; --rollback-on-failure and --no-rollback decide per run)'),
    protect: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()
        .optional()
        .describe('Never roll back automatically: a failure raises an alert and a person decides (default false)'),
    production: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()
        .optional()
        .describe('Shown to GitHub as a production environment (default: true for names prod and production)'),
    monitor: monitorSchema
        .optional()
        .describe('The post-deploy monitoring window (command monitor): probes, when it is degraded, the reaction'),
});
const environmentsSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(ENVIRONMENT_NAME), environmentSchema, {
    error: (iss) => iss.code === 'invalid_key'
        ? `environment name "${String(iss.input)}" may use only letters, digits, ".", "_" and "-" (and start with a letter or digit)`
        : undefined,
})
    .describe('How each environment is deployed, verified, rolled back and watched (commands deploy, drill and monitor)');
/** The environment of that name, looked up as data: `constructor` is no environment. */
function environmentOf(envs, name) {
    return envs && Object.hasOwn(envs, name) ? envs[name] : undefined;
}
/** Whether GitHub should show it as production when the config does not say. */
function isProductionName(name) {
    return /^prod(uction)?$/i.test(name);
}


/***/ }),

/***/ 67649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GJ: () => (/* binding */ DEFAULT_NOTIFY_EVENTS),
/* harmony export */   Rj: () => (/* binding */ DEFAULT_NOTIFY_TIMEOUT_MS),
/* harmony export */   dt: () => (/* binding */ notifySchema),
/* harmony export */   g2: () => (/* binding */ webhookUrlProblem),
/* harmony export */   jG: () => (/* binding */ hotfixDeadline),
/* harmony export */   oH: () => (/* binding */ DEFAULT_NOTIFY_REASONS),
/* harmony export */   zu: () => (/* binding */ hotfixDeadlineMs)
/* harmony export */ });
/* unused harmony exports NOTIFY_EVENTS, WEBHOOK_TYPES, NOTIFY_NAME, MAX_NOTIFY_TIMEOUT_MS, webhookUrl, webhookSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12311);
/* harmony import */ var _checks_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23128);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98571);



/**
 * `notify:` — webhooks told when a watched gate turns, and `decision.hotfixDeadline`. This file
 * holds the schemas only (config/schema.ts includes them); cross-references are checked in
 * notifyIssues.ts, and URLs are interpolated when a notification is planned (src/notify/plan.ts).
 */
/**
 * What a webhook can be told. `transition`: the verdict or action of a profile changed since its
 * last recorded run; `hold`: a run held; `degraded`: a run promoted with a hotfix due;
 * `rollback`: a deploy was rolled back (or its rollback failed); `drill-failed`: a rollback drill
 * did not pass.
 */
const NOTIFY_EVENTS = ['transition', 'hold', 'degraded', 'rollback', 'drill-failed'];
const DEFAULT_NOTIFY_EVENTS = ['transition'];
const WEBHOOK_TYPES = ['slack', 'teams', 'json'];
/** A name becomes part of log lines and messages: the same safe pattern as check ids. */
const NOTIFY_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const DEFAULT_NOTIFY_TIMEOUT_MS = 10_000;
const MAX_NOTIFY_TIMEOUT_MS = 60_000;
const DEFAULT_NOTIFY_REASONS = 5;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** An http(s) URL; the value is never echoed in a message, since webhook URLs are secrets. */
const webhookUrl = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().superRefine((s, ctx) => {
    if (s.length > _checks_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_URL_LENGTH */ .m2) {
        ctx.addIssue({ code: 'custom', message: `a URL of ${s.length} characters is too long` });
        return;
    }
    if ((0,_checks_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .hasExpression */ .xS)(s))
        return;
    const problem = webhookUrlProblem(s);
    if (problem)
        ctx.addIssue({ code: 'custom', message: problem });
});
/** What is wrong with a webhook URL (after interpolation), without showing it. */
function webhookUrlProblem(s) {
    let u;
    try {
        u = new URL(s);
    }
    catch {
        return 'expected an absolute http(s) URL (the value is not shown: webhook URLs are secrets)';
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
        return `expected an http or https URL, got protocol "${u.protocol}"`;
    return undefined;
}
const notifyTimeout = _checks_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .timeout */ .wR.refine((v) => (0,_checks_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .hasExpression */ .xS)(v) || ((0,_core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(v) ?? 0) <= MAX_NOTIFY_TIMEOUT_MS, { message: 'a webhook timeout may be at most 60s' });
const webhookSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(WEBHOOK_TYPES)
        .describe('slack: {text, blocks} (Slack incoming webhooks and compatible receivers); teams: a message with an Adaptive Card (a Teams Workflows webhook); json: the event as promotion-gate JSON'),
    url: webhookUrl.describe('Webhook URL, usually ${{ env.NAME }}; it is treated as a secret and masked everywhere'),
    on: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(NOTIFY_EVENTS))
        .min(1)
        .optional()
        .describe('Events that send a message (default [transition]); nothing is sent on other runs'),
    profiles: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP())
        .min(1)
        .optional()
        .describe('Only gate runs of these profiles (default: every profile watched)'),
    headers: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(HEADER_NAME, 'not a valid HTTP header name')
        .refine((k) => k !== '__proto__', 'not a valid HTTP header name'), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP())
        .optional()
        .describe('Extra request headers (e.g. Authorization); their values are treated as secrets'),
    timeout: notifyTimeout.optional().describe('Time one delivery may take (default 10s, at most 60s)'),
    maxReasons: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr()
        .min(1)
        .max(20)
        .optional()
        .describe('Reasons listed in a message, blocking first (default 5)'),
})
    .describe('A webhook told about the events in `on`');
const notifySchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(NOTIFY_NAME), webhookSchema, {
    error: (iss) => iss.code === 'invalid_key'
        ? `webhook name "${String(iss.input)}" may use only letters, digits, ".", "_" and "-"`
        : undefined,
})
    .describe('Webhooks told when a watched profile turns (promotion-gate watch), holds or degrades');
/** `decision.hotfixDeadline`: a duration, or `off`. Decision settings take no expressions. */
const hotfixDeadline = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP({
    error: (iss) => typeof iss.input === 'number' ? `${iss.input} has no unit; write ${iss.input}h` : undefined,
})
    .superRefine((v, ctx) => {
    if (v.trim() === 'off')
        return;
    if ((0,_checks_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .hasExpression */ .xS)(v)) {
        ctx.addIssue({ code: 'custom', message: 'decision settings take no ${{ }} expressions' });
        return;
    }
    const problem = (0,_checks_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .durationProblem */ .YV)(v, { maxMs: _core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_AGE_MS */ .ON, maxText: 'at most 3650d', positive: true });
    if (problem)
        ctx.addIssue({ code: 'custom', message: problem });
})
    .describe('How long a hotfix may stay due after a promote-with-hotfix: past it, runs that still need it hold (default 48h; off: never)');
/** The policy value of `hotfixDeadline`: undefined (the default), null (off) or milliseconds. */
function hotfixDeadlineMs(v) {
    if (v === undefined)
        return undefined;
    if (v.trim() === 'off')
        return null;
    return (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(v);
}


/***/ }),

/***/ 90131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CHECK_ID: () => (/* binding */ CHECK_ID),
/* harmony export */   DEFAULT_CATEGORIES: () => (/* binding */ DEFAULT_CATEGORIES),
/* harmony export */   NAME_RULE: () => (/* binding */ NAME_RULE),
/* harmony export */   checkSchema: () => (/* binding */ checkSchema),
/* harmony export */   commonCheckFields: () => (/* binding */ commonCheckFields),
/* harmony export */   configJsonSchema: () => (/* binding */ configJsonSchema),
/* harmony export */   configSchema: () => (/* binding */ configSchema),
/* harmony export */   decisionSchema: () => (/* binding */ decisionSchema),
/* harmony export */   defaultsSchema: () => (/* binding */ defaultsSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12311);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(98439);
/* harmony import */ var _checks_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74648);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73054);
/* harmony import */ var _checks_fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23128);
/* harmony import */ var _environments_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51390);
/* harmony import */ var _notify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67649);






/**
 * Check ids and profile names: each may become a file or folder name (evidence/<check>/,
 * .promotion-gate/<profile>/), so no separators, no leading dot, and a sane length.
 */
const CHECK_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
const NAME_RULE = 'may use only letters, digits, ".", "_" and "-", start with a letter or digit, and have at most 100 characters';
/** Fields every check has, whatever its type. */
const commonCheckFields = {
    title: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional().describe('Display name in reports'),
    category: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional().describe('Scoring category (a key of decision.categories)'),
    enforcement: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_core_types_js__WEBPACK_IMPORTED_MODULE_5__/* .ENFORCEMENTS */ .w_)
        .optional()
        .describe('hard: a failure always holds; required: a failure holds unless waived; scored: lowers the score; advisory: warns; dry-run: reported, never counted; off: not run'),
    timeout: _checks_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .timeout */ .wR.optional().describe('Time the check may take (default: defaults.timeout)'),
    onError: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_core_types_js__WEBPACK_IMPORTED_MODULE_5__/* .ON_ERROR */ .DD)
        .optional()
        .describe('What a check that could not run counts as: fail (default), warn or pass'),
};
function checkSchemaFor(t) {
    return zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({ type: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(t.type), ...commonCheckFields, ...t.fields.shape })
        .describe(t.description);
}
const checkSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .discriminatedUnion */ .gMt('type', _checks_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .CHECK_TYPES */ .T.map(checkSchemaFor));
const DEFAULT_CATEGORIES = { safety: 1.0, data: 1.0, ops: 0.8, design: 0.6 };
const decisionSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    categories: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().min(0).max(2))
        .optional()
        .describe('Category weights 0–2: effective = 5 − (5 − raw) × weight, floored at 2 unless raw is 1'),
    holdLine: zod__WEBPACK_IMPORTED_MODULE_4__/* .int */ .Whr()
        .min(1)
        .max(5)
        .optional()
        .describe('Hold when the effective score is at or below this (default 2)'),
    autoPromoteAt: zod__WEBPACK_IMPORTED_MODULE_4__/* .int */ .Whr()
        .min(1)
        .max(5)
        .optional()
        .describe('Scores at or above this auto-promote; below it promote with a hotfix (default 4)'),
    releaseCandidatePercent: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig()
        .min(0)
        .max(100)
        .optional()
        .describe('Level release_candidate when blocked but this percent of gating checks passed (default 80)'),
    ratchet: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY()
        .optional()
        .describe('Hold when checks that required a hotfix last run fail again (default true)'),
    hotfixDeadline: _notify_js__WEBPACK_IMPORTED_MODULE_3__/* .hotfixDeadline */ .jG.optional(),
});
const profileSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    description: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    extends: zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP())])
        .optional()
        .describe('Profiles whose checks this one inherits'),
    checks: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()).optional().describe('Check ids this profile adds'),
    exclude: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()).optional().describe('Inherited check ids this profile drops'),
    overrides: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J()))
        .optional()
        .describe('Per-check field overrides for this profile'),
    decision: decisionSchema.optional().describe('Decision settings for this profile, over the global ones'),
});
const waiverSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    check: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    reason: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
    expires: zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .date */ .p6U()])
        .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
        .refine((s) => !Number.isNaN(Date.parse(s)), { message: 'expected a date such as 2026-12-31' }),
    by: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
    profiles: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()).optional(),
});
const DOMAIN = /^[A-Za-z0-9][\w.-]*$/;
const aggregateSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    required: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(DOMAIN, 'a domain name uses letters, digits, ".", "_" and "-"'))
        .optional()
        .describe('Domains that must be present and passed (default: every domain given)'),
    releaseCandidateAt: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig()
        .min(0)
        .max(100)
        .optional()
        .describe('Level release_candidate when blocked but this percent of required domains passed (default 80)'),
    domains: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(DOMAIN, 'a domain name uses letters, digits, ".", "_" and "-"'), zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
        path: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).optional().describe('Evidence file of the domain (--artifact overrides it)'),
        format: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['auto', 'json', 'yaml', 'junit', 'sarif']).optional(),
        assert: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(_checks_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .condition */ .uH)
            .optional()
            .describe('Conditions that decide "passed" instead of the status field, e.g. regressions == 0'),
        maxAge: _checks_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .age */ .KW
            .optional()
            .describe('Evidence older than this (by its finishedAt, else the file time) is a blocker <domain>.stale, e.g. 35d for a monthly rollback drill'),
    }))
        .optional(),
});
const defaultsSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    timeout: _checks_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .timeout */ .wR.optional().describe('Per-check timeout (default 30s)'),
    concurrency: zod__WEBPACK_IMPORTED_MODULE_4__/* .int */ .Whr()
        .min(1)
        .max(64)
        .optional()
        .describe('Checks that run commands, git or work in this process, run at once (default 8); live probes start together, up to 64'),
    gateTimeout: _checks_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .timeout */ .wR.optional().describe('Time the whole gate may take (default 15m)'),
    base: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe('Base revision diff checks compare with when no --base, pull request or promoted run in history gives one (e.g. origin/main, v1.4.0)'),
});
const configSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    version: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(1),
    vars: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY()])).optional(),
    defaults: defaultsSchema.optional(),
    decision: decisionSchema.optional(),
    profiles: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), profileSchema),
    checks: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), checkSchema),
    waivers: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(waiverSchema).optional(),
    aggregate: aggregateSchema.optional().describe('Evidence domains the aggregate command merges'),
    environments: _environments_js__WEBPACK_IMPORTED_MODULE_2__/* .environmentsSchema */ .me.optional(),
    notify: _notify_js__WEBPACK_IMPORTED_MODULE_3__/* .notifySchema */ .dt.optional(),
});
/** JSON Schema for editors (yaml-language-server). */
function configJsonSchema() {
    const schema = zod__WEBPACK_IMPORTED_MODULE_6__/* .toJSONSchema */ .bl(configSchema, { io: 'input', unrepresentable: 'any', target: 'draft-7' });
    return {
        ...schema,
        $id: 'https://raw.githubusercontent.com/promotion-gate/promotion-gate/v1/schema/promotion-gate.schema.json',
        title: 'promotion-gate configuration',
    };
}


/***/ })

};
