// The demo staging service: a tiny "Acme Permits" app on plain node:http that the example config
// (promotion-gate.yml) checks. Faults can be switched on to watch the gate hold a release.
//
//   node examples/demo/server.mjs --port 0 --fault auth-leak --fault slow --delay 50
//
// Or in-process: `const demo = await startDemoServer({ faults: ['stale'] }); …; await demo.close();`
import { timingSafeEqual } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** Faults the service can simulate, each breaking what one check of the example config watches. */
export const FAULTS = {
  slow: 'every response takes 1500 ms longer (the performance budgets fail)',
  'auth-leak': '/portfolio answers 200 without a login (the hard auth check fails)',
  unhealthy: '/health answers 503 "degraded" and /methodology answers 500',
  stale: '/api/freshness reports the last ingest 3 days ago and cron_log 0',
};

export const VERSION = '1.4.2';
export const TABLES = Object.freeze({
  users: 1200,
  permits: 48210,
  entities: 9120,
  watch_items: 310,
  feedback: 42,
  cron_log: 388,
  permit_changes: 1290,
});

const SLOW_EXTRA_MS = 1500;
const MINUTE = 60_000;
/** When run directly, the service stops by itself after this long, so no stray server survives. */
export const MAX_LIFETIME_MS = 10 * MINUTE;

const PROTECTED_PAGES = new Set(['/brief', '/portfolio']);
const CRON_ROUTES = new Set(['/cron/nightly', '/cron/compute-caches']);

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title, body) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(title)} · Acme Permits</title></head>
<body>
<header><a href="/">Acme Permits</a> · <a href="/search">Search</a> · <a href="/methodology">Methodology</a> · <a href="/about-data">About the data</a> · <a href="/brief">Your brief</a></header>
<main>
${body}
</main>
<footer>Acme Permits demo service ${VERSION}</footer>
</body>
</html>
`;
}

/** Checks the faults given and returns them as a set; throws on an unknown name. */
export function parseFaults(faults) {
  const list = faults === undefined ? [] : Array.isArray(faults) ? faults : [faults];
  const unknown = list.filter((f) => !Object.hasOwn(FAULTS, f));
  if (unknown.length > 0) {
    throw new Error(
      `unknown fault${unknown.length > 1 ? 's' : ''} ${unknown.map((f) => JSON.stringify(f)).join(', ')}; known faults: ${Object.keys(FAULTS).join(', ')}`,
    );
  }
  return new Set(list);
}

function bearerMatches(header, secret) {
  if (typeof header !== 'string' || !header.startsWith('Bearer ')) return false;
  const given = Buffer.from(header.slice('Bearer '.length));
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Decides the answer to one request: `{ status, headers?, json? | html? }`.
 * Pure apart from the clock, so the routes read as a table.
 */
function route(req, url, { faults, cronSecret, now }) {
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
  const method = req.method === 'HEAD' ? 'GET' : req.method;
  const getOnly = (answer) =>
    method === 'GET'
      ? answer()
      : { status: 405, headers: { allow: 'GET, HEAD' }, json: { error: 'method not allowed' } };

  if (CRON_ROUTES.has(path)) {
    if (method !== 'POST') {
      return { status: 405, headers: { allow: 'POST' }, json: { error: 'method not allowed: use POST' } };
    }
    if (!bearerMatches(req.headers.authorization, cronSecret)) {
      return { status: 401, headers: { 'www-authenticate': 'Bearer' }, json: { error: 'unauthorized' } };
    }
    return { status: 202, json: { queued: true, job: path.slice('/cron/'.length) } };
  }

  if (PROTECTED_PAGES.has(path)) {
    return getOnly(() => {
      if (path === '/portfolio' && faults.has('auth-leak')) {
        return {
          status: 200,
          html: page(
            'Your portfolio',
            '<h1>Your portfolio</h1>\n<p>Welcome back, dana@acme.test: 310 watched items · 12 permit changes since your last visit.</p>',
          ),
        };
      }
      return {
        status: 302,
        headers: { location: `/login?next=${path}` },
        html: page('Redirecting', '<p>Please sign in.</p>'),
      };
    });
  }

  switch (path) {
    case '/health':
      return getOnly(() =>
        faults.has('unhealthy')
          ? {
              status: 503,
              json: {
                status: 'degraded',
                version: VERSION,
                tables: TABLES,
                error: 'database connection pool exhausted',
              },
            }
          : { status: 200, json: { status: 'ok', version: VERSION, tables: TABLES } },
      );
    case '/':
      return getOnly(() => ({
        status: 200,
        html: page(
          'Home',
          '<h1>Acme Permits</h1>\n<p>Acme Permits tracks 48,210 building permits and the entities behind them.</p>\n<p><a href="/search?q=roof">Search permits</a></p>',
        ),
      }));
    case '/methodology':
      return getOnly(() =>
        faults.has('unhealthy')
          ? { status: 500, html: page('Error', '<h1>Internal Server Error</h1>') }
          : {
              status: 200,
              html: page(
                'Methodology',
                '<h1>Methodology</h1>\n<p>Our methodology: permits are ingested nightly from the county feeds and matched to entities.</p>',
              ),
            },
      );
    case '/about-data':
      return getOnly(() => ({
        status: 200,
        html: page(
          'About the data',
          '<h1>About the data</h1>\n<p>All about the data: sources, licences and how often each table is refreshed.</p>',
        ),
      }));
    case '/search':
      return getOnly(() => {
        const q = url.searchParams.get('q') ?? '';
        const results = q
          ? `<p>3 permits match <q>${escapeHtml(q)}</q>.</p>`
          : '<p>Type a word to search permits.</p>';
        return {
          status: 200,
          html: page(
            'Search',
            `<h1>Search</h1>\n<form action="/search"><input name="q" value="${escapeHtml(q)}"> <button>search</button></form>\n${results}`,
          ),
        };
      });
    case '/login':
      return getOnly(() => {
        const next = url.searchParams.get('next') ?? '/';
        return {
          status: 200,
          html: page(
            'Sign in',
            `<h1>Sign in</h1>\n<form method="post" action="/login">\n<input type="hidden" name="next" value="${escapeHtml(next)}">\n<label>Email <input type="email" name="email"></label>\n<label>Password <input type="password" name="password"></label>\n<button type="submit">Sign in</button>\n</form>`,
          ),
        };
      });
    case '/admin/feedback':
      return getOnly(() => ({
        status: 403,
        html: page('Forbidden', '<h1>Forbidden</h1><p>Administrators only.</p>'),
      }));
    case '/api/account':
      return getOnly(() => ({
        status: 401,
        headers: { 'www-authenticate': 'Bearer' },
        json: { error: 'authentication required' },
      }));
    case '/api/freshness':
      return getOnly(() => {
        const stale = faults.has('stale');
        const age = stale ? 3 * 24 * 60 * MINUTE : 20 * MINUTE;
        return {
          status: 200,
          json: {
            last_ingest: new Date(now() - age).toISOString(),
            counters: { cron_log: stale ? 0 : TABLES.cron_log, permits: TABLES.permits },
          },
        };
      });
    default:
      return path.startsWith('/api/')
        ? { status: 404, json: { error: 'not found' } }
        : { status: 404, html: page('Not found', '<h1>Not found</h1>') };
  }
}

/**
 * Starts the demo service. Resolves once it listens.
 * @param {{ port?: number, host?: string, faults?: string[], delayMs?: number, cronSecret?: string }} [options]
 * @returns {Promise<{ url: string, port: number, faults: string[], close(): Promise<void> }>}
 */
export async function startDemoServer({
  port = 0,
  host = '127.0.0.1',
  faults = [],
  delayMs = 0,
  cronSecret = process.env.CRON_SECRET || 'demo-cron-secret',
} = {}) {
  const active = parseFaults(faults);
  if (!Number.isFinite(delayMs) || delayMs < 0)
    throw new Error(`delayMs must be a number ≥ 0, got ${delayMs}`);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`port must be 0–65535, got ${port}`);
  const wait = delayMs + (active.has('slow') ? SLOW_EXTRA_MS : 0);
  const pending = new Set();
  let closing;

  const server = createServer((req, res) => {
    req.resume(); // bodies are not read; drain them so the connection can be reused
    let answer;
    try {
      answer = route(req, new URL(req.url ?? '/', 'http://demo.invalid'), {
        faults: active,
        cronSecret,
        now: Date.now,
      });
    } catch (err) {
      answer = { status: 500, json: { error: `demo service error: ${err.message}` } };
    }
    const send = () => {
      if (res.destroyed) return;
      const isJson = answer.json !== undefined;
      const body = isJson ? `${JSON.stringify(answer.json)}\n` : answer.html;
      res.writeHead(answer.status, {
        'content-type': isJson ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8',
        'content-length': Buffer.byteLength(body),
        'cache-control': 'no-store',
        ...answer.headers,
      });
      res.end(body);
    };
    if (wait === 0) return send();
    const timer = setTimeout(() => {
      pending.delete(timer);
      send();
    }, wait);
    pending.add(timer);
  });
  server.keepAliveTimeout = 5_000;

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${urlHost}:${address.port}`,
    port: address.port,
    faults: [...active],
    close() {
      closing ??= new Promise((resolve) => {
        for (const t of pending) clearTimeout(t);
        pending.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function usage() {
  return `usage: node examples/demo/server.mjs [--port N] [--host H] [--delay MS] [--fault NAME]...

  --port N     port to listen on (default 0: a free port)
  --host H     address to bind (default 127.0.0.1)
  --delay MS   answer every request after MS milliseconds (default 0)
  --fault NAME simulate a fault (repeatable):
${Object.entries(FAULTS)
  .map(([name, what]) => `                 ${name.padEnd(10)} ${what}`)
  .join('\n')}

The service stops on Ctrl-C, SIGTERM, or by itself after ${MAX_LIFETIME_MS / MINUTE} minutes.`;
}

function toNumber(text, flag) {
  const n = Number(text);
  if (text === undefined || text.trim() === '' || !Number.isFinite(n) || n < 0) {
    throw new Error(`${flag} expects a number ≥ 0, got ${JSON.stringify(text)}`);
  }
  return n;
}

async function main(argv) {
  let opts;
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string', default: '0' },
        host: { type: 'string', default: '127.0.0.1' },
        delay: { type: 'string', default: '0' },
        fault: { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      console.log(usage());
      return;
    }
    opts = {
      port: toNumber(values.port, '--port'),
      host: values.host,
      delayMs: toNumber(values.delay, '--delay'),
      faults: values.fault,
    };
  } catch (err) {
    console.error(`demo service: ${err.message}\n\n${usage()}`);
    process.exitCode = 2;
    return;
  }

  let demo;
  try {
    demo = await startDemoServer(opts);
  } catch (err) {
    console.error(`demo service: ${err.message}`);
    process.exitCode = 2;
    return;
  }
  console.log(
    `demo service listening on ${demo.url}${demo.faults.length ? ` (faults: ${demo.faults.join(', ')})` : ''}`,
  );

  let stopping = false;
  const stop = async (why, code = 0) => {
    if (stopping) {
      process.exit(code); // a second Ctrl-C stops at once
    }
    stopping = true;
    console.log(`demo service stopping (${why})`);
    clearTimeout(lifetime);
    await demo.close();
    process.exit(code);
  };
  // unref: the timer alone never keeps the process alive; the listening server does, until it fires.
  const lifetime = setTimeout(
    () => stop(`safety limit of ${MAX_LIFETIME_MS / MINUTE} minutes reached`),
    MAX_LIFETIME_MS,
  );
  lifetime.unref();
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

function isMainModule() {
  try {
    return (
      Boolean(process.argv[1]) &&
      realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))
    );
  } catch {
    return false;
  }
}

if (isMainModule()) await main(process.argv.slice(2));
