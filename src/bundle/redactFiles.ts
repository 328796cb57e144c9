import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Redactor } from '../core/redact.js';

/**
 * The last redaction pass, run when every check has ended and the secret set can no longer
 * grow: every file under the output directory is redacted again with all of it, so evidence
 * written before a later check registered a secret (the secrets scan, the env check) is masked
 * too. JSON is redacted value by value — a value cut short ends its own string, where the piece
 * of a secret the cut left is recognised — and rewritten only when something was masked.
 * Returns the files that changed.
 */
export async function redactFiles(
  dir: string,
  files: readonly string[],
  redactor: Redactor,
): Promise<string[]> {
  const changed: string[] = [];
  for (const rel of files) {
    const abs = path.join(dir, ...rel.split('/'));
    const data = await readFile(abs);
    // The bytes are redacted as well: JSON.parse keeps one of two equal keys, and the other must
    // not survive unseen.
    const json = rel.endsWith('.json') ? redactor.redactJsonBytes(data) : undefined;
    const out = redactor.redactBytes(json ?? data);
    if (out === data) continue;
    await writeFile(abs, out);
    changed.push(rel);
  }
  return changed;
}
