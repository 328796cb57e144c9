export const id = 9192;
export const ids = [9192];
export const modules = {

/***/ 59192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zn: () => (/* binding */ openHotfix),
/* harmony export */   f0: () => (/* binding */ transitionBase),
/* harmony export */   l9: () => (/* binding */ transitionOf),
/* harmony export */   transitionsIn: () => (/* binding */ transitionsIn)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12311);
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8670);


/**
 * Status transitions and the hotfix tracker, as history keeps them: both ride on the run
 * summaries (`transition`, `hotfix`), so every store keeps them as it keeps runs, concurrent
 * writers merge them like runs, and `history invalidate` takes them out with their run.
 */
/** Reasons a transition keeps: enough to say why, small enough for every run's record. */
const TRANSITION_REASONS = 10;
const isoDate = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().refine((s) => !Number.isNaN(Date.parse(s)));
const verdict = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['promote', 'hold']);
const action = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['auto-promote', 'promote-with-hotfix', 'hold']);
const transitionSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    from: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
        runId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        verdict,
        action,
        score: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
        finishedAt: isoDate,
    }),
    to: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ verdict, action, score: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig() }),
    reasons: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
});
const trackerSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    state: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['open', 'closed']),
    openedAt: isoDate,
    deadline: isoDate.optional(),
    checks: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    closedAt: isoDate.optional(),
});
/** The workflow run a run id belongs to (`4242` of `4242.2`); local ids are their own. */
function workflowRunOf(runId) {
    const m = /^(\d+)\.\d+$/.exec(runId);
    return m ? m[1] : runId;
}
/**
 * The run a new run is compared with for transitions: the newest valid run of the profile made by
 * another workflow run. A re-run attempt repeats its first attempt's observation, so it compares
 * with what that attempt compared with, finds the same transition, and the incident and
 * notification markers keep it from being told twice.
 */
function transitionBase(runs, runId) {
    const own = workflowRunOf(runId);
    for (let i = runs.length - 1; i >= 0; i--) {
        const r = runs[i];
        if (!r.invalid && workflowRunOf(r.runId) !== own)
            return r;
    }
    return undefined;
}
/** The transition from `previous` to this report, or undefined when the verdict and action held. */
function transitionOf(previous, report) {
    if (!previous)
        return undefined;
    if (previous.verdict === report.verdict && previous.action === report.action)
        return undefined;
    const blocking = report.reasons.filter((r) => r.blocking);
    const shown = blocking.length > 0 ? blocking : report.reasons.filter((r) => r.kind !== 'history');
    return {
        from: {
            runId: previous.runId,
            verdict: previous.verdict,
            action: previous.action,
            score: previous.score,
            finishedAt: previous.finishedAt,
        },
        to: { verdict: report.verdict, action: report.action, score: report.score },
        // Credentials in URL shapes are masked once more: a record outlives the run (as in summary.ts).
        reasons: new _core_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .Redactor */ .pO().redactDeep(shown.slice(0, TRANSITION_REASONS).map((r) => r.message)),
    };
}
/** The transitions among a profile's runs, oldest first; records that cannot be read are problems. */
function transitionsIn(read) {
    const transitions = [];
    const problems = [...read.problems];
    for (const r of read.runs) {
        if (r.transition === undefined)
            continue;
        const t = transitionSchema.safeParse(r.transition);
        if (!t.success) {
            problems.push(`run ${r.runId}: its transition record cannot be read; skipped`);
            continue;
        }
        transitions.push({
            runId: r.runId,
            at: r.finishedAt,
            ...(r.sha ? { sha: r.sha } : {}),
            ...(r.bundleId ? { bundleId: r.bundleId } : {}),
            ...(r.url ? { url: r.url } : {}),
            transition: t.data,
        });
    }
    return { transitions, problems };
}
/**
 * The hotfix tracker the newest valid run left open, for the decision. A run recorded before
 * runs carried trackers, promoted with a hotfix, counts as one opened when it finished. A tracker
 * that cannot be read is a problem to report: the deadline cannot act on it.
 */
function openHotfix(previous) {
    if (!previous)
        return {};
    if (previous.hotfix === undefined) {
        return previous.action === 'promote-with-hotfix'
            ? { tracker: { state: 'open', openedAt: previous.finishedAt, checks: [...previous.hotfixChecks] } }
            : {};
    }
    const t = trackerSchema.safeParse(previous.hotfix);
    if (!t.success)
        return {
            problem: `run ${previous.runId}: its hotfix tracker cannot be read, so the hotfix deadline cannot act`,
        };
    return t.data.state === 'open' ? { tracker: t.data } : {};
}


/***/ })

};
