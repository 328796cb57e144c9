import type { Redactor } from '../core/redact.js';

/**
 * The last redaction pass, run when every check has ended and the secret set can no longer
 * grow: every file under the output directory is redacted again with all of it, so evidence
 * written before a later check registered a secret (the secrets scan, the env check) is masked
 * too. JSON is redacted value by value — a value cut short ends its own string, where the piece
 * of a secret the cut left is recognised. Returns `data` itself when nothing was masked, so a
 * clean file is not written again.
 */
export function redactFileBytes(rel: string, data: Buffer, redactor: Redactor): Buffer | Uint8Array {
  // The bytes are redacted as well: JSON.parse keeps one of two equal keys, and the other must
  // not survive unseen.
  const json = rel.endsWith('.json') ? redactor.redactJsonBytes(data) : undefined;
  return redactor.redactBytes(json ?? data);
}
