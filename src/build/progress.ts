// Progress for long build stages: a bar that redraws itself on a terminal, a few plain lines in CI
// logs (every 25%), and nothing at all for short runs.

const MIN_ITEMS = 100;

export interface Progress {
  update(done: number): void;
  finish(): void;
}

export interface ProgressOptions {
  stream?: NodeJS.WritableStream;
  /** Redraw a bar. Defaults to whether the stream is a terminal (and CI is unset). */
  interactive?: boolean;
}

/** Whether a progress bar can redraw itself on `stream`: a terminal, outside CI. */
export function isInteractive(stream: NodeJS.WritableStream = process.stderr): boolean {
  return Boolean((stream as Partial<NodeJS.WriteStream>).isTTY) && !process.env.CI;
}

export function createProgress(label: string, total: number, options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  // Short runs get only the closing line (the benchmark reads the stage's time from it).
  if (total < MIN_ITEMS) return { update() {}, finish: () => void (total > 0 && stream.write(`${label}: ${total} done in ${seconds()} s\n`)) };
  const interactive = options.interactive ?? isInteractive(stream);
  let lastQuarter = 0;
  return {
    update(done) {
      if (interactive) {
        const width = 30;
        const filled = Math.round((done / total) * width);
        stream.write(`\r${label} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`);
        return;
      }
      const quarter = Math.floor((done / total) * 4);
      if (quarter > lastQuarter) {
        lastQuarter = quarter;
        stream.write(`${label}: ${done}/${total} (${quarter * 25}%)\n`);
      }
    },
    finish() {
      stream.write(`${interactive ? '\r' : ''}${label}: ${total} done in ${seconds()} s${interactive ? ' '.repeat(20) : ''}\n`);
    },
  };
}
