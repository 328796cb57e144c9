export const id = 1488;
export const ids = [1488];
export const modules = {

/***/ 87424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ sha256)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);

// Loaded on first use, through require: a scan thread loads the secret rules and the redactor's
// helpers but hashes only once it has found something, and node:crypto with its key, cipher and
// certificate modules would otherwise add to every thread's start.
const load = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url);
let crypto;
/** The SHA-256 digest of `data` (text as UTF-8), in `encoding`. */
function sha256(data, encoding) {
    crypto ??= load('node:crypto');
    return crypto.createHash('sha256').update(data).digest(encoding);
}


/***/ }),

/***/ 22329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ NOT_XML_CHARS),
/* harmony export */   s: () => (/* binding */ isXmlChar)
/* harmony export */ });
/**
 * Characters XML 1.0 does not allow: controls but tab and line breaks, U+FFFE and U+FFFF. A
 * report's reader reads each as U+FFFD (src/checks/xml.ts), so the redactor looks for a secret
 * holding one in that form too (secretForms.ts).
 */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const NOT_XML_CHARS = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;
/** Whether XML 1.0 allows the code point in a document, raw or as a reference. */
const isXmlChar = (cp) => cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff);


/***/ })

};
