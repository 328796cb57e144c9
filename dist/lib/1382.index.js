export const id = 1382;
export const ids = [1382];
export const modules = {

/***/ 61382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadDriftRules: () => (/* binding */ loadDriftRules),
  reviewWrites: () => (/* binding */ reviewWrites),
  writeReview: () => (/* binding */ writeReview)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/bundle/outputDir.ts
var outputDir = __webpack_require__(37504);
// EXTERNAL MODULE: ./src/bundle/seal.ts + 1 modules
var seal = __webpack_require__(3167);
// EXTERNAL MODULE: ./src/checks/metrics/drift.ts
var drift = __webpack_require__(54816);
// EXTERNAL MODULE: ./src/config/load.ts + 5 modules
var load = __webpack_require__(85853);
// EXTERNAL MODULE: ./src/config/resolve.ts
var resolve = __webpack_require__(68270);
;// CONCATENATED MODULE: ./src/core/jsonText.ts
/**
 * A value as compact JSON, in pieces: joined, they are exactly `JSON.stringify(value)`. A file
 * that holds every point of long series (a review of thousands of runs) is written piece by piece
 * instead of being built as one string and then copied into one buffer: the two took more memory
 * than the whole review, and fresh memory is what a small machine pays for most.
 *
 * Long arrays are cut into slices that JSON.stringify writes natively; objects, and the elements
 * of shorter arrays, are walked, so a long array nested anywhere is cut too. (Within a slice an
 * element's `toJSON` is given its index in the slice: the same text for every `toJSON` that does
 * not read its key, as Date's does not.)
 */
/** Elements per slice of a long array: small enough to stay a short string, large enough to stay native. */
const SLICE = 512;
/**
 * What JSON.stringify does with a value before writing it (no replacer): `toJSON(key)`, then
 * boxed primitives as their primitive. Undefined, functions and symbols are left as they are:
 * the caller leaves them out (object) or writes null (array).
 */
function prepared(value, key) {
    if (value !== null && (typeof value === 'object' || typeof value === 'bigint')) {
        const toJSON = value.toJSON;
        if (typeof toJSON === 'function')
            return toJSON.call(value, key);
    }
    return value;
}
const isStructure = (v) => typeof v === 'object' &&
    v !== null &&
    !(v instanceof Number || v instanceof String || v instanceof Boolean || v instanceof BigInt);
const skipped = (v) => v === undefined || typeof v === 'function' || typeof v === 'symbol';
function* jsonPieces(value) {
    const root = prepared(value, '');
    if (!isStructure(root)) {
        const text = JSON.stringify(root);
        if (text !== undefined)
            yield text;
        return;
    }
    // A stack of open arrays and objects, not recursion: nesting is bounded by memory, not the call stack.
    const open = new Set();
    const stack = [];
    const enter = (v) => {
        // JSON.stringify throws on a cycle; so does this, before it would loop forever.
        if (open.has(v))
            throw new TypeError('Converting circular structure to JSON');
        open.add(v);
        if (Array.isArray(v)) {
            const list = v;
            let i = 0;
            const close = () => {
                open.delete(v);
                frame.done = true;
                return ']';
            };
            const frame = {
                done: false,
                next: () => {
                    if (i >= list.length)
                        return close();
                    const sep = i === 0 ? '' : ',';
                    if (list.length > SLICE) {
                        // The slice is written natively; its own nesting is JSON.stringify's to check.
                        const text = JSON.stringify(list.slice(i, i + SLICE));
                        i += SLICE;
                        return sep + text.slice(1, -1);
                    }
                    const item = prepared(list[i], String(i));
                    i++;
                    if (skipped(item))
                        return `${sep}null`;
                    if (isStructure(item))
                        return sep + enter(item);
                    return sep + JSON.stringify(item);
                },
            };
            stack.push(frame);
            return '[';
        }
        const record = v;
        const keys = Object.keys(record);
        let k = 0;
        let written = 0;
        const frame = {
            done: false,
            next: () => {
                while (k < keys.length) {
                    const key = keys[k++];
                    const item = prepared(record[key], key);
                    if (skipped(item))
                        continue;
                    const head = `${written++ === 0 ? '' : ','}${JSON.stringify(key)}:`;
                    if (isStructure(item))
                        return head + enter(item);
                    return head + JSON.stringify(item);
                }
                open.delete(v);
                frame.done = true;
                return '}';
            },
        };
        stack.push(frame);
        return '{';
    };
    yield enter(root);
    while (stack.length > 0) {
        const top = stack[stack.length - 1];
        const piece = top.next();
        // A frame that closed entered nothing, so it is still the top.
        if (top.done)
            stack.pop();
        yield piece;
    }
}

// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
// EXTERNAL MODULE: ./src/checks/metrics/criteria.ts
var criteria = __webpack_require__(1402);
// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(96228);
// EXTERNAL MODULE: ./src/report/mermaid.ts
var mermaid = __webpack_require__(39409);
;// CONCATENATED MODULE: ./src/report/reviewMarkdown.ts



const MAX_CHARTS = 8;
const MAX_ROWS = 60;
/** Points a chart shows at most; a longer series is charted by each stretch's lowest and highest. */
const MAX_POINTS = 120;
/** A long series thinned for its chart, keeping every dip and peak a stretch holds; in time order. */
function charted(points) {
    if (points.length <= MAX_POINTS)
        return points;
    const stretches = MAX_POINTS / 2;
    const out = [];
    for (let b = 0; b < stretches; b++) {
        const from = Math.floor((b * points.length) / stretches);
        const to = Math.floor(((b + 1) * points.length) / stretches);
        let lo = from;
        let hi = from;
        for (let i = from + 1; i < to; i++) {
            if (points[i].value < points[lo].value)
                lo = i;
            if (points[i].value > points[hi].value)
                hi = i;
        }
        out.push(points[Math.min(lo, hi)]);
        if (lo !== hi)
            out.push(points[Math.max(lo, hi)]);
    }
    return out;
}
const thinned = (all, shown) => shown.length < all.length
    ? [
        '',
        `_${all.length} points, charted as ${shown.length}: the lowest and highest of each stretch; every point is in review.json._`,
    ]
    : [];
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const day = (iso) => iso.slice(5, 10);
function title(r) {
    return r.window.month
        ? `Monthly checkpoint — ${r.profile} · ${r.window.month}`
        : `Review — ${r.profile} · ${r.window.label}`;
}
function summary(r) {
    const x = r.runs;
    return [
        '| Runs | Promoted | Held | Pass rate | Mean score | Drift alerts | Ratchet holds | Left out (invalid) |',
        '|---|---|---|---|---|---|---|---|',
        `| ${x.total} | ${x.promoted} | ${x.held} | ${x.passRate === null ? '–' : (0,format/* formatPercent */.l9)(x.passRate)} | ${r.score.mean === null ? '–' : (0,format/* formatNumber */.ZV)(r.score.mean)} | ${r.driftAlerts.length} | ${x.ratchetHolds} | ${x.invalid} |`,
        '',
        `Actions: auto-promote ${x.actions['auto-promote']} · promote-with-hotfix ${x.actions['promote-with-hotfix']} · hold ${x.actions.hold}`,
    ];
}
function scoreSection(r) {
    const all = r.score.series;
    if (all.length < 2)
        return [
            '',
            '## Score',
            '',
            all.length ? `One run, score ${all[0].value}/5.` : 'No runs in this window.',
        ];
    const s = charted(all);
    return [
        '',
        '## Score',
        '',
        (0,mermaid/* xyChart */.Gp)({
            title: 'Score per run',
            labels: s.map((p) => day(p.at)),
            values: s.map((p) => p.value),
            yLabel: 'score',
            yMin: 1,
            yMax: 5,
        }),
        ...thinned(all, s),
    ];
}
function metricsSection(r) {
    if (r.metrics.length === 0)
        return [];
    const out = [
        '',
        '## Metric trends',
        '',
        '| Check | Metric | First | Last | Change | Mean | Min | Max | Runs |',
        '|---|---|---|---|---|---|---|---|---|',
    ];
    for (const m of r.metrics)
        out.push(`| \`${cell(m.check)}\` | ${cell(m.metric)} | ${(0,criteria/* fmt */.Sc)(m.first)} | ${(0,criteria/* fmt */.Sc)(m.last)} | ${(0,format/* formatNumber */.ZV)(m.change, { sign: true })} | ${(0,criteria/* fmt */.Sc)(m.mean)} | ${(0,criteria/* fmt */.Sc)(m.min)} | ${(0,criteria/* fmt */.Sc)(m.max)} | ${m.series.length} |`);
    const shownCharts = r.metrics.filter((m) => m.series.length >= 2).slice(0, MAX_CHARTS);
    for (const m of shownCharts) {
        const points = charted(m.series);
        out.push('', (0,mermaid/* xyChart */.Gp)({
            title: `${m.check} · ${m.metric}`,
            labels: points.map((p) => day(p.at)),
            values: points.map((p) => p.value),
            yLabel: m.metric,
        }), ...thinned(m.series, points));
    }
    const left = r.metrics.filter((m) => m.series.length >= 2).length - shownCharts.length;
    if (left > 0)
        out.push('', `_${left} more metric chart(s) left out; every series is in review.json._`);
    return out;
}
function driftSection(r) {
    const out = ['', '## Drift alerts', ''];
    if (r.driftAlerts.length === 0)
        return [...out, 'None in this window.'];
    for (const a of r.driftAlerts.slice(-MAX_ROWS))
        out.push(`- ${day(a.at)} run \`${cell(a.runId)}\`, \`${cell(a.check)}\`: ${cell(a.point.message)}`);
    return out;
}
function failingSection(r) {
    const out = ['', '## Top failing checks', ''];
    if (r.topFailing.length === 0)
        return [...out, 'No check failed in this window.'];
    out.push('| Check | Failed | Could not run | Of runs | Last status |', '|---|---|---|---|---|');
    for (const f of r.topFailing)
        out.push(`| \`${cell(f.check)}\` | ${f.failures} | ${f.errors} | ${f.runs} | ${f.lastStatus} |`);
    return out;
}
function runsSection(r) {
    if (r.runList.length === 0)
        return [];
    const out = [
        '',
        '<details><summary>Runs</summary>',
        '',
        '| Finished | Run | Verdict | Score | Action | Commit |',
        '|---|---|---|---|---|---|',
    ];
    const shown = r.runList.slice(-MAX_ROWS);
    for (const x of shown) {
        const id = x.url ? `[${cell(x.runId)}](${x.url})` : `\`${cell(x.runId)}\``;
        out.push(`| ${x.at.slice(0, 16).replace('T', ' ')} | ${id} | ${x.verdict} | ${x.score}/5 | ${x.action} | ${x.sha ? `\`${x.sha.slice(0, 10)}\`` : ''} |`);
    }
    if (r.runList.length > shown.length)
        out.push('', `_${r.runList.length - shown.length} earlier run(s) in review.json._`);
    out.push('', '</details>');
    return out;
}
function leftOut(r) {
    const out = [];
    if (r.invalidRuns.length > 0) {
        out.push('', '## Left out (marked invalid)', '');
        for (const x of r.invalidRuns)
            out.push(`- \`${cell(x.runId)}\` (${x.at.slice(0, 10)}): ${cell(x.reason)}`);
    }
    if (r.problems.length > 0) {
        out.push('', '## History problems', '');
        for (const p of r.problems.slice(0, 20))
            out.push(`- ${cell(p)}`);
        if (r.problems.length > 20)
            out.push(`- … ${r.problems.length - 20} more in review.json`);
    }
    return out;
}
/** The review as Markdown with Mermaid charts (GitHub renders them in files, summaries and comments). */
function renderReview(r) {
    return [
        `# ${title(r)}`,
        '',
        `_${r.window.label}${r.window.from ? ` (${r.window.from.slice(0, 10)} – ${new Date(Date.parse(r.window.to) - 1).toISOString().slice(0, 10)})` : ''} · history: ${cell(r.store)} · generated ${r.generatedAt}_`,
        '',
        ...summary(r),
        ...scoreSection(r),
        ...metricsSection(r),
        ...driftSection(r),
        ...failingSection(r),
        ...runsSection(r),
        ...leftOut(r),
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/app/reviewFiles.ts










/**
 * Drift rules of the profile's benchmark checks, as configured (not interpolated: rules are
 * literal). A config that is only the default (`optional`) may be absent: the default rules apply.
 */
async function loadDriftRules(o) {
    const rules = new Map();
    if (o.optional && !(await (0,seal.exists)(o.file)))
        return { rules };
    const { config } = await (0,load.loadConfigFile)(o.file, o.label);
    if (!Object.hasOwn(config.profiles, o.profile))
        return {
            rules,
            note: `profile ${o.profile} is not in ${o.label}; drift uses the default rules`,
            unknownProfile: `unknown profile "${o.profile}"${(0,core_text/* didYouMean */.au)(o.profile, Object.keys(config.profiles))} in ${o.label}`,
        };
    for (const c of (0,resolve/* resolveProfile */.mC)(config, o.profile).checks) {
        if (c.raw.type !== 'benchmark')
            continue;
        const d = c.raw.drift;
        rules.set(c.id, d === false ? false : (0,drift/* driftSettings */.LX)(d ?? {}));
    }
    return { rules };
}
/** What the review writes: `review.json`/`.md` and one `monthly-<YYYY-MM>.json`/`.md` per month. */
function reviewWrites(entry, kind) {
    return kind === 'file' && /^(?:review|monthly-\d{4}-\d{2})\.(?:json|md)$/.test(entry);
}
/**
 * Writes `review.json`/`.md`, or `monthly-<YYYY-MM>.json`/`.md` for a month, and returns their
 * paths. The directory may hold only the review's own files (earlier months stay); `within`
 * keeps it inside that directory.
 */
async function writeReview(review, window, outDir, within) {
    const base = window.kind === 'period' && window.month ? `monthly-${window.month}` : 'review';
    const json = external_node_path_default().join(outDir, `${base}.json`);
    const markdown = external_node_path_default().join(outDir, `${base}.md`);
    const text = renderReview(review);
    await (0,outputDir/* prepareOutputDir */.g)(outDir, { within, owns: reviewWrites });
    // Compact: the file holds every point of every series and every run, for programs (review.md
    // is what people read); indented, it was 1.6 times as large and slower to write.
    await writeJson(json, review);
    await (0,promises_.writeFile)(markdown, text);
    return { json, markdown, text };
}
/** Bytes handed to the file at once: a few pages, reused, however long the review. */
const WRITE_CHARS = 1 << 16;
/** `JSON.stringify(value)` and a newline, written as it is made rather than built whole first. */
async function writeJson(file, value) {
    const handle = await (0,promises_.open)(file, 'w');
    try {
        let batch = '';
        for (const piece of jsonPieces(value)) {
            batch += piece;
            if (batch.length < WRITE_CHARS)
                continue;
            await handle.write(batch);
            batch = '';
        }
        await handle.write(`${batch}\n`);
    }
    finally {
        await handle.close();
    }
}


/***/ })

};
