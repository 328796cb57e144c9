import type { Ecosystem } from './types.js';

const PRE = ['dev', 'alpha', 'a', 'beta', 'b', 'pre', 'preview', 'rc', 'c'];

function tokens(v: string): (number | string)[] {
  const core = v
    .trim()
    .replace(/^[v=]+/i, '')
    .split('+')[0]!;
  return (core.match(/\d+|[A-Za-z]+/g) ?? []).map((t) => (/^\d+$/.test(t) ? Number(t) : t.toLowerCase()));
}

/**
 * A version of numbers only (`1.2.3`), what nearly every lockfile entry holds, each short enough
 * to read exactly digit by digit: ordered in place, without taking it apart into tokens.
 */
const PLAIN = /^\d{1,15}(?:\.\d{1,15})*$/;

/** The number of a plain version starting at `at`, and where it ends. */
function numberAt(v: string, at: number): [number, number] {
  let n = 0;
  let i = at;
  for (; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 0x2e /* . */) break;
    n = n * 10 + (c - 0x30);
  }
  return [n, i];
}

/** `compareVersions` of two plain versions: number by number, a missing one below any. */
function comparePlain(a: string, b: string): number {
  let i = 0;
  let j = 0;
  for (;;) {
    if (i >= a.length) return j >= b.length ? 0 : -1;
    if (j >= b.length) return 1;
    const [x, ni] = numberAt(a, i);
    const [y, nj] = numberAt(b, j);
    if (x !== y) return x < y ? -1 : 1;
    i = ni + 1;
    j = nj + 1;
  }
}

/**
 * Orders versions of every ecosystem read here well enough to tell an upgrade from a downgrade:
 * numeric parts numerically, pre-releases (dev, alpha, beta, rc) before the release, post-releases
 * after it; build metadata ignored. Semver, PEP 440, Go and Ruby versions all fit.
 */
export function compareVersions(a: string, b: string): number {
  if (PLAIN.test(a) && PLAIN.test(b)) return comparePlain(a, b);
  const x = tokens(a);
  const y = tokens(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const p = x[i];
    const q = y[i];
    if (p === q) continue;
    if (p === undefined) return typeof q === 'string' && PRE.includes(q) ? 1 : -1;
    if (q === undefined) return typeof p === 'string' && PRE.includes(p) ? -1 : 1;
    if (typeof p === 'number' && typeof q === 'number') return p < q ? -1 : 1;
    if (typeof p === 'number') return 1;
    if (typeof q === 'number') return -1;
    const ip = PRE.indexOf(p);
    const iq = PRE.indexOf(q);
    if (ip !== -1 && iq !== -1) return ip < iq ? -1 : 1;
    return p < q ? -1 : 1;
  }
  return 0;
}

/**
 * The version a requirement starts from, to order two requirements: the highest lower bound
 * (`>=0.141,<1.0` → `0.141`, `^1.2.3` → `1.2.3`); upper bounds and exclusions only when there
 * is nothing else.
 */
export function firstVersion(spec: string): string | undefined {
  // A plain version (what lockfiles hold) is its own start.
  if (/^v?\d+(?:\.\d+)*$/.test(spec)) return spec;
  const version = (s: string) => /\d+(?:\.\d+)*(?:[-.]?[A-Za-z]+\d*)?/.exec(s)?.[0];
  // `a || b`: the lowest start of the alternatives.
  const alternatives = spec.split('||').map((alt) => {
    const lower = alt
      .split(/,|\s+(?=[<>=!~^])/)
      .map((p) => p.trim())
      .filter((p) => p && !/^(?:<|!=)/.test(p))
      .map(version)
      .filter((v): v is string => v !== undefined);
    return lower.length ? lower.reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b)) : version(alt);
  });
  const found = alternatives.filter((v): v is string => v !== undefined);
  return found.length ? found.reduce((a, b) => (compareVersions(a, b) <= 0 ? a : b)) : undefined;
}

const SHA = /[0-9a-f]{40}/i;

/** Whether a declared requirement names exactly one version (or an immutable source). */
export function isPinned(ecosystem: Ecosystem, spec: string): boolean {
  const s = spec.trim();
  switch (ecosystem) {
    case 'npm': {
      if (/^(?:file|link|workspace|portal):/.test(s)) return true;
      if (/^(?:git|github|https?):|\.git|^[\w-]+\/[\w.-]+(?:#|$)/.test(s))
        return SHA.test(s.split('#')[1] ?? '');
      const v = s.startsWith('npm:') ? s.slice(s.lastIndexOf('@') + 1) : s;
      return /^=?v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(v);
    }
    case 'pypi':
      if (s.startsWith('@')) return SHA.test(s);
      // `==1.2.3` or `===1.2.3` alone; Poetry's bare `1.2.3` is exact too.
      return /^(?:===?\s*)?v?\d+(?:\.\d+)*(?:[A-Za-z0-9.+-]*)$/.test(s) && !s.includes('*');
    case 'go':
      return true;
    case 'cargo':
      if (/^(?:path|workspace)\b/.test(s)) return true;
      if (/^git\b/.test(s)) return SHA.test(s);
      // A bare "1.2.3" in Cargo means ^1.2.3; only "=1.2.3" is exact.
      return /^=\s*\d+\.\d+\.\d+/.test(s);
    case 'rubygems':
      return /^=\s*\d/.test(s) || /^\d+(?:\.\d+)*$/.test(s);
  }
}

/**
 * Whether an upgrade crosses a major version: the first number grows, or, below 1.0, the
 * second (a 0.x minor may break, as Cargo's and npm's caret ranges assume).
 */
export function crossesMajor(from: string, to: string): boolean {
  if (PLAIN.test(from) && PLAIN.test(to)) {
    const [x0, i] = numberAt(from, 0);
    const [y0, j] = numberAt(to, 0);
    if (y0 !== x0) return y0 > x0;
    return (
      x0 === 0 &&
      (j < to.length ? numberAt(to, j + 1)[0] : 0) > (i < from.length ? numberAt(from, i + 1)[0] : 0)
    );
  }
  if (/[:/#]/.test(from) || /[:/#]/.test(to)) return false;
  const a = firstVersion(from);
  const b = firstVersion(to);
  if (!a || !b) return false;
  const x = (a.match(/\d+/g) ?? []).map(Number);
  const y = (b.match(/\d+/g) ?? []).map(Number);
  const [x0 = 0, x1 = 0] = x;
  const [y0 = 0, y1 = 0] = y;
  if (y0 !== x0) return y0 > x0;
  return x0 === 0 && y1 > x1;
}
