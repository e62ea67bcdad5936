// Collects what each reliability test file found and, after the run, writes reports/RELIABILITY.md
// (git-ignored: a test run changes no tracked file) and prints one line naming it; `REPORT=full`
// prints the whole report as well. Sections arrive as JSON files, one per test file, in a temporary
// folder: test files run in worker processes, this runs in vitest's own.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { FULL_REPORT, REPORTS_DIR } from '../support/report-mode.js';
import type { Section } from './support/report.js';

declare module 'vitest' {
  export interface ProvidedContext {
    reliabilityResults: string;
  }
}

const ORDER = ['fault matrix', 'memory', 'property tests', 'secrets', 'load'];

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'omise-reliability-'));
  project.provide('reliabilityResults', dir);
  return () => {
    const sections = readdirSync(dir)
      .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Section)
      .sort((a, b) => ORDER.indexOf(a.title) - ORDER.indexOf(b.title));
    rmSync(dir, { recursive: true, force: true });
    if (sections.length === 0) return;
    const text = [
      '# Reliability report',
      '',
      `Written by the reliability tests (\`npm run test:reliability\`, part of \`npm test\`) on ${new Date().toISOString()} (Node ${process.version}). Every figure below comes from that run.`,
      '',
      ...sections.flatMap((s) => [`## ${s.title}`, '', ...s.lines, '']),
    ].join('\n');
    mkdirSync(REPORTS_DIR, { recursive: true });
    const file = fileURLToPath(new URL('RELIABILITY.md', REPORTS_DIR));
    writeFileSync(file, text);
    const where = relative(project.config.root, file);
    const parts = sections.map((s) => s.summary).join(', ');
    console.log(FULL_REPORT ? `\n${text}` : `\nReliability: ${parts}. Report: ${where} (REPORT=full prints it here).`);
  };
}
