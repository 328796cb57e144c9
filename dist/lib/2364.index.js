export const id = 2364;
export const ids = [2364,9983];
export const modules = {

/***/ 19983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I2: () => (/* binding */ commentBody),
/* harmony export */   TN: () => (/* binding */ checkRunOutput),
/* harmony export */   b1: () => (/* binding */ LIMITS),
/* harmony export */   sp: () => (/* binding */ jobSummary)
/* harmony export */ });
/* unused harmony exports fullReportHint, evidenceLine, checkRunTitle, fitBytes */
/* harmony import */ var _report_headline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14512);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5374);


/** GitHub's size limits, as its API counts them. */
const LIMITS = {
    /** Check run output.summary and output.text, characters each. */
    checkRunText: 65_535,
    /** Issue and pull request comment body, characters. */
    commentBody: 65_536,
    /** One step's job summary, bytes; above it the upload fails with an error annotation. */
    jobSummaryBytes: 1024 * 1024,
};
const md = (text) => text.replace(/[[\]`*_<>|]/g, (c) => `\\${c}`);
const link = (text, url) => (url ? `[${md(text)}](${url})` : md(text));
/** Names where the full report is, for the line a shortened report ends with. */
function fullReportHint(links) {
    const places = [
        links.runUrl ? `the ${link('job summary', links.runUrl)}` : '',
        links.artifact
            ? `the evidence artifact ${link(links.artifact.name, links.artifact.url)} (report.md)`
            : '',
    ].filter(Boolean);
    return places.length ? places.join(' and ') : 'report.md in the evidence bundle';
}
/** The closing line every published copy carries: where the evidence is and how to check it. */
function evidenceLine(report, links) {
    const parts = [];
    if (links.artifact)
        parts.push(`evidence artifact ${link(links.artifact.name, links.artifact.url)}`);
    if (report.bundle)
        parts.push(`bundle \`${report.bundle.id}\``);
    if (links.checkRun?.url)
        parts.push(link(`check run ${links.checkRun.name}`, links.checkRun.url));
    if (links.comment?.url)
        parts.push(link('PR comment', links.comment.url));
    if (links.runUrl)
        parts.push(link('workflow run', links.runUrl));
    return parts.length ? `\n---\n<sub>${parts.join(' · ')}</sub>\n` : '';
}
/** Renders the report plus a fixed tail within `budget` characters, degrading before truncating. */
function withTail(report, budget, tail, links) {
    const body = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .renderMarkdown */ .Gc)(report, {
        budget: Math.max(0, budget - tail.length),
        fullReportHint: fullReportHint(links),
    });
    return `${body}${tail}`.slice(0, budget);
}
function checkRunTitle(report) {
    const c = report.counts;
    const bad = [
        c.fail ? `${c.fail} failed` : '',
        c.error ? `${c.error} could not run` : '',
        c.warn ? `${c.warn} warned` : '',
    ]
        .filter(Boolean)
        .join(', ');
    const verdict = report.verdict === 'promote' ? 'Promote' : 'Hold';
    // A hold says what holds it first, as the report's headline does.
    const cause = report.verdict === 'hold' ? (0,_report_headline_js__WEBPACK_IMPORTED_MODULE_1__/* .holdCause */ .T)(report) : undefined;
    const action = report.verdict === 'promote' ? ` · ${report.action}` : '';
    return `${verdict}${cause ? ` · ${cause}` : ''} · score ${report.score}/5${action} · level ${report.level} · ${bad || `${c.pass} of ${c.total} passed`}`;
}
/**
 * summary: the report, as on the pull request. text: the evidence — how to get and verify the
 * bundle, what was annotated, and the manifest (cut first when space runs out).
 */
function checkRunOutput(report, links, plan, manifest) {
    const summary = withTail(report, LIMITS.checkRunText, evidenceLine(report, links), links);
    const head = ['### Evidence', ''];
    if (report.bundle) {
        head.push(`Bundle \`${report.bundle.id}\` — ${report.bundle.files} file(s), each listed with its SHA-256 in \`manifest.json\`.`);
        if (links.artifact)
            head.push(`Download the artifact ${link(links.artifact.name, links.artifact.url)}, unzip it, and check it:`);
        head.push('', '```sh', `npx promotion-gate verify <dir> --bundle-id ${report.bundle.id}`, '```');
    }
    if (plan) {
        const notes = [
            `${plan.annotations.length} finding(s) annotated on their lines`,
            plan.overLimit
                ? `${plan.overLimit} more left out (at most ${plan.annotations.length} annotations)`
                : '',
            plan.outside ? `${plan.outside} outside the repository` : '',
            plan.duplicates ? `${plan.duplicates} duplicate(s) merged` : '',
        ].filter(Boolean);
        head.push('', `${notes.join('; ')}.`);
    }
    const tailNote = `\n\n_The full list is \`manifest.json\` in ${fullReportHint(links)}._\n`;
    const lines = [...head];
    if (manifest?.length) {
        lines.push('', '| File | Size | SHA-256 |', '|---|---|---|');
        let used = lines.join('\n').length + tailNote.length;
        let shown = 0;
        for (const f of manifest) {
            const row = `| \`${f.path.replace(/[`|]/g, '_')}\` | ${f.size} | \`${f.sha256.slice(0, 16)}…\` |`;
            if (used + row.length + 1 > LIMITS.checkRunText)
                break;
            lines.push(row);
            used += row.length + 1;
            shown++;
        }
        if (shown < manifest.length)
            lines.push(`| … ${manifest.length - shown} more | | |`, tailNote.trim());
    }
    const text = lines.join('\n').slice(0, LIMITS.checkRunText);
    return { title: checkRunTitle(report).slice(0, 255), summary, text };
}
/** The sticky comment: its hidden marker, then the report within GitHub's comment limit. */
function commentBody(report, marker, links) {
    const head = `${marker}\n`;
    return head + withTail(report, LIMITS.commentBody - head.length, evidenceLine(report, links), links);
}
/**
 * The job summary: the report, publishing notes and links, within 1 MiB of UTF-8 (GitHub counts
 * bytes; a report of non-Latin text can be twice its character count).
 */
function jobSummary(report, links, notes, maxBytes) {
    const tail = (notes.length ? `\n> [!NOTE]\n${notes.map((n) => `> ${n}`).join('\n>\n')}\n` : '') +
        evidenceLine(report, links);
    return fitBytes((chars) => withTail(report, chars, tail, links), maxBytes);
}
/** Renders under a character budget shrunk until the UTF-8 size fits `maxBytes`. */
function fitBytes(render, maxBytes) {
    let budget = maxBytes;
    for (let i = 0; i < 8; i++) {
        const text = render(budget);
        const bytes = Buffer.byteLength(text);
        if (bytes <= maxBytes)
            return text;
        // Scale by this text's own bytes per character: the budget may have been far above its length.
        budget = Math.floor((Math.min(budget, text.length) * maxBytes) / bytes) - 64;
    }
    const text = render(budget);
    return Buffer.from(text)
        .subarray(0, maxBytes)
        .toString('utf8')
        .replace(/\uFFFD$/, '');
}


/***/ })

};
