export const id = 6314;
export const ids = [6314];
export const modules = {

/***/ 96314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDrill: () => (/* binding */ runDrill)
/* harmony export */ });
/* unused harmony export DEFAULT_DRILL_RETAIN */
/* harmony import */ var _deploy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60266);

/**
 * `drill`: proves that an environment can still be rolled back. The deploy flow runs with its
 * first verify recorded as failed (the service is not judged), so the rollback and the verify
 * after it always run. Every step gets PROMOTION_GATE_DRILL=1, and PROMOTION_GATE_DRY_RUN=1
 * unless the drill is live, so a script can simulate what it would change. Passes when the
 * rollback ran and the verify after it passed; history keeps the newest `retain` drills.
 */
const DEFAULT_DRILL_RETAIN = 36;
function runDrill(opts, loaded) {
    return (0,_deploy_js__WEBPACK_IMPORTED_MODULE_0__/* .runEnvironment */ .t7)(opts, { kind: 'drill', live: opts.live === true, keep: opts.retain ?? DEFAULT_DRILL_RETAIN }, loaded);
}


/***/ })

};
