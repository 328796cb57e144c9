import { describe, expect, it } from 'vitest';
import { knownTokenSpans, maskKnownTokens } from '../../src/checks/secrets/shapes.js';
import { maskUrlCredentials, Redactor } from '../../src/core/redact.js';

const TRICKY = 'Ab"c\\d/e+f%g h ÉtéSecret-9';

function redactorOf(...secrets: string[]): Redactor {
  const r = new Redactor();
  for (const s of secrets) r.add(s);
  return r;
}

describe('Redactor: every form of a registered value', () => {
  const r = redactorOf(TRICKY);
  const inJson = JSON.stringify(TRICKY).slice(1, -1);
  it.each([
    ['raw', TRICKY],
    ['JSON-escaped', inJson],
    ['JSON-escaped twice', JSON.stringify(inJson).slice(1, -1)],
    ['JSON with \\/', inJson.replace(/\//g, '\\/')],
    [
      'JSON with \\u escapes',
      inJson.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
    ],
    ['URI component', encodeURIComponent(TRICKY)],
    [
      'URI component, lower-case hex',
      encodeURIComponent(TRICKY).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()),
    ],
    ['form-encoded', new URLSearchParams({ a: TRICKY }).toString().slice(2)],
    ['in a URL query', new URL(`http://h/?${TRICKY}`).search.slice(1)],
    [
      'in a URL query, JSON-escaped',
      JSON.stringify(new URL(`http://h/?${TRICKY}`).search.slice(1)).slice(1, -1),
    ],
    ['HTML-escaped', TRICKY.replace(/&/g, '&amp;').replace(/"/g, '&quot;')],
    ['lower-cased', TRICKY.toLowerCase()],
    ['upper-cased', TRICKY.toUpperCase()],
  ])('%s', (_name, form) => {
    expect(r.redact(`before ${form} after`)).toBe('before *** after');
  });

  it('with its blanks folded into single spaces, as one-line excerpts show it', () => {
    expect(redactorOf('Hß/K3v+N6cph  G\nY9c').redact('body: "Hß/K3v+N6cph G Y9c..."')).toBe('body: "***..."');
  });

  it('as an XML parser reads it back: in an attribute each tab and line break a space, in text CR a line feed', () => {
    const tabs = 'FéI\\V#8/z\t\tKßP#sRDßzo';
    // <failure message="…"> with the value written raw: attribute-value normalization.
    expect(redactorOf(tabs).redact('failed: FéI\\V#8/z  KßP#sRDßzo')).toBe('failed: ***');
    expect(redactorOf('Lm3\r\nQx7zv\rKp').redact('message="Lm3 Qx7zv Kp"')).toBe('message="***"');
    // In text, every line break is read as a line feed.
    expect(redactorOf('Lm3Qx7\rzvKp9Wd').redact('text: Lm3Qx7\nzvKp9Wd')).toBe('text: ***');
    // A character XML does not allow is read as U+FFFD.
    expect(redactorOf('Lm3\x1bQx7zvKp').redact('text: Lm3\ufffdQx7zvKp')).toBe('text: ***');
  });

  it('as a service reads it from a URL it was put into unencoded (`%5F` → `_`, `+` → space)', () => {
    const red = redactorOf('Qx+7%5Fzv-Lm3');
    expect(red.redact('got Qx+7_zv-Lm3')).toBe('got ***');
    expect(red.redact('got Qx 7_zv-Lm3')).toBe('got ***');
  });

  it('as a service reads it from a URL when a `%XX` in it is not UTF-8 (replaced by U+FFFD)', () => {
    // `%fa` is one byte that no UTF-8 sequence starts with: the service's decoder replaces it
    // and reads the rest of the value as it is.
    const value = 'J7I%fa"uXiOéj\\79X"/ 日j"x';
    const served = new URLSearchParams(`q=${new URL(`http://h/?${value}`).search.slice(1)}`).get('q')!;
    expect(served).toBe('J7I\ufffd"uXiOéj\\79X"/ 日j"x');
    const red = redactorOf(value);
    expect(red.redact(`as is ${served}`)).toBe('as is ***');
    expect(red.redact(`json ${JSON.stringify({ q: served })}`)).toBe('json {"q":"***"}');
    expect(red.redact(`lower ${served.toLowerCase()}`)).toBe('lower ***');
    // Two bytes that start a sequence they do not finish, then a valid one.
    const mixed = 'Qk%e6%97zv%C3%A9Lm-3';
    expect(redactorOf(mixed).redact('got Qk\ufffdzvéLm-3')).toBe('got ***');
  });

  it.each([
    ['a `\\` in a path, read as `/`', 'Ab\\cDefGhij12xyzQ', 'path'],
    ['a `#`, which ends what is sent', 'Qw3rtyU1op#Asdfgh99', 'path'],
    ['a `#` in a query', 'Qw3rtyU1op#Asdfgh99', 'query'],
    ['a `?` in a path, which starts the query', 'Mx7Qp;Rt8Ks=Vn2Wb?Zc0Lk9Jh', 'path'],
    ['an `&` in a query value, which starts another parameter', 'Tr0ub4dor&3Horse5Battery', 'query'],
    ['a tab, which a URL parser drops', 'Pa ss\tW0rdLongEnough9', 'query'],
    ['an `&` before a `#` in a query', 'smeЖQ日D&ß#wP/Жs&éf', 'query'],
    ['a `=` in a second parameter', 'Xy7&Horse9=Battery5Staple', 'query'],
  ])('as a URL parser changes it when put into a URL as it is: %s', (_name, value, where) => {
    const red = redactorOf(value);
    const url = where === 'path' ? new URL(`http://h/p/${value}`) : new URL(`http://h/q?x=${value}`);
    const readBack = [
      url.href,
      url.pathname,
      url.search,
      decodeURIComponent(url.pathname),
      ...[...url.searchParams].flat(),
    ];
    for (const text of readBack) {
      const out = red.redact(`<${text}>`);
      // Nothing of 8 characters of the value (or of a piece of it) is left.
      for (let i = 0; i + 8 <= value.length; i++) expect(out).not.toContain(value.slice(i, i + 8));
    }
  });

  it('a piece of lower-case words (a parameter of a connection string) is not masked on its own', () => {
    const red = redactorOf('postgres://app:S3cret-9x@db:5432/app?sslmode=require&application_name=gate');
    const text = 'with sslmode=require set, application_name is shown; password rules apply';
    expect(red.redact(text)).toBe(text);
    // What a service reads of it, cut at the `?`, still is.
    expect(red.redact('dsn postgres://app:S3cret-9x@db:5432/app')).toBe('dsn ***');
  });

  it('as a URL parser changes it, then with its blanks folded, as a one-line excerpt of an echo shows it', () => {
    const value = 'tY3AkG7jXf\t8U  YA+v';
    const served = new URL(`http://h/q?x=${value}`).searchParams.get('x')!;
    expect(served).toBe('tY3AkG7jXf8U  YA v');
    const red = redactorOf(value);
    expect(red.redact('json {"q":"tY3AkG7jXf8U YA+v"} …')).toBe('json {"q":"***"} …');
    expect(red.redact('echo: tY3AkG7jXf8U YA v …')).toBe('echo: *** …');
    // A piece read on its own, decoded and folded.
    expect(redactorOf('Ab%41c  dEf9Gh&Zx7').redact('got AbAc dEf9Gh')).toBe('got ***');
  });

  it('a value that is a URL: its path, its segments, its userinfo and a host label, as a service echoes them', () => {
    const red = redactorOf(
      'https://hooks.slack.com/services/T0A1B2C3D/B0A1B2C3D/xoxWebhookSecretPath42',
      'https://deploy:Pw-9zz@ci.example.com/hook',
      'https://eo1a2b3c4d5e6f7.m.pipedream.net',
    );
    expect(red.redact('404: no route for /services/T0A1B2C3D/B0A1B2C3D/xoxWebhookSecretPath42')).toBe(
      '404: no route for ***',
    );
    expect(red.redact('bad token xoxWebhookSecretPath42.')).toBe('bad token ***.');
    expect(red.redact('user T0A1B2C3D')).toBe('user ***');
    expect(red.redact('login as deploy with Pw-9zz')).toBe('login as deploy with ***');
    expect(red.redact('getaddrinfo ENOTFOUND eo1a2b3c4d5e6f7.m.pipedream.net')).toBe(
      'getaddrinfo ENOTFOUND ***.m.pipedream.net',
    );
    // Hosts, and paths of lower-case words, say nothing secret: they stay.
    const plain = 'posted to hooks.slack.com /services/ and ci.example.com /hook via pipedream.net';
    expect(red.redact(plain)).toBe(plain);
  });

  it('a case change that changes the length (ß → SS)', () => {
    expect(redactorOf('Straße-Key-42').redact('host STRASSE-KEY-42 down')).toBe('host *** down');
  });

  it('each line of a multi-line value, and the value with either line ending', () => {
    const key = [
      '-----BEGIN KEY-----',
      'MIIEvQIBADANBgkqhkiG9w0B',
      'AQEFAASCBKcwggSjAgEAAoIB',
      '-----END KEY-----',
    ];
    const red = redactorOf(key.join('\n'));
    expect(red.redact(`line: ${key[2]}!`)).toBe('line: ***!');
    expect(red.redact(key.join('\r\n'))).toBe('***');
    expect(red.redact(JSON.stringify(key.join('\n')))).toBe('"***"');
  });

  it('overlapping secrets are masked as one run', () => {
    expect(redactorOf('alpha-Secret-1', 'Secret-1-omega').redact('x alpha-Secret-1-omega y')).toBe('x *** y');
  });

  it('leaves other text alone, and values shorter than 4 are not registered', () => {
    const red = redactorOf('abc', TRICKY);
    expect(red.size).toBe(1);
    expect(red.redact('abc and nothing else')).toBe('abc and nothing else');
  });
});

describe('Redactor: what a cut left of a secret', () => {
  const secret = 'Kp4Wz8RmQx2Tn7Vb5Lc';
  const r = redactorOf(secret);
  it.each([
    ['a prefix at the end of a text', `output: ${secret.slice(0, 9)}`, 'output: ***'],
    ['a prefix before "..."', `"${secret.slice(0, 7)}..."`, '"***..."'],
    [
      'a prefix before exec’s omission marker',
      `${secret.slice(0, 12)}\n… [9 bytes omitted] …\ntail`,
      '***\n… [9 bytes omitted] …\ntail',
    ],
    [
      'a suffix after the omission marker',
      `head\n… [9 bytes omitted] …\n${secret.slice(5)} end`,
      'head\n… [9 bytes omitted] …\n*** end',
    ],
    ['a suffix at the start of a text', `${secret.slice(-10)} and more`, '*** and more'],
    ['a lower-cased prefix', `${secret.slice(0, 10).toLowerCase()}...`, '***...'],
  ])('%s', (_name, text, want) => {
    expect(r.redact(text)).toBe(want);
  });

  it('keeps pieces under 6 characters: too short to tell a secret from ordinary text', () => {
    const token = `ghp_${'Xq7Lm2Pz9Rt4Vw8Yb3Nc6Kd1Hf5Gj0Ts2Ea'}`;
    const red = redactorOf(token, 'AKIAZ7QX3LM2PD8RT4WV');
    expect(red.redact(`GitHub token: ghp_…Ea (40 chars)`)).toBe('GitHub token: ghp_…Ea (40 chars)');
    expect(red.redact('AKIA…WV (20 chars)')).toBe('AKIA…WV (20 chars)');
    expect(r.redact(`ends with ${secret.slice(0, 5)}`)).toBe(`ends with ${secret.slice(0, 5)}`);
  });
});

describe('credentials by shape, registered or not', () => {
  it.each([
    ['https://deploy:hunter2hunter2@git.example.com/x.git', 'https://***@git.example.com/x.git'],
    ['https://ghp_tokenvalue1234@github.com/o/r', 'https://***@github.com/o/r'],
    ['https://u:p@ss@host/x', 'https://***@host/x'],
    ['"url":"https:\\/\\/u:pw123456@h.example\\/x"', '"url":"https:\\/\\/***@h.example\\/x"'],
    ['next=https%3A%2F%2Fu%3Apw123456%40h.example%2Fx', 'next=https%3A%2F%2F***%40h.example%2Fx'],
    ['/x?token=abc123&page=2', '/x?token=***&page=2'],
    ['/x?a=1&private_token=glpat-abc#frag', '/x?a=1&private_token=***#frag'],
    ['/cb#access_token=eyJabc.def&state=1', '/cb#access_token=***&state=1'],
    ['/x?X-Amz-Signature=0a1b2c&X-Amz-Credential=AKIA%2F2024', '/x?X-Amz-Signature=***&X-Amz-Credential=***'],
    ['/x?a=1\\u0026api_key=k3y', '/x?a=1\\u0026api_key=***'],
    ['href="/x?a=1&amp;apikey=k3y"', 'href="/x?a=1&amp;apikey=***"'],
    ['Server=db;User Id=sa;Password=Pa55word!;', 'Server=db;User Id=sa;Password=***;'],
    ['Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.abc', 'Authorization: Bearer ***'],
    ['Authorization: Basic dXNlcjpwYXNzd29yZA==', 'Authorization: Basic ***'],
  ])('%s', (text, want) => {
    expect(maskUrlCredentials(text)).toBe(want);
    expect(new Redactor().redact(text)).toBe(want);
  });

  it.each([
    '/search?monkey=1&keyword=x&keys=2',
    'git@github.com:acme/app.git',
    'Basic checks passed; Bearer tokens expire',
    'see https://example.com/docs?page=2#install',
    'token=***',
  ])('leaves %s as it is', (text) => {
    expect(new Redactor().redact(text)).toBe(text);
  });
});

describe('tokens of a known shape (the secret rules)', () => {
  it('masks tokens the rules know, and every line of a private key block', () => {
    const slack = 'xoxb-7302945816-4829103756-AbCdEfGhIjKlMnOpQrStUvWx';
    expect(maskKnownTokens(`route /hooks/${slack} removed`)).toBe('route /hooks/*** removed');
    const pem =
      '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7x\nQ2v9Lr4sT8\n-----END RSA PRIVATE KEY-----';
    expect(maskKnownTokens(pem)).toBe('-----BEGIN RSA PRIVATE KEY-----***-----END RSA PRIVATE KEY-----');
    expect(maskKnownTokens('-----BEGIN PRIVATE KEY-----\\nMIIEowIBAAKCAQEA7x\\nQ2v9 [cut]')).toBe(
      '-----BEGIN PRIVATE KEY-----*** [cut]',
    );
    expect(knownTokenSpans('nothing secret in this line\nnor in this one')).toEqual([]);
  });

  it('finds in a text of many lines what it finds in each line on its own', () => {
    const slack = 'xoxb-7302945816-4829103756-AbCdEfGhIjKlMnOpQrStUvWx';
    const npm = 'npm_Z8kQ2mV7xL4pR9tW3nB6cY1dF5gH0jK2sA8e';
    const lines = [
      '{"file":"src/routes/a.ts","method":"GET","path":"/api/v1/items/:id","line":3},',
      `{"path":"/hooks/${slack}"},`,
      `registry token ${npm}`,
      'plain text with no keyword at all',
      '',
    ];
    let seed = 5;
    const next = () => (seed = (seed * 1103515245 + 12345) >>> 0);
    for (let i = 0; i < 300; i++) {
      const picked = Array.from({ length: 1 + (next() % 6) }, () => lines[next() % lines.length]!);
      const text = picked.join('\n');
      const expected: [number, number][] = [];
      let at = 0;
      for (const line of picked) {
        for (const [s, e] of knownTokenSpans(line)) expected.push([at + s, at + e]);
        at += line.length + 1;
      }
      expect(knownTokenSpans(text), JSON.stringify(text)).toEqual(expected);
    }
    // Appended to the list given, after what it held.
    const out: [number, number][] = [[0, 1]];
    expect(knownTokenSpans(`x ${npm}`, out)).toBe(out);
    expect(out).toEqual([
      [0, 1],
      [2, 2 + npm.length],
    ]);
  });

  it('runs in a Redactor given the rules as a shape', () => {
    const r = new Redactor({ shapes: [knownTokenSpans] });
    expect(r.redact('npm token npm_Z8kQ2mV7xL4pR9tW3nB6cY1dF5gH0jK2sA8e in .npmrc')).toBe(
      'npm token *** in .npmrc',
    );
  });
});

describe('Redactor.redactDeep and redactBytes', () => {
  it('redacts object keys too, keeps keys that redact alike apart, and never touches prototypes', () => {
    const r = redactorOf('tq8Zv3LmW9xPc2Kd');
    const out = r.redactDeep(
      JSON.parse(
        '{"latency.http://h/?token=tq8Zv3LmW9xPc2Kd": 1, "latency.http://h/?token=other": 2, "__proto__": {"polluted": true}, "list": ["tq8Zv3LmW9xPc2Kd"]}',
      ) as Record<string, unknown>,
    );
    expect(Object.keys(out)).toEqual([
      'latency.http://h/?token=***',
      'latency.http://h/?token=*** (2)',
      '__proto__',
      'list',
    ]);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(out.list).toEqual(['***']);
  });

  it('masks the UTF-8 bytes of a secret inside binary data, and returns unchanged data as is', () => {
    const r = redactorOf('Zq8vÉtéKey-42');
    const bin = Buffer.concat([
      Buffer.from([0xff, 0xfe, 0x00]),
      Buffer.from('Zq8vÉtéKey-42', 'utf8'),
      Buffer.from([0x80]),
    ]);
    const out = Buffer.from(r.redactBytes(bin));
    expect(out.includes(Buffer.from('Zq8vÉtéKey-42', 'utf8'))).toBe(false);
    expect(out.includes(Buffer.from('***'))).toBe(true);
    const plain = Buffer.from('nothing here');
    expect(r.redactBytes(plain)).toBe(plain);
  });
});
