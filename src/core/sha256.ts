import { createRequire } from 'node:module';

type Crypto = typeof import('node:crypto');

// Loaded on first use, through require: a scan thread loads the secret rules and the redactor's
// helpers but hashes only once it has found something, and node:crypto with its key, cipher and
// certificate modules would otherwise add to every thread's start.
const load = createRequire(import.meta.url);
let crypto: Crypto | undefined;

/** The SHA-256 digest of `data` (text as UTF-8), in `encoding`. */
export function sha256(data: string | Uint8Array, encoding: 'hex' | 'base64'): string {
  crypto ??= load('node:crypto') as Crypto;
  return crypto.createHash('sha256').update(data).digest(encoding);
}
