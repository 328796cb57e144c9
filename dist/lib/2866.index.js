export const id = 2866;
export const ids = [2866];
export const modules = {

/***/ 74001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPublishCommand: () => (/* binding */ runPublishCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _step_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29134);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19556);
/* harmony import */ var _app_publish_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23237);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81729);
/* harmony import */ var _notices_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83383);
/* harmony import */ var _publishing_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17385);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(74296);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4473);









/**
 * `command: publish` \u2014 in a `workflow_run` workflow, publishes the evidence artifacts of the run
 * that triggered it (a fork's pull request, whose token was read-only) with this run's token.
 * Exit 0 when everything was published, 1 when something could not be.
 */
async function runPublishCommand(workspace, signal) {
    const s = { token: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h)('token'), apiTimeoutMs: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h)('apiTimeout'), apiRetries: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h)('apiRetries') };
    const checkRun = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h)('checkRun');
    const checkRunName = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h)('checkRunName');
    const conclusionMap = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h)('checkRunConclusions');
    const mode = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h)('comment');
    const when = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h)('commentWhen');
    const author = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h)('commentAuthor');
    const reportDir = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h)('reportDir');
    const runId = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h)('runId');
    const workingDirectory = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h)('workingDirectory') ?? '.';
    const maxAnnotations = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h)('maxAnnotations');
    const ctx = await (0,_github_context_js__WEBPACK_IMPORTED_MODULE_2__/* .loadGitHubContext */ .r)(process.env);
    const { api, noApi } = await (0,_publishing_js__WEBPACK_IMPORTED_MODULE_6__/* .githubApi */ .Mc)(s, ctx, signal);
    if (!api || !ctx)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`command publish: ${noApi}`);
    const results = await (0,_app_publish_js__WEBPACK_IMPORTED_MODULE_3__/* .runPublish */ .j)({
        api,
        token: s.token,
        ctx,
        owner: ctx.owner,
        repo: ctx.repo,
        dirs: reportDir ? [node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace, reportDir)] : [],
        runId,
        artifactName: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h)('artifactName'),
        pullNumber: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h)('prNumber'),
        tempRoot: (0,_core_runner_js__WEBPACK_IMPORTED_MODULE_8__/* .readRunner */ .f)(process.env).tempDir,
        log: (0,_publishing_js__WEBPACK_IMPORTED_MODULE_6__/* .actionLog */ .Zx)(),
        settings: (report) => ({
            checkRun,
            checkRunName: checkRunName || `promotion-gate (${report.profile})`,
            conclusions: conclusionMap,
            comment: mode,
            commentWhen: when,
            commentAuthor: author,
            paths: { workingDirectory, max: maxAnnotations },
        }),
    });
    for (const r of results) {
        if (r.error) {
            _step_js__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3(r.error, { title: 'promotion-gate: not published' });
            continue;
        }
        const pub = r.publication;
        _step_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`${r.source}: ${r.report.verdict} ${r.report.profile}, bundle ${r.report.bundle?.id}`);
        (0,_notices_js__WEBPACK_IMPORTED_MODULE_5__/* .reportOutcomes */ .sK)(pub, ctx, {});
        await (0,_publishing_js__WEBPACK_IMPORTED_MODULE_6__/* .writeSummary */ .Sy)(r.report, pub.links, []);
    }
    const first = results.find((r) => r.publication);
    if (first?.publication?.checkRun) {
        _step_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('check-run-id', String(first.publication.checkRun.id));
        _step_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('check-run-url', first.publication.checkRun.url);
    }
    if (first?.publication?.comment)
        _step_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('comment-url', first.publication.comment.url);
    if (first?.report) {
        _step_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('verdict', first.report.verdict);
        _step_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('bundle-id', first.report.bundle?.id ?? '');
    }
    return (0,_app_publish_js__WEBPACK_IMPORTED_MODULE_3__/* .publishExitCode */ .N)(results);
}


/***/ }),

/***/ 23237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ publishExitCode),
  j: () => (/* binding */ runPublish)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/optionRef.ts
var optionRef = __webpack_require__(44157);
// EXTERNAL MODULE: ./src/github/artifact.ts
var artifact = __webpack_require__(49721);
// EXTERNAL MODULE: ./src/github/publish.ts
var publish = __webpack_require__(77184);
// EXTERNAL MODULE: ./src/bundle/manifest.ts
var manifest = __webpack_require__(9075);
// EXTERNAL MODULE: ./src/bundle/verify.ts
var verify = __webpack_require__(10907);
;// CONCATENATED MODULE: ./src/github/publishBundle.ts




/**
 * Publishes the bundle of a gate that ran elsewhere \u2014 typically a fork's pull request, whose
 * read-only token could not: a `workflow_run` workflow downloads its evidence artifact and
 * publishes it with a token that can write. The bundle is verified first; the commit and pull
 * request come from the caller (the workflow_run event), never from the report, which the fork
 * controls.
 */
class BundleError extends Error {
    constructor(message) {
        super(message);
        this.name = 'BundleError';
    }
}
async function readVerifiedReport(dir) {
    const check = await (0,verify.verifyBundle)(dir);
    if (!check.ok) {
        const list = check.problems.slice(0, 5).map((p) => `  ${p.kind} ${p.path}: ${p.detail}`);
        throw new BundleError(`${dir}: the evidence bundle does not verify (${check.problems.length} problem(s)); not published\n${list.join('\n')}`);
    }
    const report = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(dir, manifest/* REPORT_JSON */.oA), 'utf8'));
    if (report.schemaVersion !== 1 || typeof report.profile !== 'string' || !report.bundle)
        throw new BundleError(`${dir}: ${manifest/* REPORT_JSON */.oA} is not a promotion-gate report (schemaVersion 1)`);
    return report;
}

;// CONCATENATED MODULE: ./src/github/pulls.ts
/**
 * The open pull request a workflow run belongs to. GitHub lists it on the run \u2014 except for
 * pull requests from forks, where `pull_requests` is empty: those are found by the head
 * repository's owner and branch, and must have the run's head SHA.
 */
async function pullForRun(api, owner, repo, run) {
    if (run.pullNumbers.length > 0)
        return run.pullNumbers[0];
    const headOwner = run.headRepository?.split('/')[0];
    if (!headOwner || !run.headBranch)
        return undefined;
    const pulls = await api.paginate(api.rest.pulls.list, {
        owner,
        repo,
        state: 'open',
        head: `${headOwner}:${run.headBranch}`,
        per_page: 100,
    });
    return pulls.find((p) => p.head.sha === run.headSha)?.number;
}

;// CONCATENATED MODULE: ./src/app/publish.ts









async function runPublish(o) {
    const wr = o.ctx?.workflowRun;
    const runId = o.runId ?? (o.dirs.length === 0 ? wr?.id : undefined);
    const sources = [];
    if (o.dirs.length > 0) {
        for (const d of o.dirs)
            sources.push({ source: d, dir: Promise.resolve(d) });
    }
    else {
        if (!runId)
            throw new errors/* UsageError */.eb(`publish: give report directories, or ${(0,optionRef/* optionRef */.$j)('run-id')} (or run it on a workflow_run event)`);
        const found = await (0,artifact/* findEvidenceArtifacts */.YM)(o.api, {
            owner: o.owner,
            repo: o.repo,
            runId,
            attempt: wr?.id === runId ? wr.attempt : undefined,
            name: o.artifactName,
        });
        if (found.length === 0) {
            const what = o.artifactName ? `artifact ${o.artifactName}` : 'promotion-gate evidence artifacts';
            return [{ source: `run ${runId}`, error: `no ${what} in run ${runId} of ${o.owner}/${o.repo}` }];
        }
        const root = await (0,promises_.mkdtemp)(external_node_path_default().join(o.tempRoot ?? external_node_os_default().tmpdir(), 'promotion-gate-publish-'));
        for (const a of found) {
            const url = (0,artifact/* artifactUrl */.Wk)(o.ctx?.serverUrl ?? 'https://github.com', o.owner, o.repo, runId, a.id);
            sources.push({
                source: `artifact ${a.name} of run ${runId}`,
                artifact: { id: a.id, name: a.name, url },
                dir: (0,artifact/* downloadArtifact */.bk)({ owner: o.owner, repo: o.repo, runId, artifact: a, token: o.token }, external_node_path_default().join(root, String(a.id))),
            });
        }
    }
    // The pull request of a workflow_run is GitHub's (or found by the fork's branch), never the report's.
    const fromRun = wr && (runId === undefined || runId === wr.id);
    const pullNumber = o.pullNumber ?? (fromRun ? await pullForRun(o.api, o.owner, o.repo, wr) : o.ctx?.pullNumber);
    const out = [];
    for (const s of sources) {
        try {
            const dir = await s.dir;
            const report = await readVerifiedReport(dir);
            const target = {
                owner: o.owner,
                repo: o.repo,
                headSha: o.sha ?? (fromRun ? wr.headSha : (o.ctx?.headSha ?? report.git.sha)),
                pullNumber,
                runUrl: fromRun ? wr.htmlUrl : report.run?.url,
                serverUrl: o.ctx?.serverUrl ?? 'https://github.com',
            };
            const publisher = new publish/* Publisher */.v({ api: o.api, target, settings: o.settings(report), log: o.log });
            const publication = await publisher.finish(report, dir, {
                reuseCompleted: true,
                existingArtifact: s.artifact,
            });
            out.push({ source: s.source, report, publication });
        }
        catch (err) {
            if (err instanceof errors/* UsageError */.eb)
                throw err;
            out.push({
                source: s.source,
                error: err instanceof BundleError ? err.message : `${s.source}: ${(0,errors/* errorMessage */.gJ)(err)}`,
            });
        }
    }
    return out;
}
/** 0 when everything asked was published (or had nothing to do), 1 otherwise. */
function publishExitCode(results) {
    const bad = results.some((r) => r.error ||
        r.publication?.outcomes.some((x) => x.state === 'failed' ||
            (x.state === 'skipped' && ['read-only', 'no-token', 'unavailable'].includes(x.reason ?? ''))));
    return bad ? 1 : 0;
}


/***/ }),

/***/ 70370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ pLimit)
});

// UNUSED EXPORTS: limitFunction

;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}


/***/ })

};
