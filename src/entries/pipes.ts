/**
 * The CLI's output as a reader may leave it early (`promotion-gate schema | head`, a pager quit):
 * a write to a pipe whose reader has gone fails with EPIPE, which Node raises as an error event on
 * process.stdout or process.stderr, and an error event nobody handles ends the process with a
 * stack trace and exit 1 — in a gate, a verdict's exit code replaced by a crash's. Handled here,
 * the stream closes and what the command still writes to it is dropped: the command runs to its
 * end, writes its report, and exits with its own code. Any other write error stays what it was.
 */
export function outliveClosedPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
    });
  }
}
