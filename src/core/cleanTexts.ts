import { sha256 } from './sha256.js';

/**
 * What the redactor found nothing to mask in, with how many registered values it looked for
 * then. The same text comes by again and again — a check's result, the report built from it,
 * the sealed report; evidence when it is written, then when the bundle is sealed — and what was
 * clean with every value registered now is clean again. What was clean with fewer of them needs
 * only the values registered since: the shapes and credentials looked for never change.
 *
 * Texts are kept as themselves, up to a length; file bytes by their digest, and for JSON also
 * whether every string in it was clean on its own. The memory is bounded: when one generation of
 * entries is full it becomes the old one and the one before it is dropped, so what keeps coming
 * by stays.
 */

/** Texts shorter than this cost less to look through than to look up. */
const MIN_TEXT = 8;
/** Longer texts are not kept: they are seldom redacted twice, except as file bytes. */
const MAX_TEXT = 1 << 16;
/** Characters of texts held in one generation. */
const TEXT_BUDGET = 1 << 23;
/** Entries held in one generation. */
const TEXT_ENTRIES = 1 << 17;
const BYTES_ENTRIES = 1 << 12;

class Generations<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();
  private weight = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxWeight: number,
  ) {}

  get(key: string, weight: number): V | undefined {
    const young = this.young.get(key);
    if (young !== undefined) return young;
    const old = this.old.get(key);
    if (old !== undefined) this.set(key, old, weight);
    return old;
  }

  set(key: string, value: V, weight: number): void {
    if (!this.young.has(key)) {
      if (this.young.size >= this.maxEntries || this.weight + weight > this.maxWeight) {
        this.old = this.young;
        this.young = new Map();
        this.weight = 0;
      }
      this.weight += weight;
    }
    this.young.set(key, value);
  }
}

/** Bytes found clean: as text with `text` values; for JSON, each string on its own with `json`. */
export interface CleanBytes {
  text?: number;
  json?: number;
}

export class CleanTexts {
  private readonly texts = new Generations<number>(TEXT_ENTRIES, TEXT_BUDGET);
  private readonly files = new Generations<CleanBytes>(BYTES_ENTRIES, Infinity);

  /** Whether `text` is kept when found clean. */
  static keeps(text: string): boolean {
    return text.length >= MIN_TEXT && text.length <= MAX_TEXT;
  }

  /** How many values `text` was found clean with, if it was (and is kept). */
  text(text: string): number | undefined {
    return this.texts.get(text, text.length);
  }

  cleanText(text: string, values: number): void {
    this.texts.set(text, values, text.length);
  }

  /** The key of some bytes: their SHA-256 digest. */
  static keyOf(bytes: Uint8Array): string {
    return sha256(bytes, 'base64');
  }

  /** How many values the bytes of `key` were found clean with, if they were. */
  bytes(key: string): CleanBytes | undefined {
    return this.files.get(key, 1);
  }

  cleanBytes(key: string, clean: CleanBytes): void {
    this.files.set(key, clean, 1);
  }
}
