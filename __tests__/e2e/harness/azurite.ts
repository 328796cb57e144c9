import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { inject } from 'vitest';
import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential,
} from '@azure/storage-blob';

/**
 * A real Azure blob store (Azurite) on 127.0.0.1, in memory. It runs as a child process that
 * exits when this process's pipe to it closes, so a crashed test never leaves it behind.
 */

const require = createRequire(import.meta.url);

/** Azurite's well-known development account. */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
export const AZURITE_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface Azurite {
  /** Blob endpoint, e.g. http://127.0.0.1:41234/devstoreaccount1 */
  blobUrl: string;
  service: BlobServiceClient;
  /** A URL to `container/blob` signed with the given permissions (`r`, `cw`…), valid for an hour. */
  sasUrl(container: string, blob: string, permissions: string): string;
  readBlob(container: string, blob: string): Promise<Buffer>;
  listBlobs(container: string): Promise<{ name: string; size: number }[]>;
  close(): Promise<void>;
}

/** Dies with its parent: exits when stdin closes (the parent exited or closed the pipe). */
const WATCHDOG = `process.stdin.on('end', () => process.exit(0)); process.stdin.on('error', () => process.exit(0)); process.stdin.resume();`;

export async function startAzurite(opts: { node?: string; readyTimeoutMs?: number } = {}): Promise<Azurite> {
  const main = path.join(path.dirname(require.resolve('azurite/package.json')), 'dist/src/blob/main.js');
  const child: ChildProcess = spawn(
    opts.node ?? process.execPath,
    [
      '--eval',
      `${WATCHDOG} require(${JSON.stringify(main)});`,
      main,
      '--silent',
      '--disableTelemetry',
      '--skipApiVersionCheck',
      '--inMemoryPersistence',
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      '0',
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let log = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Azurite did not start within ${opts.readyTimeoutMs ?? 20_000} ms:\n${log}`)),
      opts.readyTimeoutMs ?? 20_000,
    );
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const m = /successfully listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Azurite exited (${code}) before it was ready:\n${log}`));
    });
  });
  child.stdout!.removeAllListeners('data');
  child.stdout!.resume();
  child.stderr!.resume();
  // The test process may end without calling close(): the pipe closing ends Azurite.
  child.unref();
  (child.stdin as unknown as { unref?: () => void }).unref?.();
  (child.stdout as unknown as { unref?: () => void }).unref?.();
  (child.stderr as unknown as { unref?: () => void }).unref?.();

  return connectAzurite(
    `http://127.0.0.1:${port}/${AZURITE_ACCOUNT}`,
    () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin!.end();
        child.kill('SIGTERM');
      }),
  );
}

/** The clients of an Azurite already listening at `blobUrl`; `close` is how it is stopped. */
function connectAzurite(blobUrl: string, close: () => Promise<void>): Azurite {
  const credential = new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY);
  const service = new BlobServiceClient(blobUrl, credential);
  return {
    blobUrl,
    service,
    sasUrl(container, blob, permissions) {
      const sas = generateBlobSASQueryParameters(
        {
          containerName: container,
          blobName: blob,
          permissions: BlobSASPermissions.parse(permissions),
          startsOn: new Date(Date.now() - 60_000),
          expiresOn: new Date(Date.now() + 3600_000),
        },
        credential,
      ).toString();
      return `${blobUrl}/${container}/${blob.split('/').map(encodeURIComponent).join('/')}?${sas}`;
    },
    async readBlob(container, blob) {
      return service.getContainerClient(container).getBlobClient(blob).downloadToBuffer();
    },
    async listBlobs(container) {
      const out: { name: string; size: number }[] = [];
      for await (const b of service.getContainerClient(container).listBlobsFlat())
        out.push({ name: b.name, size: b.properties.contentLength ?? 0 });
      return out;
    },
    close,
  };
}

let shared: Promise<Azurite> | undefined;

/**
 * The run's Azurite, which every test file shares: started once, by the run's setup
 * (__tests__/setup/azurite.ts), when a file first asks for it (a start costs about a second of
 * CPU). Each file's fake results service keeps its artifacts under the ids of its own runs, so
 * the files do not see each other's blobs. It lasts as long as the run: `close()` does nothing.
 * Without that setup (a run with another config), the worker starts one of its own.
 */
export function sharedAzurite(): Promise<Azurite> {
  shared ??= (async () => {
    const broker = inject('azuriteBroker');
    if (broker === undefined) return { ...(await startAzurite()), close: async () => {} };
    const res = await fetch(broker);
    if (!res.ok) throw new Error(`the run's Azurite did not start: ${await res.text()}`);
    const { blobUrl } = (await res.json()) as { blobUrl: string };
    return connectAzurite(blobUrl, async () => {});
  })();
  // A start that failed is not remembered: the next file asks again.
  shared.catch(() => (shared = undefined));
  return shared;
}
