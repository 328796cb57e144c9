import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { JS_GREP, JS_LINE } from '../../src/checks/routes/javascript.js';
import { PRESETS } from '../../src/checks/routes/presets.js';
import type { GrepHit } from '../../src/change/types.js';
import { countingGit, subcommand } from '../change/countingGit.js';
import { commit, head, makeRepo, PLAIN_ENV, source } from '../change/repo.js';
import { tempDir, writeFiles } from '../helpers/fs.js';
import { runCheck } from './run.js';

const VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'all', 'route', 'use', 'Get'];

/** Lines near and far from routes in every framework's style, with the spacing people use. */
function corpus(): string {
  const lines: string[] = [];
  const receivers = ['app', 'router', 'server', 'fastify', 'koa', 'instance', 'usersRouter', 'apiApp'];
  receivers.push('mainServer', 'v1Routes', 'Router', 'myapp', 'axios', 'map', 'this.app', '$router', '');
  for (const r of receivers)
    for (const dot of ['.', ' . ', '\t.', '\n  .'])
      for (const v of VERBS)
        for (const open of ['(', ' (', '', '\t(']) lines.push(`${r}${dot}${v}${open}'/x', h)`);
  for (const v of VERBS) {
    lines.push(`@app.${v}("/a")`, `  @ bp . ${v} ('/b')`, `@router.api_route("/c")`, `@x.y.${v}(`);
    lines.push(`    ${v} '/r', to: 'c#a'`, `${v}('/r')`, `  ${v}`, `resources :items`, `namespace :v1 do`);
    lines.push(
      `@${v}Mapping("/s")`,
      `@RequestMapping(value = "/s")`,
      `  path('u/', view)`,
      `re_path (r'^x')`,
    );
  }
  lines.push('bp = Blueprint("b", __name__)', 'router = APIRouter (prefix="/p")', 'url(r"^old/$", v)');
  lines.push('app.add_url_rule("/r", view_func=v)', 'app.register_blueprint(bp)', 'mount Api => "/api"');
  lines.push('const total = items.reduce((a, b) => a + b, 0);', '// nothing to see', 'x.getter(1)');
  return `${lines.join('\n')}\n`;
}

/** Every hit of `git grep` with these patterns, in one dialect, as git prints them. */
function grep(dir: string, dialect: '-E' | '-P', patterns: string[]): string {
  const args = ['grep', '-n', '-I', dialect, ...patterns.flatMap((p) => ['-e', p]), 'HEAD'];
  try {
    return execFileSync('git', args, { cwd: dir, env: { ...PLAIN_ENV, LC_ALL: 'C' }, encoding: 'utf8' });
  } catch (err) {
    if ((err as { status?: number }).status === 1) return '';
    throw err;
  }
}

describe('route search patterns', () => {
  it('find the same lines as POSIX ERE and as PCRE, for every preset', async () => {
    const dir = await tempDir();
    await makeRepo(dir, { 'all.txt': corpus() });
    const readers = new Set<string>();
    for (const preset of Object.values(PRESETS)) {
      const fw = preset.framework;
      if (fw.kind !== 'parse' || readers.has(preset.reader)) continue;
      readers.add(preset.reader);
      const ere = grep(dir, '-E', fw.grep);
      expect(ere.length, preset.reader).toBeGreaterThan(0);
      expect(grep(dir, '-P', fw.grep), preset.reader).toBe(ere);
    }
    expect([...readers].sort()).toEqual(['django', 'javascript', 'python', 'rails', 'spring']);
  });

  it('with the line test, pick every line the receiver-first JavaScript patterns picked', async () => {
    const dir = await tempDir();
    await makeRepo(dir, { 'all.txt': corpus() });
    const verbs = 'get|post|put|patch|delete|head|options|all';
    const before = [
      `(app|router|server|fastify|koa|instance|[A-Za-z_$][A-Za-z0-9_$]*(Router|App|Server|Routes))[[:space:]]*\\.[[:space:]]*(${verbs}|route)[[:space:]]*\\(`,
      `^[[:space:]]*\\.[[:space:]]*(${verbs}|route)[[:space:]]*\\(`,
      `\\.route[[:space:]]*\\(`,
    ];
    // The same patterns with receivers matched by their name or its end: what the line test keeps.
    const receivers = [
      before[0]!.replace('[A-Za-z_$][A-Za-z0-9_$]*(Router|App|Server|Routes)', 'Router|App|Server|Routes'),
      ...before.slice(1),
    ];
    const lines = (out: string) => out.split('\n').filter(Boolean);
    const found = lines(grep(dir, '-E', JS_GREP)).filter((l) =>
      JS_LINE.test(l.replace(/^HEAD:all\.txt:\d+:/, '')),
    );
    const old = lines(grep(dir, '-E', before));
    expect(old.length).toBeGreaterThan(100);
    for (const l of old) expect(found, l).toContain(l);
    expect(found).toEqual(lines(grep(dir, '-E', receivers)));
    // Lines git hands over that are not worth a read: a client's call, a map's lookup.
    expect(lines(grep(dir, '-E', JS_GREP)).length).toBeGreaterThan(found.length);
  });
});

const EXPRESS = (...paths: string[]) =>
  `const router = express.Router();\n${paths.map((p) => `router.get('/${p}', h);`).join('\n')}\n`;

async function routesRepo(): Promise<{ dir: string; base: string }> {
  const dir = await tempDir();
  const base = await makeRepo(dir, {
    'src/a.js': EXPRESS('a0', 'a1', 'a2'),
    'src/b.js': EXPRESS('b0', 'b1'),
    'src/c.js': 'x = 1;\n',
  });
  await commit(dir, { 'src/a.js': EXPRESS('a1', 'a2', 'a3'), 'src/c.js': "app.post('/c', h);\n" });
  return { dir, base };
}

async function hitsWith(gitWrapper: string): Promise<{ hits: GrepHit[]; calls: string[] }> {
  const { dir } = await routesRepo();
  const g = await countingGit(gitWrapper);
  const change = source(dir, { env: g.env });
  const fw = PRESETS.express.framework;
  if (fw.kind !== 'parse') throw new Error('express is parsed');
  const hits: GrepHit[] = [];
  for (let i = 0; i < 2; i++)
    await change.grep('HEAD', fw.grep, [':(top,glob)src/**'], (h) => hits.push(h), undefined, { perl: true });
  return { hits, calls: (await g.calls()).map(subcommand).filter((c) => c.startsWith('grep ')) };
}

describe('route search with git', () => {
  it('searches with PCRE where git has it, and finds what ERE finds', async () => {
    const perl = await hitsWith('');
    expect(perl.calls).toHaveLength(2);
    for (const c of perl.calls) expect(c).toContain(' -P ');
    const { dir } = await routesRepo();
    const fw = PRESETS.express.framework;
    if (fw.kind !== 'parse') throw new Error('express is parsed');
    const ere: GrepHit[] = [];
    for (let i = 0; i < 2; i++)
      await source(dir).grep('HEAD', fw.grep, [':(top,glob)src/**'], (h) => ere.push(h));
    expect(ere).toHaveLength(2 * 6);
    expect(perl.hits).toEqual(ere);
  });

  it.each([
    [
      'built without PCRE',
      'fatal: cannot use Perl-compatible regexes when not compiled with USE_LIBPCRE',
      128,
    ],
    ['too old for -P', "error: unknown switch `P'", 129],
  ])('falls back to ERE, once for the run, on a git %s', async (_name, message, code) => {
    const unsupported = `case " $* " in *" grep "*" -P "*)
  echo "${message.replace(/`/g, '\\`')}" >&2; exit ${code};;
esac`;
    const { hits, calls } = await hitsWith(unsupported);
    expect(calls.map((c) => (c.includes(' -P ') ? '-P' : '-E'))).toEqual(['-P', '-E', '-E']);
    const perl = await hitsWith('');
    expect(hits).toEqual(perl.hits);
  });

  it.each([
    ['after whole lines', 'head -n 3'],
    ['in the middle of a line', 'head -c 100'],
  ])('hands over each hit once, whole, when PCRE gives up %s', async (_name, cut) => {
    const givesUp = `case " $* " in *" grep "*" -P "*)
  "$real" "$@" | ${cut}; echo "fatal: pcre2_match failed with error code -47: match limit exceeded" >&2; exit 128;;
esac`;
    const { hits, calls } = await hitsWith(givesUp);
    // Still tried with PCRE the second time: it was this match, not the git, that failed.
    expect(calls.map((c) => (c.includes(' -P ') ? '-P' : '-E'))).toEqual(['-P', '-E', '-P', '-E']);
    expect(hits).toEqual((await hitsWith('')).hits);
  });

  it('reads the same routes through a git without PCRE', async () => {
    // One repository for both: its commits, and so the range the result names, are the same.
    const { dir, base } = await routesRepo();
    const run = async (wrapper: string) => {
      const g = await countingGit(wrapper);
      const result = await runCheck(
        'routes',
        { presets: ['express'] },
        { cwd: dir, outputDir: `${dir}/.out`, deps: { change: source(dir, { base, env: g.env }) } },
      );
      return { ...result, durationMs: 0 };
    };
    const unsupported = `case " $* " in *" grep "*" -P "*) echo "fatal: cannot use Perl-compatible regexes" >&2; exit 128;; esac`;
    const without = await run(unsupported);
    expect(without.status).toBe('warn');
    expect(without.metrics).toMatchObject({ routesHead: 6, routesBase: 5, added: 2, removed: 1 });
    expect(without).toEqual(await run(''));
  });
});

describe('route search at the commit that is checked out', () => {
  const patterns = (() => {
    const fw = PRESETS.express.framework;
    if (fw.kind !== 'parse') throw new Error('express is parsed');
    return fw.grep;
  })();
  const SCOPE = [':(top,glob)src/**'];

  /** Hits of one search at `rev` through a logging git, and the `grep` calls it made (with or without a commit). */
  async function searchAt(dir: string, rev: string, wrapper = '') {
    const g = await countingGit(wrapper);
    const hits: GrepHit[] = [];
    await source(dir, { env: g.env }).grep(rev, patterns, SCOPE, (h) => hits.push(h), undefined, {
      perl: true,
    });
    const greps = (await g.calls()).map(subcommand).filter((c) => c.startsWith('grep '));
    return { hits, greps, atCommit: greps.map((c) => c.includes(` ${rev} `) || c.endsWith(` ${rev}`)) };
  }

  it('reads the files on disk when they are exactly the commit, and finds what a search of the commit finds', async () => {
    const { dir } = await routesRepo();
    const sha = head(dir);
    const files = await searchAt(dir, sha);
    expect(files.atCommit).toEqual([false]);
    // The same search of the commit's blobs: 'HEAD' is not a full commit id, so it is read from the store.
    const stored = await searchAt(dir, 'HEAD');
    expect(stored.atCommit).toEqual([true]);
    expect(files.hits.map((h) => `${h.path}:${h.line}:${h.text}`)).toEqual(
      stored.hits.map((h) => `${h.path}:${h.line}:${h.text}`),
    );
    expect(files.hits).toHaveLength(6);
  });

  it.each([
    ['a tracked file is changed and not staged', ['src/b.js'], false],
    ['a change is staged', ['src/b.js'], true],
  ])('searches the commit when %s', async (_name, [file], stage) => {
    const { dir } = await routesRepo();
    const sha = head(dir);
    await writeFiles(dir, { [file!]: EXPRESS('sneaky') });
    if (stage) execFileSync('git', ['add', file!], { cwd: dir, env: PLAIN_ENV });
    const { hits, atCommit } = await searchAt(dir, sha);
    expect(atCommit).toEqual([true]);
    expect(hits.map((h) => h.text).join('\n')).not.toContain('sneaky');
    expect(hits).toHaveLength(6);
  });

  it('searches the commit when a file is left out of the checkout (skip-worktree, as a sparse checkout marks it)', async () => {
    const { dir } = await routesRepo();
    const sha = head(dir);
    execFileSync('git', ['update-index', '--skip-worktree', 'src/b.js'], { cwd: dir, env: PLAIN_ENV });
    const { hits, atCommit } = await searchAt(dir, sha);
    expect(atCommit).toEqual([true]);
    expect(hits).toHaveLength(6);
  });

  it('finds a file left out of the checkout far into a long listing of the index', async () => {
    const dir = await tempDir();
    // Names sorted after every other: the one left out is listed last, past the first pieces git writes.
    const many: Record<string, string> = { 'src/routes.js': EXPRESS('r1') };
    // Long names: the listing passes 128 KiB with a few hundred files.
    const deep = 'assets/generated-reference-data/'.repeat(6);
    for (let i = 0; i < 700; i++) many[`${deep}file-${String(i).padStart(5, '0')}.txt`] = `${i}\n`;
    many['zz/last.js'] = EXPRESS('z1');
    await makeRepo(dir, many);
    const sha = head(dir);
    execFileSync('git', ['update-index', '--skip-worktree', 'zz/last.js'], { cwd: dir, env: PLAIN_ENV });
    expect(
      execFileSync('git', ['ls-files', '-v', '-z'], { cwd: dir, env: PLAIN_ENV }).length,
    ).toBeGreaterThan(2 * 65536);
    const { atCommit } = await searchAt(dir, sha);
    expect(atCommit).toEqual([true]);
    execFileSync('git', ['update-index', '--no-skip-worktree', 'zz/last.js'], { cwd: dir, env: PLAIN_ENV });
    expect((await searchAt(dir, sha)).atCommit).toEqual([false]);
  });

  it('hands the hits of the checkout over as a stream would, with turns of the event loop between', async () => {
    const dir = await tempDir();
    const many = Array.from({ length: 4000 }, (_, i) => `router.get('/items/${i}/details', h);`);
    await makeRepo(dir, { 'src/many.js': `${many.join('\n')}\n` });
    let turned = false;
    let turnedBeforeLast = false;
    let count = 0;
    await source(dir).grep(
      head(dir),
      patterns,
      SCOPE,
      () => {
        if (count++ === 0) setImmediate(() => (turned = true));
        if (count === many.length) turnedBeforeLast = turned;
      },
      undefined,
      { perl: true },
    );
    expect(count).toBe(many.length);
    expect(turnedBeforeLast).toBe(true);
  });

  it("looks at the checkout once for the base's search and the head's, and once more after the head's", async () => {
    const { dir, base } = await routesRepo();
    const g = await countingGit();
    const result = await runCheck(
      'routes',
      { presets: ['express'] },
      { cwd: dir, deps: { change: source(dir, { base, env: g.env }) } },
    );
    expect(result.status).not.toBe('error');
    expect(result.summary).toContain('at head');
    const calls = (await g.calls()).map(subcommand);
    const greps = calls.filter((c) => c.startsWith('grep '));
    // The base is searched in the store, the head on disk.
    expect(greps.map((c) => c.includes(base)).sort()).toEqual([false, true]);
    expect(calls.filter((c) => c.startsWith('ls-files '))).toHaveLength(1);
    expect(calls.filter((c) => / status /.test(` ${c} `))).toHaveLength(2);
  });

  it('searches the commit when another commit is checked out', async () => {
    const { dir, base } = await routesRepo();
    const { hits, atCommit } = await searchAt(dir, base);
    expect(atCommit).toEqual([true]);
    expect(hits.map((h) => h.text)).toContain("router.get('/a0', h);");
  });

  it('never counts a file written while the files were searched: it searches the commit again', async () => {
    const { dir } = await routesRepo();
    const sha = head(dir);
    // A build beside the gate writes a tracked file while git reads the checkout.
    const racing = `case " $* " in *" grep "*) case " $* " in *" ${sha}"*) ;; *)
  printf '%s\\n' "router.get('/sneaky', h);" >> src/b.js;; esac;; esac`;
    const { hits, atCommit } = await searchAt(dir, sha, racing);
    expect(atCommit).toEqual([false, true]);
    expect(hits.map((h) => h.text).join('\n')).not.toContain('sneaky');
    expect(hits).toHaveLength(6);
  });

  it('searches the commit when the files on disk cannot be searched', async () => {
    const { dir } = await routesRepo();
    const sha = head(dir);
    const failing = `case " $* " in *" grep "*) case " $* " in *" ${sha}"*) ;; *) echo "fatal: cannot read" >&2; exit 128;; esac;; esac`;
    const { hits, atCommit } = await searchAt(dir, sha, failing);
    // PCRE failing is first taken for a match PCRE gave up on: tried once more as ERE.
    expect(atCommit).toEqual([false, false, true]);
    expect(hits).toHaveLength(6);
  });
});
