export const id = 8912;
export const ids = [8912];
export const modules = {

/***/ 68912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88532);

/**
 * Schemas are checked once or a few times a run (the config, a check's fields, a history record
 * that is not in the usual shape). zod would otherwise generate a parser for each object schema
 * with `new Function` the first time it is used: measured, the first check of a config took
 * 8 ms that way and 1.5 ms without, and 10,000 history records were no faster with it. Set
 * before any schema is built (zod decides when a schema is made), so the entry loads this
 * before a front end; the bundle makes no code at run time.
 */
(0,zod__WEBPACK_IMPORTED_MODULE_0__/* .config */ .$W)({ jitless: true });


/***/ })

};
