import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/bundle/manifest.js';
import { sealFiles } from '../../src/bundle/seal.js';
import { atCut } from '../../src/core/formMatcher.js';
import { Redactor } from '../../src/core/redact.js';
import { createEvidenceWriter } from '../../src/engine/evidence.js';

// The fast paths of the redactor: texts of 64 units or more are searched by a regular expression
// before anything is folded, cuts are looked into only when the pieces beside them appear in a
// form, and what was found clean is not looked through again. Each must find what the plain
// unit-by-unit look finds.

/** Token-shaped values built at run time: no credential is written in the repository. */
const SECRET = ['sk', 'id'].join('') + '-Kite-9f3QzW7xLm2Pv';
const OTHER = ['Zq', '8v'].join('') + 'Tn4Rb6Yc1Hd';

function redactorOf(...secrets: string[]): Redactor {
  const r = new Redactor();
  for (const s of secrets) r.add(s);
  return r;
}

/** Filler of every kind the scan treats apart: plain ASCII, accents, CJK, an emoji, blanks. */
const FILLER = 'route /api/v1/items/:id ok — café 日本語テキスト 😀 ÉTÉ\tnext line\n';
const LONG = FILLER.repeat(3);

describe('a whole secret in a long text', () => {
  const r = redactorOf(SECRET);
  it('is masked at every offset, next to any kind of text, and nothing else is touched', () => {
    expect(LONG.length).toBeGreaterThan(64);
    for (let at = 0; at <= LONG.length; at++) {
      const text = LONG.slice(0, at) + SECRET + LONG.slice(at);
      expect(r.redact(text)).toBe(`${LONG.slice(0, at)}***${LONG.slice(at)}`);
    }
  });

  it.each([
    ['upper case', SECRET.toUpperCase()],
    ['lower case', SECRET.toLowerCase()],
    ['mixed case', [...SECRET].map((c, i) => (i % 2 ? c.toUpperCase() : c.toLowerCase())).join('')],
    // Units outside ASCII that fold to ASCII letters: long s, the Kelvin sign, dotless i.
    ['written with ſ, K and ı', SECRET.replace('s', 'ſ').replace('K', '\u212a').replace('i', 'ı')],
  ])('%s, at the start, in the middle and at the end', (_name, form) => {
    for (const text of [form + LONG, LONG + form + LONG, LONG + form]) {
      expect(r.redact(text)).toBe(text.replace(form, '***'));
    }
  });

  it('and in a short one, written with units outside ASCII', () => {
    const form = SECRET.replace('s', 'ſ').replace('K', '\u212a');
    expect(r.redact(`é${form}é`)).toBe('é***é');
  });

  it('is masked among dense non-ASCII units, where the scan hands over to the unit loop', () => {
    const dense = 'aé'.repeat(400);
    const text = `${dense}${SECRET}${dense}`;
    expect(r.redact(text)).toBe(`${dense}***${dense}`);
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(dense + SECRET + dense, 'latin1')]);
    expect(Buffer.from(r.redactBytes(bytes)).toString('latin1')).toBe(`\xff\xfe${dense}***${dense}`);
  });
});

describe('a fragment of a secret at a cut, in a long text', () => {
  const r = redactorOf(SECRET);
  it.each([
    ['a prefix at the end', `${LONG}${SECRET.slice(0, 9)}`, `${LONG}***`],
    ['a prefix at the end, before blanks', `${LONG}${SECRET.slice(0, 9)} \n`, `${LONG}*** \n`],
    ['a suffix at the start', `${SECRET.slice(-8)}${LONG}`, `***${LONG}`],
    ['a prefix before an ellipsis', `${LONG}${SECRET.slice(0, 7)}…${LONG}`, `${LONG}***…${LONG}`],
    ['a suffix after "..."', `${LONG}...${SECRET.slice(4)}${LONG}`, `${LONG}...***${LONG}`],
    ['a mixed-case prefix', `${LONG}${SECRET.slice(0, 10).toUpperCase()}`, `${LONG}***`],
    [
      'a suffix after a multi-byte character cut in half',
      `\ufffd${SECRET.slice(6)} ${LONG}`,
      `\ufffd*** ${LONG}`,
    ],
  ])('%s', (_name, text, want) => {
    expect(r.redact(text)).toBe(want);
  });

  it('keeps pieces shorter than 6 units and text that only looks alike', () => {
    for (const text of [`${LONG}${SECRET.slice(0, 5)}`, `${SECRET.slice(-5)}${LONG}`, `${LONG}skid-Kitten`]) {
      expect(r.redact(text)).toBe(text);
    }
  });

  it('treats as blank exactly what \\s matches, and the replacement character', () => {
    const differ: number[] = [];
    for (let c = 0; c < 65536; c++) {
      if (atCut(c) !== /[\s\uFFFD]/.test(String.fromCharCode(c))) differ.push(c);
    }
    expect(differ).toEqual([]);
  });
});

describe('credentials by shape, found in long texts', () => {
  it.each([
    [
      'userinfo in JSON',
      '"url":"https:\\/\\/u:pw123456@h.example\\/x"',
      '"url":"https:\\/\\/***@h.example\\/x"',
    ],
    // No `=` anywhere: only the encoded one tells that a parameter has a value.
    ['a query parameter behind %3F and %3D', '%2Fcb%3Ftoken%3Dabc123', '%2Fcb%3Ftoken%3D***'],
    ['the same in lower-case hex', '%2fcb%3ftoken%3dabc123', '%2fcb%3ftoken%3d***'],
    ['a bearer token', 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.abc', 'Authorization: Bearer ***'],
  ])('%s', (_name, text, want) => {
    expect(LONG).not.toContain('=');
    expect(new Redactor().redact(`${LONG}${text} ${LONG}`)).toBe(`${LONG}${want} ${LONG}`);
  });
});

describe('a string key holding a secret', () => {
  const r = redactorOf(SECRET);
  it('is masked, and kept apart from a key it now equals, whichever comes first', () => {
    const first = r.redactDeep(JSON.parse(`{"${SECRET}": 1, "***": 2}`) as Record<string, number>);
    expect(Object.entries(first)).toEqual([
      ['***', 1],
      ['*** (2)', 2],
    ]);
    const second = r.redactDeep(JSON.parse(`{"***": 2, "a": {"${SECRET}": 1}}`) as Record<string, unknown>);
    expect(second).toEqual({ '***': 2, a: { '***': 1 } });
    const third = r.redactDeep(JSON.parse(`{"***": 2, "${SECRET}": 1, "x": 3}`) as Record<string, number>);
    expect(Object.entries(third)).toEqual([
      ['***', 2],
      ['*** (2)', 1],
      ['x', 3],
    ]);
  });

  it('is seen by masksDeep, as is a value; a clean value is not', () => {
    expect(r.masksDeep({ a: [{ [`route ${SECRET}`]: 1 }] })).toBe(true);
    expect(r.masksDeep({ a: [1, null, { b: `…${SECRET.slice(3)}` }] })).toBe(true);
    expect(r.masksDeep({ a: [1, null, { b: 'nothing here', '***': 'x' }] })).toBe(false);
  });
});

describe('what was found clean is not looked through again', () => {
  function counting(): { r: Redactor; asked: string[] } {
    const asked: string[] = [];
    const r = new Redactor({
      shapes: [
        (text, out) => {
          asked.push(text);
          const at = text.indexOf('MARKED-TOKEN');
          if (at >= 0) out.push([at, at + 12]);
        },
      ],
    });
    r.add(SECRET);
    return { r, asked };
  }

  it('a text, a value in a tree, a key: the shapes are asked once', () => {
    const { r, asked } = counting();
    const text = `${LONG} nothing secret`;
    expect(r.redact(text)).toBe(text);
    expect(r.redact(text)).toBe(text);
    const tree = { 'a key of a tree': ['a value of a tree', 'a value of a tree'] };
    expect(r.redactDeep(r.redactDeep(tree))).toEqual(tree);
    expect(asked.filter((t) => t === text)).toHaveLength(1);
    expect(asked.filter((t) => t === 'a value of a tree')).toHaveLength(1);
    expect(asked.filter((t) => t === 'a key of a tree')).toHaveLength(1);
  });

  it('a string repeated in one JSON value is looked at once, however short, and masked everywhere', () => {
    const { r, asked } = counting();
    const entries = Array.from({ length: 200 }, (_, i) => ({ method: 'GET', path: `/items/${i % 3}` }));
    const value = { head: entries, note: 'value MARKED-TOKEN here', again: 'value MARKED-TOKEN here' };
    const copy = r.redactDeep(value);
    expect(copy.head).toEqual(entries);
    expect([copy.note, copy.again]).toEqual(['value *** here', 'value *** here']);
    expect(asked.filter((t) => t === 'GET')).toHaveLength(1);
    expect(asked.filter((t) => t === 'method')).toHaveLength(1);
    expect(asked.filter((t) => t === '/items/1')).toHaveLength(1);
    expect(asked.filter((t) => t === 'value MARKED-TOKEN here')).toHaveLength(1);

    // The same for JSON bytes looked through value by value, and for the question alone.
    asked.length = 0;
    const bytes = Buffer.from(JSON.stringify(value));
    const out = r.redactJsonBytes(bytes);
    expect(Buffer.from(out!).toString()).not.toContain('MARKED-TOKEN');
    expect(asked.filter((t) => t === 'GET')).toHaveLength(1);
    asked.length = 0;
    expect(r.masksDeep({ a: entries, b: entries })).toBe(false);
    expect(asked.filter((t) => t === 'path')).toHaveLength(1);
  });

  it('a text with something masked is looked through each time', () => {
    const { r, asked } = counting();
    const text = 'value MARKED-TOKEN here';
    expect(r.redact(text)).toBe('value *** here');
    expect(r.redact(text)).toBe('value *** here');
    expect(asked).toHaveLength(2);
  });

  it('a secret registered later is masked in a text found clean before, whole or cut', () => {
    const { r, asked } = counting();
    const whole = `${LONG} ${OTHER} ${LONG}`;
    const cut = `log ends with ${OTHER.slice(0, 8)}`;
    expect(r.redact(whole)).toBe(whole);
    expect(r.redact(cut)).toBe(cut);
    r.add(OTHER);
    expect(r.redact(whole)).toBe(`${LONG} *** ${LONG}`);
    expect(r.redact(cut)).toBe('log ends with ***');
    // Only the new value was looked for: the shapes were asked once about each text.
    expect(asked).toHaveLength(2);
  });

  it('bytes written clean come back as they are, at the cost of a digest', () => {
    const { r, asked } = counting();
    const text = `${LONG}{"a": "nothing secret"}\n`;
    const bytes = r.redactToBytes(text);
    expect(bytes.toString('utf8')).toBe(text);
    expect(r.redactBytes(bytes)).toBe(bytes);
    expect(r.redactBytes(Buffer.from(text))).toEqual(bytes);
    expect(asked).toHaveLength(1);
    r.add(OTHER);
    expect(Buffer.from(r.redactBytes(Buffer.from(`${text}${OTHER}`))).toString()).toBe(`${text}***`);
  });

  it('bytes of a text with a lone surrogate are looked at again: they do not decode to it', () => {
    const r = redactorOf(SECRET);
    // The surrogate hides the fragment after it; its bytes decode to the replacement character,
    // a cut, after which the fragment is recognised.
    const text = `\ud800${SECRET.slice(6)} and more`;
    const bytes = r.redactToBytes(text);
    expect(bytes.toString('utf8')).toBe(`\ufffd${SECRET.slice(6)} and more`);
    expect(Buffer.from(r.redactBytes(bytes)).toString('utf8')).toBe('\ufffd*** and more');
  });
});

/** The files the seal's redaction wrote again. */
const redactFiles = async (dir: string, files: readonly string[], r: Redactor) =>
  (await sealFiles(dir, files, r)).filter((f) => f.changed).map((f) => f.path);

describe('sealing evidence written before a secret was registered', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('masks a fragment at the end of a JSON value, and leaves clean files unwritten', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pg-redact-fast-'));
    const r = redactorOf(SECRET);
    const written: string[] = [];
    const writer = createEvidenceWriter(dir, 'check', r, written);
    const rows = Array.from({ length: 200 }, (_, i) => ({ path: `/api/v1/items${i}/:id`, note: 'café ok' }));
    await writer.write('clean.json', { rows });
    await writer.write('late.json', { rows, tail: `body ends ${OTHER.slice(0, 9)}` });
    await writer.write('log.txt', `${LONG}${OTHER}\n`);
    const before = await stat(path.join(dir, 'evidence/check/clean.json'));
    r.add(OTHER);
    const sealed = await sealFiles(dir, written, r);
    for (const f of sealed) {
      const bytes = await readFile(path.join(dir, f.path));
      expect(f, f.path).toMatchObject({ sha256: sha256(bytes), size: bytes.length });
    }
    const changed = sealed.filter((f) => f.changed).map((f) => f.path);
    expect(changed.sort()).toEqual(['evidence/check/late.json', 'evidence/check/log.txt']);
    const late = JSON.parse(await readFile(path.join(dir, 'evidence/check/late.json'), 'utf8')) as {
      tail: string;
    };
    expect(late.tail).toBe('body ends ***');
    expect(await readFile(path.join(dir, 'evidence/check/log.txt'), 'utf8')).toBe(`${LONG}***\n`);
    expect((await stat(path.join(dir, 'evidence/check/clean.json'))).mtimeMs).toBe(before.mtimeMs);
    // Everything is known clean now: a second seal writes nothing.
    expect(await redactFiles(dir, written, r)).toEqual([]);
    // Each file's digest and size are of the bytes it holds now, the redacted ones.
    for (const f of await sealFiles(dir, written, r)) {
      const bytes = await readFile(path.join(dir, f.path));
      expect(f, f.path).toMatchObject({ sha256: sha256(bytes), size: bytes.length, changed: false });
    }
  });

  it('JSON written as text is looked through value by value when written, so the seal costs a digest', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pg-redact-fast-'));
    const asked: string[] = [];
    const r = new Redactor({
      shapes: [
        (text) => {
          asked.push(text);
        },
      ],
    });
    r.add(SECRET);
    const written: string[] = [];
    const writer = createEvidenceWriter(dir, 'routes', r, written);
    const routes = Array.from({ length: 300 }, (_, i) =>
      JSON.stringify({ method: 'GET', path: `/items${i}/:id` }),
    );
    await writer.write('routes.json', `{\n  "head": [\n    ${routes.join(',\n    ')}\n  ]\n}\n`);
    const before = asked.length;
    expect(await redactFiles(dir, written, r)).toEqual([]);
    expect(asked).toHaveLength(before);
    // A value cut short at the end of a line, as a route list one a line holds it: the fragment
    // at the end of its value is masked when written, not only at the seal.
    await writer.write('cut.json', `{"head": [${routes.join(', ')}, {"path": "/x/${SECRET.slice(0, 9)}"}]}`);
    expect(await readFile(path.join(dir, 'evidence/routes/cut.json'), 'utf8')).not.toContain(
      SECRET.slice(0, 9),
    );
    // A secret registered after the file was written is still masked by the seal.
    await writer.write('later.json', `{"a": "${OTHER}", "b": [${routes.join(', ')}]}`);
    r.add(OTHER);
    expect(await redactFiles(dir, written, r)).toEqual(['evidence/routes/later.json']);
    expect(await readFile(path.join(dir, 'evidence/routes/later.json'), 'utf8')).not.toContain(OTHER);
  });
});
