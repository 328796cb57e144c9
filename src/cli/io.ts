/** What the CLI touches of its process: handed in by the entry, so tests run it in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Aborted on SIGINT/SIGTERM: checks stop, the report of what ran is still written. */
  signal?: AbortSignal;
}
