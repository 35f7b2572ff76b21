#!/usr/bin/env node
/**
 * `npm test`: every suite, from a fresh clone. Sets the project up if needed, runs Vitest
 * (core, db, transports, renderer forms) and Playwright (browser mode in Chromium, and the
 * desktop window where Electron is installed), then prints one line summing them all:
 * `N passed, N failed`. Exits non-zero when anything failed or a suite could not run.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, setup } from './setup.mjs';

const VITEST_RESULTS = path.join(ROOT, '.vitest-results', 'results.json');
const PLAYWRIGHT_RESULTS = path.join(ROOT, 'e2e', 'artifacts', 'results.json');
const bin = (name) => path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

function run(label, command, args) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Vitest's JSON report: counts per test. */
function vitestCounts() {
  const report = readJson(VITEST_RESULTS);
  if (!report) return null;
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

/** Why Playwright skipped tests (e.g. no Electron binary), so nobody mistakes a skip for a pass. */
function skipReasons(suite, reasons = new Set()) {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests ?? []) {
      if (test.status !== 'skipped') continue;
      const notes = (test.annotations ?? []).filter((a) => a.type === 'skip').map((a) => a.description);
      reasons.add(`${test.projectName}: ${notes.find(Boolean) ?? spec.title}`);
    }
  }
  for (const child of suite.suites ?? []) skipReasons(child, reasons);
  return reasons;
}

/** Playwright's JSON report: expected = passed, unexpected = failed, flaky counts as passed. */
function playwrightCounts() {
  const report = readJson(PLAYWRIGHT_RESULTS);
  if (!report?.stats) return null;
  const { expected, unexpected, flaky, skipped } = report.stats;
  for (const reason of skipReasons({ suites: report.suites })) console.log(`Omitida — ${reason}`);
  return { passed: expected + flaky, failed: unexpected, skipped };
}

const checkArgs = process.argv.slice(2);
setup();
for (const file of [VITEST_RESULTS, PLAYWRIGHT_RESULTS]) fs.rmSync(file, { force: true });

const suites = [
  {
    name: 'Vitest',
    status: run('Vitest: core, db, transports, renderer', bin('vitest'), [
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${VITEST_RESULTS}`,
      ...checkArgs,
    ]),
    counts: vitestCounts,
  },
  {
    name: 'Playwright',
    status: run('Playwright: e2e', bin('playwright'), ['test', '-c', 'e2e/playwright.config.ts']),
    counts: playwrightCounts,
  },
];

let passed = 0;
let failed = 0;
let skipped = 0;
for (const suite of suites) {
  const counts = suite.counts();
  if (!counts) {
    console.log(`${suite.name}: no produjo resultados (código ${suite.status}); se cuenta como 1 fallo.`);
    failed += 1;
    continue;
  }
  if (suite.status !== 0 && counts.failed === 0) {
    console.log(`${suite.name}: terminó con código ${suite.status} sin pruebas fallidas; se cuenta como 1 fallo.`);
    failed += 1;
  }
  console.log(`${suite.name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  passed += counts.passed;
  failed += counts.failed;
  skipped += counts.skipped;
}
if (skipped > 0) console.log(`${skipped} skipped (see the reasons above)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
