import { describe, expect, it } from 'vitest';
import type { DiffVisitor } from '../../src/change/types.js';
import { KeywordMatcher } from '../../src/core/keywords.js';
import { tempDir } from '../helpers/fs.js';
import { commit, makeRepo, source } from './repo.js';

describe('keywords found in text', () => {
  it('names every keyword at every place it ends, overlapping and inside one another, ignoring case', () => {
    const words = ['he', 'she', 'his', 'hers', 'key', 'keys', 'sk-', 'k'];
    const m = new KeywordMatcher(words);
    const letters = ['h', 'e', 's', 'r', 'i', 'k', 'y', '-', 'H', 'E', 'S', 'K', 'x', 'é'];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) >>> 0) % letters.length;
    for (let i = 0; i < 2000; i++) {
      let text = '';
      for (let k = next() % 12; k >= 0; k--) text += letters[next()];
      const expected: string[] = [];
      const lower = text.toLowerCase();
      for (let end = 1; end <= lower.length; end++)
        words.forEach((w, wi) => {
          if (end >= w.length && lower.slice(end - w.length, end) === w) expected.push(`${wi}@${end}`);
        });
      const n = m.find(text);
      const got: string[] = [];
      for (let k = 0; k < n; k++) got.push(`${m.found[2 * k]}@${m.found[2 * k + 1]}`);
      const order = (a: string[]) => [...a].sort();
      expect(order(got), JSON.stringify(text)).toEqual(order(expected));
    }
  });
});

describe('keywords found in bytes', () => {
  it('answers as the search of the decoded text does, whatever the characters around them', () => {
    const m = new KeywordMatcher(['token', '://', 'sk-', 'begin']);
    const pieces = [
      'Token',
      'tok',
      'en',
      ':/',
      '/',
      'SK-',
      's',
      'k',
      '-',
      'é',
      '€',
      '🔑',
      'Ω',
      ' ',
      '\r',
      'x',
      'BEG',
      'in',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) >>> 0) % pieces.length;
    for (let i = 0; i < 3000; i++) {
      let text = '';
      for (let k = next() % 9; k >= 0; k--) text += pieces[next()];
      // As a line among others, undecoded: its end when it holds no keyword, -1 when it holds one.
      const bytes = Buffer.from(`#${text}\n#k\n`);
      const end = Buffer.byteLength(`#${text}`);
      expect(m.lineEnd(bytes, 1), JSON.stringify(text)).toBe(m.find(text) > 0 ? -1 : end);
      // The same question of a string, as it is asked of a whole output.
      expect(m.any(text), JSON.stringify(text)).toBe(m.find(text) > 0);
    }
  });

  it('looks at one line: a keyword on the next line, or cut by a line break, is not in it', () => {
    const m = new KeywordMatcher(['token']);
    const bytes = Buffer.from('tok\nen token\nplain\n');
    expect(m.lineEnd(bytes, 0)).toBe(3);
    expect(m.lineEnd(bytes, 4)).toBe(-1);
    expect(m.lineEnd(bytes, 13)).toBe(18);
    // A line that does not end here is not answered for: its end is not known.
    expect(m.lineEnd(Buffer.from('no end'), 0)).toBe(-1);
  });
});

/** A visitor that reads only lines holding "needle", and the two lines after a "begin". */
function picky() {
  const seen: string[] = [];
  let after = 0;
  const visitor: DiffVisitor = {
    keywords: ['needle', 'begin'],
    wantsNext: () => after > 0,
    added(file, line, text) {
      if (after > 0) after--;
      if (/begin/i.test(text)) after = 2;
      seen.push(`${file}:${line}:${text}`);
    },
  };
  return { visitor, seen };
}

describe('a scan for keywords', () => {
  it('hands a visitor every line that holds one, numbered and counted as when every line is read', async () => {
    const dir = await tempDir();
    const filler = (n: number, tag: string) =>
      Array.from({ length: n }, (_, i) => `${tag} line ${i} — déjà vu ✓ plain text`).join('\n');
    const base = await makeRepo(dir, {
      'a.txt': `${filler(3000, 'old')}\n`,
      'crlf.txt': 'one\r\ntwo\r\n',
      'skip/me.txt': 'x\n',
    });
    // Spread over many pipe reads: lines cross chunk boundaries, keywords sit beside multi-byte text.
    const head = await commit(dir, {
      'a.txt': `${filler(1500, 'old')}\nthe NEEDLE é\n${filler(20000, 'new')}\n€needle€\nBEGIN block\nbody one\nbody two\nbody three\n${filler(1499, 'old')}\n`,
      'crlf.txt': 'one\r\nNeedle here\r\ntwo\r\n',
      'skip/me.txt': 'x\nneedle in a skipped file\n',
      'big.txt': `${'needle '.repeat(40_000)}\n${filler(100, 'tail')}\n`,
    });
    const all: string[] = [];
    const every: DiffVisitor = { added: (f, l, t) => void all.push(`${f}:${l}:${t}`) };
    const wanted = picky();
    const skipping: DiffVisitor = { ...wanted.visitor, file: (h) => h.path !== 'skip/me.txt' };
    const change = source(dir, { base, head, maxLineBytes: 64 * 1024 });
    const [withKeywords, withoutKeywords] = await Promise.all([
      source(dir, { base, head, maxLineBytes: 64 * 1024 }).scan(skipping),
      change.scan(every),
    ]);
    // The picky visitor saw every line a reader of every line would pick for it, and few others
    // (a line that crosses two reads of the pipe is decoded whole, and handed over).
    const expected = all.filter(
      (l, i) => /needle|begin/i.test(l) || /begin/i.test(all[i - 1] ?? '') || /begin/i.test(all[i - 2] ?? ''),
    );
    const everyLine = new Set(all);
    const picked = new Set(expected);
    expect(wanted.seen.filter((l) => picked.has(l))).toEqual(expected.filter((l) => !l.startsWith('skip/')));
    expect(wanted.seen.filter((l) => !everyLine.has(l))).toEqual([]);
    expect(wanted.seen.length).toBeLessThan(all.length / 50);
    expect(wanted.seen).toContain('a.txt:21502:€needle€');
    expect(wanted.seen).toContain('a.txt:21505:body two');
    expect(wanted.seen).not.toContain('a.txt:21506:body three');
    expect(wanted.seen).toContain('crlf.txt:2:Needle here');
    expect(withKeywords).toEqual(withoutKeywords);
    // Sharing a stream with a visitor that reads every line, it still sees only its own.
    const again = picky();
    const shared = source(dir, { base, head, maxLineBytes: 64 * 1024 });
    const seenAll: string[] = [];
    await Promise.all([
      shared.scan(again.visitor),
      shared.scan({ added: (f, l, t) => void seenAll.push(`${f}:${l}:${t}`) }),
    ]);
    expect(seenAll).toHaveLength(all.length);
    expect(again.seen.filter((l) => picked.has(l))).toEqual(expected);
  });
});
