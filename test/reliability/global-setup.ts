// Collects what each reliability test file found and, after the run, prints the summary and writes
// test/RELIABILITY.md. Sections arrive as JSON files, one per test file, in a temporary folder.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
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
      `Written by \`npm run test:reliability\` on ${new Date().toISOString()} (Node ${process.version}). Every figure below comes from that run.`,
      '',
      ...sections.flatMap((s) => [`## ${s.title}`, '', ...s.lines, '']),
    ].join('\n');
    writeFileSync(new URL('../RELIABILITY.md', import.meta.url), text);
    console.log(`\n${text}`);
  };
}
