import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every built page passes the W3C Nu HTML Checker, the validator behind
 * validator.w3.org/nu, with 0 errors. It reads the files in dist/ (no
 * browser, no server) in one Java run over all pages: a JVM start costs more
 * than checking all of them. Under CI the test never skips; on a machine
 * without Java it is skipped with the way to get one.
 */

const JAVA_HINT =
  'The Nu HTML Checker needs Java: apt-get install default-jre-headless (Debian/Ubuntu), or any Java ≥ 11 on PATH.';

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

function builtHtmlFiles(dir = 'dist'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_astro' || name === 'pagefind' ? [] : builtHtmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const hasJava = spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
// vnu-jar's own entry point would download a Java of its own when none is found; the jar is all we need.
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

describe('the W3C Nu HTML Checker', () => {
  it('finds 0 errors on every built page', (context) => {
    if (!hasJava) {
      if (process.env.CI) throw new Error(`No Java under CI. ${JAVA_HINT}`);
      context.skip(JAVA_HINT);
    }
    const files = builtHtmlFiles();
    expect(files.length).toBeGreaterThan(30);
    const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    // The JSON report goes to stderr; the exit status is 1 when there are errors.
    const report = JSON.parse(run.stderr) as { messages: NuMessage[] };
    const errors = report.messages
      .filter((message) => message.type === 'error' || message.subType === 'fatal')
      .map(
        (message) =>
          `${message.url?.replace(/^.*\/dist\//, 'dist/')}:${message.lastLine}: ${message.message} ${message.extract ?? ''}`,
      );
    expect(errors).toEqual([]);
  });
});
