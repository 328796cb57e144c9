import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo, connect } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface TestServer {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  url: string;
  port: number;
  seen: SeenRequest[];
  /** Requests being handled right now, and the most there ever were at once. */
  inFlight: number;
  maxInFlight: number;
  close(): Promise<void>;
}

const open = new Set<Server>();

function stop(server: Server): Promise<void> {
  open.delete(server);
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** A real HTTP server on 127.0.0.1, on a port the OS picks. */
export async function startServer(handler: Handler): Promise<TestServer> {
  const state = { inFlight: 0, maxInFlight: 0 };
  const seen: SeenRequest[] = [];
  const server = createServer((req, res) => {
    state.inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
    let done = false;
    const finished = () => {
      if (!done) state.inFlight--;
      done = true;
    };
    res.on('close', finished);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      handler(req, res, body);
    });
  });
  open.add(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    seen,
    get inFlight() {
      return state.inFlight;
    },
    get maxInFlight() {
      return state.maxInFlight;
    },
    close: () => stop(server),
  };
}

/**
 * A port on 127.0.0.1 that refuses connections, and stays closed while the suite runs. A port
 * freed from the range the system hands out for `listen(0)` does not: the next server of any
 * test may be given it, and a check meant to find nothing there then finds that server. So the
 * port is taken below that range (Linux: 32768 and up; BSD and macOS: 49152), where no test's
 * server ever lands, and tried first: refused now, by nothing listening.
 */
export async function closedPort(): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 10_000);
    if (await refused(port)) return port;
  }
  throw new Error('no closed port found between 20000 and 30000 on 127.0.0.1');
}

function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code === 'ECONNREFUSED'));
  });
}

/** Closes every server still open (call in afterEach). */
export async function closeAllServers(): Promise<void> {
  await Promise.all([...open].map(stop));
}

export function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(value));
}

export function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
  res.end(text);
}

/** Streams `total` bytes in 64 KiB chunks, with backpressure, until done or the client goes away. */
export function streamBytes(res: ServerResponse, total: number): { sent: () => number } {
  res.writeHead(200, { 'content-type': 'text/plain' });
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let sent = 0;
  let closed = false;
  res.on('close', () => {
    closed = true;
  });
  const pump = () => {
    while (!closed && sent < total) {
      sent += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', pump);
        return;
      }
    }
    if (!closed) res.end();
  };
  pump();
  return { sent: () => sent };
}

export const delay = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
