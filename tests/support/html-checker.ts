// The Nu HTML Checker (the W3C validator, vnu-jar on npm) over a built site. It needs Java; without
// one, checkSite says so and returns null, and the test that called it is skipped with that notice.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './site-build.ts';

/** The checker itself, as the vnu-jar package ships it. */
const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/** Messages the project accepts, each with its reason (.vnu.json): CSS properties the checker does not know yet. */
const ALLOWED = new Set((JSON.parse(readFileSync(join(ROOT, '.vnu.json'), 'utf8')) as { allowed: Array<{ message: string }> }).allowed.map((a) => a.message));

/** Why the checker cannot run here, or null when a Java runtime answers. */
export function checkerUnavailable(): string | null {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return java.error || java.status !== 0
    ? 'Nu HTML Checker skipped: no Java runtime found (install one, e.g. sudo apt-get install -y default-jre-headless; .ci/run does).'
    : null;
}

/** Every error the checker reports on the HTML and CSS files under `dir`, as "path:line: message", allowed ones aside. */
export function checkSite(dir: string): string[] {
  const result = spawnSync('java', ['-Xss8m', '-jar', VNU_JAR, '--errors-only', '--skip-non-html', '--also-check-css', '--format', 'json', dir], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 600_000,
  });
  if (result.error) throw result.error;
  const report = JSON.parse(result.stderr || '{"messages":[]}') as { messages: VnuMessage[] };
  return report.messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .filter((m) => !ALLOWED.has(m.message))
    .map((m) => `${m.url ? relative(dir, fileURLToPath(m.url)) : '?'}:${m.lastLine ?? '?'}: ${m.message}`);
}
