export const id = 633;
export const ids = [633];
export const modules = {

/***/ 72633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ credentialSpans),
/* harmony export */   g: () => (/* binding */ maskUrlCredentials)
/* harmony export */ });
/* harmony import */ var _spans_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79270);
/**
 * Credentials recognised by their shape alone, whether or not anyone registered their value:
 * what a URL carries in its userinfo or in a query parameter named like a secret, and the
 * credential of an `Authorization: Bearer \u2026` / `Basic \u2026` header. A URL may be written plain,
 * JSON-escaped (`\/`, `\u0026`), HTML-escaped (`&amp;`) or percent-encoded inside another URL.
 */

/** `scheme://userinfo@` \u2014 the greedy run stops at the last `@` before the host. */
const USERINFO = /\b[a-z][a-z0-9+.-]*:(?:\/\/|\\\/\\\/)([^\s/?#"'<>`\\]*)@/dgi;
/** The same inside a percent-encoded URL (`https%3A%2F%2Fuser%3Apass%40host`). */
const USERINFO_ENCODED = /%3A%2F%2F((?:[^\s%&"'<>/?#]|%(?!2F|3F|23|40)[0-9A-F]{2})+)%40/dgi;
/** Query (and fragment) parameter names that say their value is a credential. */
const SECRET_PARAM = '(?:[a-z0-9_.-]*[_.-])?(?:token|apikey|api[_-]?key|key|secret|password|passwd|pwd|pass|sig|signature|auth|authorization|credentials?|session|sessionid|jsessionid|jwt)';
/** `?token=\u2026`, `&api_key=\u2026`, `#access_token=\u2026`, also after `\u0026`, `&amp;`, `%3F`, `%26`. */
const QUERY_PARAM = new RegExp(`(?:[?&;#]|\\\\u0026|&amp;|%3F|%26)${SECRET_PARAM}(?:=|%3D)((?:[^&#\\s"'<>;\\\\%]|%(?!26|23)[0-9a-f]{2})+)`, 'dgi');
/** `Bearer <token>` / `Basic <base64>`: a whole run of their characters, holding a digit. */
const BEARER = /\bBearer\s+((?=[\w.~+/=-]*\d)[\w.~+/-]{12,}=*)(?![\w.~+/=-])/dgi;
const BASIC = /\bBasic\s+((?=[A-Za-z0-9+/]*\d)[A-Za-z0-9+/]{8,}={0,2})(?![\w.~+/=-])/dgi;
/**
 * Each shape with what a text must hold for it to match at all, tested before the regular
 * expression runs: most texts, even those with a `:` or a `=`, hold no URL with userinfo and no
 * `Bearer`, and a search for a fixed string costs far less than a regular expression tried at
 * every position.
 */
const SHAPES = [
    [USERINFO, (t) => t.includes('@') && (t.includes('://') || t.includes(':\\/\\/'))],
    [USERINFO_ENCODED, (t) => t.includes('%') && /%3A%2F%2F/i.test(t)],
    [QUERY_PARAM, (t) => t.includes('=') || (t.includes('%') && /%3D/i.test(t))],
    [BEARER, (t) => /bearer/i.test(t)],
    [BASIC, (t) => /basic/i.test(t)],
];
/**
 * Spans of the credentials in `text` (group 1 of each shape), never an already masked `***`,
 * appended to `out` (a new list unless given).
 */
function credentialSpans(text, out = []) {
    // Cheap test first: most strings hold none of the characters every shape needs.
    if (!/[:=]|%3[AD]|earer|asic/i.test(text))
        return out;
    for (const [re, may] of SHAPES) {
        if (!may(text))
            continue;
        re.lastIndex = 0;
        // No shape matches an empty string, so each match moves past the one before.
        for (let m = re.exec(text); m; m = re.exec(text)) {
            const at = m.indices?.[1];
            if (!at || at[1] <= at[0] || m[1] === _spans_js__WEBPACK_IMPORTED_MODULE_0__/* .MASK */ .v)
                continue;
            out.push([at[0], at[1]]);
        }
    }
    return out;
}
/** Masks the credentials `credentialSpans` finds. */
function maskUrlCredentials(text) {
    return (0,_spans_js__WEBPACK_IMPORTED_MODULE_0__/* .maskSpans */ .e)(text, credentialSpans(text));
}


/***/ }),

/***/ 79270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ maskSpans),
/* harmony export */   v: () => (/* binding */ MASK)
/* harmony export */ });
/** What every masked piece of text becomes. */
const MASK = '***';
/** Replaces the union of the spans (they may overlap, in any order) with one MASK per run. */
function maskSpans(text, spans) {
    if (spans.length === 0)
        return text;
    const sorted = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    let out = '';
    let at = 0;
    let i = 0;
    while (i < sorted.length) {
        const start = sorted[i][0];
        let end = sorted[i][1];
        for (i++; i < sorted.length && sorted[i][0] <= end; i++)
            end = Math.max(end, sorted[i][1]);
        if (end <= start)
            continue;
        out += text.slice(at, start) + MASK;
        at = end;
    }
    return out + text.slice(at);
}


/***/ })

};
