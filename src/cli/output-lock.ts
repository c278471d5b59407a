// One build at a time per output folder. The lock is a file beside the output holding the builder's
// process id; a lock whose process is gone (a build that was killed) is taken over.
import { openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';

export type OutputLock = { acquired: true; release: () => void } | { acquired: false; message: string };

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Take `<out>.lock`, or say which build holds it. The lock goes when this process exits. */
export function acquireOutputLock(outDir: string, pid = process.pid): OutputLock {
  const file = `${outDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(pid));
      closeSync(fd);
      const release = () => rmSync(file, { force: true });
      process.once('exit', release);
      for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
        process.once(signal, () => {
          release();
          process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
        });
      }
      return { acquired: true, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (Number.isInteger(holder) && holder > 0 && holder !== pid && isRunning(holder)) {
        return {
          acquired: false,
          message: `Another build (process ${holder}) is writing to ${outDir}, so this one stops and changes nothing. Wait for it to finish, or build into another folder with OUT_DIR. If no build is running, delete ${file}.`,
        };
      }
      rmSync(file, { force: true }); // left by a build that no longer runs
    }
  }
  return { acquired: false, message: `Could not take the lock ${outDir}.lock: delete it if no build is running.` };
}
