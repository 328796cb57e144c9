import { createServer, type Server } from 'node:http';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where a test file asks for the run's Azurite (`sharedAzurite()`, __tests__/e2e/harness). */
    azuriteBroker: string;
  }
}

/**
 * Answers every request with the blob endpoint of one Azurite, started by the first request and
 * shared by all that follow or arrive meanwhile. A start that fails is answered with its reason,
 * and the next request tries again.
 */
export async function azuriteBroker(
  start: () => Promise<{ blobUrl: string; close(): Promise<void> }>,
): Promise<{ url: string; close(): Promise<void> }> {
  let started: ReturnType<typeof start> | undefined;
  const server: Server = createServer((_req, res) => {
    started ??= start();
    const attempt = started;
    attempt.then(
      ({ blobUrl }) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ blobUrl }));
      },
      (err: unknown) => {
        if (started === attempt) started = undefined;
        res.statusCode = 500;
        res.end(err instanceof Error ? err.message : String(err));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await (await started?.catch(() => undefined))?.close();
    },
  };
}

/**
 * Once per test run: one Azurite for every test file that needs a blob store, instead of one per
 * file (a start costs about a second of CPU). It is started when a file first asks, so a run of
 * files that need none never starts it, and stopped when the run ends.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const broker = await azuriteBroker(async () => (await import('../e2e/harness/azurite.js')).startAzurite());
  project.provide('azuriteBroker', broker.url);
  return broker.close;
}
