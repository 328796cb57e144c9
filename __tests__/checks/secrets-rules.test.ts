import { describe, expect, it, vi } from 'vitest';
import { secretName } from '../../src/checks/secrets/names.js';
import { RULES } from '../../src/checks/secrets/rules.js';
import { type SecretHit, SecretScanner } from '../../src/checks/secrets/scanner.js';
import { compileCustom } from '../../src/checks/secrets/portable.js';
import { maskKnownTokens } from '../../src/checks/secrets/shapes.js';
import { expandTemplate } from '../../src/checks/secrets/template.js';
import { hasTypedRun, isName, plausibleValue } from '../../src/checks/secrets/values.js';
import { Planter } from '../change/plant.js';

/** Fills an example's `{a36}`-style runs with seeded random characters no decoy filter trips on. */
function expand(template: string, seed: number): string {
  const p = new Planter(seed);
  return expandTemplate(template, (alphabet, n) => {
    for (;;) {
      const s = p.chars(n, alphabet);
      if (!hasTypedRun(s, 4)) return s;
    }
  });
}

function scanLine(text: string): SecretHit[] {
  const hits: SecretHit[] = [];
  const scanner = new SecretScanner({ rules: RULES, minEntropy: 3 }, (h) => void hits.push(h));
  text.split('\n').forEach((line, i) => scanner.line('example.txt', i + 1, line, 0));
  scanner.flush();
  return hits;
}

describe('the secret rule table', () => {
  it('gives every row an id, a title, a source, lower-case keywords and both examples', () => {
    for (const r of RULES) {
      expect(r.id, r.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(r.title.length, r.id).toBeGreaterThan(3);
      expect(r.source?.length ?? 0, `${r.id}: source`).toBeGreaterThan(5);
      expect(r.keywords.length, `${r.id}: keywords`).toBeGreaterThan(0);
      for (const k of r.keywords) expect(k, r.id).toBe(k.toLowerCase());
      expect(r.examples?.hit, `${r.id}: examples`).toBeDefined();
      expect(r.examples?.miss, `${r.id}: examples`).toBeDefined();
    }
  });

  it.each(RULES.map((r, i) => [`${r.id} #${i}`, r, i] as const))(
    '%s reports its example, masks it in outputs, and reports nothing of its near miss',
    (_name, r, i) => {
      const hit = expand(r.examples!.hit, 1000 + i);
      const found = scanLine(hit);
      expect(
        found.map((h) => h.rule),
        hit,
      ).toContain(r.id);
      const own = found.find((h) => h.rule === r.id)!;
      expect(hit).toContain(own.secret);
      // The redaction of every output learns the shape from the same table.
      expect(maskKnownTokens(hit)).not.toContain(own.secret);

      const miss = expand(r.examples!.miss, 2000 + i);
      expect(
        scanLine(miss).map((h) => `${h.rule}: ${h.secret}`),
        miss,
      ).toEqual([]);
    },
  );
});

describe('value and name judgements', () => {
  const p = new Planter(77);
  const hex = (n: number) => p.chars(n, '0123456789abcdef');

  it('takes a word-like password for a password, and stand-ins for none', () => {
    const password = (v: string, user?: string) =>
      plausibleValue(v, { kind: 'password', entropy: 3, ...(user ? { user } : {}) });
    expect(password('S3cr3tPassw0rd')).toBe(true);
    expect(password(`Tr0ub4dor&${p.chars(4)}`)).toBe(true);
    for (const v of ['password', 'changeme', 'mysecretpassword', 'root_pass', 'admin123!', 'SuperSecret2024'])
      expect(password(v), v).toBe(false);
    for (const v of ['${DB_PASS}', '<password>', '{password}', 'example', 'YourStrong!Passw0rd'])
      expect(password(v), v).toBe(false);
    expect(password('guestGuest01', 'guestGuest01')).toBe(false);
  });

  it('never takes a token with a known prefix for a name', () => {
    const known = /^(?:dop_v1_|key-|shpat_)/;
    for (const v of [`dop_v1_${hex(64)}`, `key-${hex(32)}`, `shpat_${hex(32)}`]) {
      expect(isName(v, known), v).toBe(false);
      expect(isName(v), v).toBe(false);
    }
    for (const v of [
      'my-app-credentials',
      'test-secret-key-for-fixtures',
      'key-rotation-policy',
      'DB_PASSWORD',
      'sessionSecret',
    ])
      expect(isName(v, known), v).toBe(true);
  });

  it('knows the credential names of services, and look-alikes that are not', () => {
    for (const n of [
      'DD_APP_KEY',
      'DD_API_KEY',
      'ALGOLIA_ADMIN_KEY',
      'mapboxKey',
      'AZURE_DEVOPS_PAT',
      'LICENSE_KEY',
    ])
      expect(secretName(n), n).toBe(true);
    for (const n of [
      'ATTR_MESSAGING_GCP_PUBSUB_MESSAGE_ORDERING_KEY',
      'STRIPE_PUBLISHABLE_KEY',
      'HEX_PAT',
      'withCredentials',
      'csrf_token',
      'primary_key',
      'next_page_token',
    ])
      expect(secretName(n), n).toBe(false);
  });
});

describe('matching a line', () => {
  const lines = [
    'const password = getToken("api_key_value"); // the secret handling of the login form',
    `aws_secret_access_key = "${'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY'.replace('EXAMPLE', 'Q9x2Z')}"`,
  ];

  it('runs each rule without copying its pattern, line after line', () => {
    // matchAll makes a new RegExp on every call: on code that names passwords and tokens on
    // every line, that cost more than the matching itself.
    const hits: SecretHit[] = [];
    const scanner = new SecretScanner({ rules: RULES, minEntropy: 3 }, (h) => void hits.push(h));
    const copies = vi.spyOn(RegExp.prototype, Symbol.matchAll);
    try {
      for (let i = 0; i < 50; i++)
        for (const [k, l] of lines.entries()) scanner.line('a.ts', i * 2 + k + 1, l, 0);
      scanner.flush();
      expect(hits.some((h) => h.secret.startsWith('wJalrXUtnFEMI'))).toBe(true);
      expect(copies).not.toHaveBeenCalled();
    } finally {
      copies.mockRestore();
    }
  });

  it('keeps its place in a line whatever another scanner of the same rules does meanwhile', () => {
    const [first, second, other] = [7, 8, 9].map((seed) => expand('ghp_{a36}', seed)) as [
      string,
      string,
      string,
    ];
    const line = `a = "${first}"; b = "${second}"`;
    // A second scanner stops in the middle of a longer line: its hit handler fails.
    const inner = new SecretScanner({ rules: RULES, minEntropy: 3 }, () => {
      throw new Error('handler failed');
    });
    const found: string[] = [];
    const outer = new SecretScanner({ rules: RULES, minEntropy: 3 }, (h) => {
      found.push(h.secret);
      try {
        inner.line('b.ts', 1, `${' '.repeat(200)}c = "${other}"`, 0);
      } catch {
        // Its failure is its own.
      }
    });
    outer.line('a.ts', 1, line, 0);
    expect(found).toEqual([first, second]);
  });

  it('finds every match of a rule that may match nothing, and ends', () => {
    const rule = compileCustom({ id: 'ticket', pattern: String.raw`(?<secret>(?:tkt_[a-z0-9]{12})?)` });
    const hits: SecretHit[] = [];
    const scanner = new SecretScanner({ rules: [rule], minEntropy: 0 }, (h) => void hits.push(h));
    scanner.line('a.ts', 1, 'first tkt_a1b2c3d4e5f6 then tkt_z9y8x7w6v5u4 — é😀 end', 0);
    scanner.flush();
    expect(hits.map((h) => h.secret)).toEqual(['tkt_a1b2c3d4e5f6', 'tkt_z9y8x7w6v5u4']);
  });

  it('steps over a whole character after an empty match of a unicode pattern', () => {
    const rule = {
      ...compileCustom({ id: 'emoji', pattern: 'x' }),
      pattern: /(?<secret>(?:\p{Extended_Pictographic}{2}k[a-z0-9]{10})?)/gu,
    };
    const hits: SecretHit[] = [];
    const scanner = new SecretScanner({ rules: [rule], minEntropy: 0 }, (h) => void hits.push(h));
    scanner.line('a.ts', 1, '😀😀ka1b2c3d4e5 and 😀😀kz9y8x7w6v5', 0);
    scanner.flush();
    expect(hits.map((h) => h.secret)).toEqual(['😀😀ka1b2c3d4e5', '😀😀kz9y8x7w6v5']);
  });
});
