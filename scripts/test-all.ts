/**
 * npm test: glossary build, type check, unit tests, build, browser tests, in that order, stopping at the first
 * failing stage. Ends with one summary line ("tests: N passed, N failed") over both test suites.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM } from '../demo/browser';

if (!existsSync(CHROMIUM)) {
  console.error(
    `tests: Chromium is missing at ${CHROMIUM}; the browser tests need Debian's package.\n` +
      `Install it with: sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk\n` +
      `(or point CHROMIUM_PATH at a Chromium binary).`,
  );
  process.exit(1);
}

const reports = mkdtempSync(join(tmpdir(), 'tifa-tests-'));
let passed = 0;
let failed = 0;

function run(label: string, command: string, args: string[]): void {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) finish(`${label} failed`);
}

function vitest(label: string, config: string): void {
  const report = join(reports, `${label}.json`);
  console.log(`\n=== ${label}: vitest run --config ${config}`);
  const result = spawnSync('npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
    stdio: 'inherit',
  });
  if (existsSync(report)) {
    const summary = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTests: number };
    passed += summary.numPassedTests;
    failed += summary.numFailedTests;
    if (summary.numTotalTests === 0) finish(`${label} ran no test`);
  }
  if (result.status !== 0) finish(`${label} failed`);
}

function finish(problem?: string): never {
  if (problem) console.error(`\ntests: ${problem}`);
  console.log(`\ntests: ${passed} passed, ${failed} failed`);
  process.exit(problem || failed > 0 ? 1 : 0);
}

// The bundle comes first: WXT types public paths from the files that exist, glossary.json among them.
run('glossary', 'npm', ['run', 'glossary:build']);
run('prepare', 'npx', ['wxt', 'prepare']);
run('typecheck', 'npx', ['tsc', '--noEmit']);
vitest('unit', 'vitest.config.ts');
run('build', 'npm', ['run', 'build']);
vitest('browser', 'vitest.e2e.config.ts');
finish();
