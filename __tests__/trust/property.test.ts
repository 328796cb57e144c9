import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { runGate } from '../../src/app/gate.js';
import { DirectoryHistory } from '../../src/history/directory.js';
import { commit, makeRepo, PLAIN_ENV } from '../change/repo.js';
import { tempDir, writeFiles } from '../helpers/fs.js';
import { closeAllServers, sendJson, sendText, startServer } from '../helpers/servers.js';
import { capturingLogger, filesOf, leaks, shownStepLog } from './outputs.js';

afterEach(closeAllServers);

/** Runs per test file run; raise it to search harder: PROMOTION_GATE_LEAK_RUNS=50. */
const RUNS = Number(process.env.PROMOTION_GATE_LEAK_RUNS) || 2;

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const ALNUM = `${UPPER}${LOWER}0123456789`;
const alnum = fc.constantFrom(...ALNUM);

/** A string of `inner` characters between two alphanumerics, with both letter cases in it. */
function secretOf(inner: fc.Arbitrary<string>, min: number, max: number): fc.Arbitrary<string> {
  return fc
    .tuple(alnum, fc.array(inner, { minLength: min, maxLength: max }), alnum)
    .map(([a, mid, b]) => `${a}${mid.join('')}${b}`)
    .filter(
      (s) =>
        /[A-Z]/.test(s) &&
        /[a-z]/.test(s) &&
        (s.match(/[A-Za-z0-9]/g) ?? []).length >= 8 &&
        // Random, not typed: no character three times in a row.
        !/(.)\1\1/u.test(s),
    );
}

const mostlyAlnum = (others: string[]) =>
  fc.oneof({ arbitrary: alnum, weight: 3 }, { arbitrary: fc.constantFrom(...others), weight: 2 });

/** Quotes, backslashes, slashes, `+`, `%`, blanks, URL delimiters, a tab, accented, other scripts, an emoji. */
const special = secretOf(
  mostlyAlnum(['"', "'", '\\', '/', '+', '%', '$', ' ', '#', '&', '?', '\t', 'é', 'ß', 'Ж', '日', '😀']),
  12,
  24,
);
/** What fits in a URL path and a line of code unquoted. */
const pathSafe = secretOf(mostlyAlnum(['-', '_', '.', '~']), 12, 20);
/** A host name label. */
const host = secretOf(mostlyAlnum(['-']), 10, 18);
/** For a dotenv file between single quotes. */
const dotenv = secretOf(mostlyAlnum(['"', '\\', '/', '+', '%', ' ', 'é']), 12, 20);
const B64 = `${ALNUM}+/`;
const pem = fc
  .tuple(
    fc.array(fc.string({ unit: fc.constantFrom(...B64), minLength: 64, maxLength: 64 }), {
      minLength: 3,
      maxLength: 5,
    }),
    fc.string({ unit: fc.constantFrom(...B64), minLength: 8, maxLength: 40 }),
  )
  .filter(([lines, last]) => [...lines, last].every((l) => !/(.)\1\1/.test(l)))
  .map(([lines, last]) => ({
    text: ['-----BEGIN PRIVATE KEY-----', ...lines, `${last}==`, '-----END PRIVATE KEY-----'].join('\n'),
    lines: [...lines, `${last}==`],
  }));

const secrets = fc.record({ special, pathSafe, host, dotenv, cut: special, pem });
type Secrets = typeof secrets extends fc.Arbitrary<infer T> ? T : never;

/** Every check type that can echo what it was given or what it saw, each made to. */
const CONFIG = `version: 1
profiles:
  prod:
    checks: [echo, excerpt, dns, auth, perf, fresh, forms, junit, cut, status, routes, deps, vars, dotenv]
checks:
  echo: { type: http, url: '\${{ inputs.base }}/echo?q=\${{ env.SPECIAL }}', expect: { status: 204 } }
  excerpt: { type: http, url: '\${{ inputs.base }}/big?q=\${{ env.SPECIAL }}', expect: { contains: never-there } }
  dns: { type: http, url: 'http://\${{ env.HOST }}.invalid/health', requestTimeout: 10s }
  auth: { type: auth, base: '\${{ inputs.base }}', routes: ['/auth/\${{env.PATHSAFE}}'] }
  perf: { type: performance, base: '\${{ inputs.base }}', pages: ['/perf/\${{ env.PATHSAFE }}'], samples: 2, warmup: 0, budgets: { max: 1ms } }
  fresh: { type: freshness, url: '\${{ inputs.base }}/fresh/\${{ env.PATHSAFE }}', timestamp: updated, maxAge: 1h }
  forms:
    type: command
    env: { PEM: '\${{ env.PEM }}' }
    run: |
      printf 'raw %s\\n' "$SPECIAL"
      printf 'quoted %q\\n' "$SPECIAL"
      ( set -x; : "$SPECIAL" )
      node -e 'const s = process.env.SPECIAL; process.stdout.write([JSON.stringify({ s }), encodeURIComponent(s), s.toLowerCase(), s.toUpperCase(), ""].join("\\n"))'
      printf '%s\\n' "$PEM"
      printf '%s\\n' "$PEM" | sed -n 3p
      exit 1
  junit:
    type: command
    junit: junit.xml
    run: |
      node -e 'const e = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;"); const s = process.env.SPECIAL; require("fs").writeFileSync("junit.xml", "<testsuite tests=\\"1\\" failures=\\"1\\"><testcase classname=\\"api\\" name=\\"login\\"><failure message=\\"" + e(s) + "\\">" + e(s) + "</failure></testcase></testsuite>")'
  cut:
    type: command
    maxOutput: 1024
    env: { CUT: '\${{ env.CUT }}' }
    run: 'printf "%0500d" 0; printf "%s" "$CUT"; printf "%03000d\\n" 0'
  status: { type: evidence, file: reports/status.json, assert: ['status == "ok"'] }
  routes: { type: routes, presets: [flask] }
  deps: { type: dependencies }
  vars: { type: env, vars: { SPECIAL: { pattern: '^never$' } } }
  dotenv: { type: env, file: deploy.env, vars: { API_SECRET: { minLength: 100 } } }
`;

async function project(s: Secrets): Promise<{ dir: string; base: string; head: string }> {
  const dir = await tempDir();
  const app = (route: string) =>
    `from flask import Flask\napp = Flask(__name__)\n\n@app.route('${route}')\ndef handler():\n    return 'ok'\n`;
  const base = await makeRepo(dir, {
    'app.py': app(`/old/${s.pathSafe}`),
    'requirements.txt': 'flask==3.0.0\n',
  });
  const head = await commit(dir, {
    'app.py': app(`/new/${s.pathSafe}`),
    'requirements.txt': `flask==3.0.0\nmypkg @ https://files.example.com/${s.pathSafe}/mypkg-1.0.whl\n`,
  });
  await writeFiles(dir, {
    '.github/promotion-gate.yml': CONFIG,
    'deploy.env': `API_SECRET='${s.dotenv}'\n`,
    'reports/status.json': JSON.stringify({
      status: 'fail',
      detail: s.special,
      key: s.pem.text,
      api: s.dotenv,
    }),
  });
  return { dir, base, head };
}

describe('no fragment of a secret reaches any output of a whole gate run', () => {
  it(
    'random secrets echoed by every check type, in every form, never show in files, history or logs',
    async () => {
      await fc.assert(
        fc.asyncProperty(secrets, async (s) => {
          const server = await startServer((req, res) => {
            const url = req.url ?? '';
            const raw = url.split('?q=')[1] ?? '';
            // Decoded as a service would, leniently (a raw `%` stays), keeping `+` a plus.
            const q = new URLSearchParams(`q=${raw.replace(/\+/g, '%2B')}`).get('q') ?? '';
            if (url.startsWith('/echo'))
              return sendText(
                res,
                200,
                [
                  `json ${JSON.stringify({ q })}`,
                  `raw ${raw}`,
                  `uri ${encodeURIComponent(q)}`,
                  `form ${new URLSearchParams({ q }).toString()}`,
                  `lower ${q.toLowerCase()}`,
                  `upper ${q.toUpperCase()}`,
                  // As Django's templates escape it.
                  `html ${q.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;')}`,
                  `as is ${q}`,
                ].join('\n'),
              );
            // The excerpt kept of a body (2 KiB) ends inside the value.
            if (url.startsWith('/big'))
              return sendText(res, 200, `${'.'.repeat(2040)}${q}${'.'.repeat(4000)}`);
            if (url.startsWith('/fresh'))
              return sendJson(res, 200, { updated: '2000-01-01T00:00:00Z', served: url, note: s.special });
            // Auth answers anonymous requests (a finding naming the route); perf pages just answer.
            return sendText(res, 200, `welcome to ${decodeURIComponent(url)}; key ${s.dotenv}`);
          });
          const { dir, base, head } = await project(s);
          const historyDir = path.join(await tempDir(), 'history');
          const cap = capturingLogger();
          const run = await runGate({
            configPath: path.join(dir, '.github/promotion-gate.yml'),
            profile: 'prod',
            inputs: { base: server.url },
            env: {
              ...PLAIN_ENV,
              SPECIAL: s.special,
              PATHSAFE: s.pathSafe,
              HOST: s.host,
              CUT: s.cut,
              PEM: s.pem.text,
            },
            cwd: dir,
            base,
            head,
            outDir: path.join(await tempDir(), 'out'),
            logger: cap.logger,
            history: new DirectoryHistory(historyDir),
          });
          await server.close();

          // Worth something only if every check ran and echoed what it was given.
          const status = Object.fromEntries(run.report.checks.map((c) => [c.id, c.status]));
          expect(status).toMatchObject({
            echo: 'fail',
            excerpt: 'fail',
            dns: 'error',
            auth: 'fail',
            perf: 'fail',
            fresh: 'fail',
            forms: 'fail',
            junit: 'fail',
            status: 'fail',
            vars: 'fail',
            dotenv: 'fail',
          });
          expect(['pass', 'warn']).toContain(status.routes);
          // A new requirement straight from a URL is a source finding (a failure by default).
          expect(status.deps).toBe('fail');

          const outputs: [string, string][] = [
            ...(await filesOf(run.outDir, 'bundle')),
            ...(await filesOf(historyDir, 'history')),
            ['console', cap.console.join('\n')],
            ['step log', shownStepLog(cap.stepLog)],
          ];
          const all = [s.special, s.pathSafe, s.host, s.dotenv, s.cut, ...s.pem.lines];
          expect(leaks(outputs, all)).toEqual([]);
        }),
        // A run takes seconds: shrinking a counterexample would outlast the test's timeout, which
        // then reports nothing at all; the first failing secrets are reported as they are.
        { numRuns: RUNS, endOnFailure: true },
      );
    },
    RUNS * 60_000,
  );
});
