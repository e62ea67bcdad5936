// `npm run check:api`: the public API of each entry point, as api-extractor reads it from the built
// declarations, against the committed report (api/<entry>.api.md), so that a change to the public API
// shows in review. Fails when a report differs (review the change, then run with --fix) or when a
// public export or a member of one has no documentation comment (api/api-extractor.base.jsonc).
//
//   npx tsx scripts/check-api.ts         check, as CI does
//   npx tsx scripts/check-api.ts --fix   write the reports anew, where nothing lacks documentation
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompilerState, Extractor, ExtractorConfig, ExtractorLogLevel, type ExtractorMessage } from '@microsoft/api-extractor';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const fix = process.argv.includes('--fix');
const unknown = process.argv.slice(2).filter((arg) => arg !== '--fix');
if (unknown.length > 0) {
  console.error(`check-api: unknown argument ${unknown.join(' ')}; the only one is --fix`);
  process.exit(2);
}

// package.json "exports": "." (browser and Node conditions), "./node", "./testing"; one config each.
const ENTRIES = ['index', 'index.node', 'node', 'testing'] as const;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const rel = (path: string): string => relative(ROOT, path);

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

// What the declarations are built from; dist/ is rebuilt when any of it is newer than they are.
function isStale(): boolean {
  const built = ENTRIES.map((entry) => join(ROOT, 'dist', `${entry}.d.ts`));
  if (!built.every((file) => existsSync(file))) return true;
  const oldest = Math.min(...built.map((file) => statSync(file).mtimeMs));
  const sources = ['src', 'generated', 'tsup.config.ts', 'package.json'].map((name) => join(ROOT, name));
  return Math.max(...sources.map(newest)) > oldest;
}

if (isStale()) {
  try {
    execFileSync(npm, ['run', 'build'], { cwd: ROOT, stdio: 'pipe' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    process.stderr.write(`${stdout ?? ''}${stderr ?? ''}check-api: npm run build failed\n`);
    process.exit(1);
  }
}

// api-extractor names a member only ("status"); the declaration it belongs to is the nearest line
// above it that starts a declaration at the left margin of the built file.
const lines = new Map<string, string[]>();
function ownerOf(file: string, line: number): string | undefined {
  if (!lines.has(file)) lines.set(file, readFileSync(file, 'utf8').split('\n'));
  const text = lines.get(file)!;
  for (let i = line - 2; i >= 0; i--) {
    const match = /^(?:export )?(?:declare )?(?:abstract )?(?:interface|class|type|function|const|enum|namespace) ([\w$]+)/.exec(text[i]!);
    if (match) return match[1]!.replace(/\$\d+$/, '');
  }
  return undefined;
}

function describe(message: ExtractorMessage): string {
  const where = message.sourceFilePath ? `${rel(message.sourceFilePath)}:${message.sourceFileLine}` : '';
  if (message.messageId === 'ae-undocumented' && message.sourceFilePath && message.sourceFileLine) {
    const name = /"(.*)"/.exec(message.text)?.[1] ?? message.text;
    const owner = (message.sourceFileColumn ?? 1) > 1 ? ownerOf(message.sourceFilePath, message.sourceFileLine) : undefined;
    return `undocumented: ${owner ? `${owner}.` : ''}${name} (${where})`;
  }
  return `${message.messageId}: ${message.text}${where ? ` (${where})` : ''}`;
}

let failed = false;
let compilerState: CompilerState | undefined;
for (const entry of ENTRIES) {
  const configPath = join(ROOT, 'api', `${entry}.api-extractor.jsonc`);
  const config = ExtractorConfig.loadFileAndPrepare(configPath);
  // One TypeScript program for all four entry points: they share most of their declarations.
  compilerState ??= CompilerState.create(config, { additionalEntryPoints: ENTRIES.map((e) => join(ROOT, 'dist', `${e}.d.ts`)) });
  const problems: string[] = [];
  let diff = '';
  let missing = false;
  // Always as CI runs it (localBuild false): --fix copies the new report itself, and only when
  // nothing else failed, so that a report never records an undocumented export as accepted.
  const result = Extractor.invoke(config, {
    localBuild: false,
    compilerState,
    printApiReportDiff: true,
    messageCallback(message) {
      message.handled = true;
      if (message.messageId === 'console-api-report-diff') diff = message.text;
      else if (message.messageId === 'console-api-report-not-copied') missing = message.text.includes('is missing');
      else if (message.logLevel === ExtractorLogLevel.Error || message.logLevel === ExtractorLogLevel.Warning) problems.push(describe(message));
    },
  });
  const report = `api/${entry}.api.md`;
  const reportDiffers = result.apiReportChanged || missing;
  if (problems.length === 0) {
    if (reportDiffers && fix) {
      const { fileName } = config.reportConfigs[0]!;
      copyFileSync(join(config.reportTempFolder, fileName), join(config.reportFolder, fileName));
    }
    if (!reportDiffers || fix) {
      console.log(`${reportDiffers ? 'updated' : 'ok'}  ${report}  (dist/${entry}.d.ts)`);
      continue;
    }
  }
  failed = true;
  console.error(`FAIL ${report}  (dist/${entry}.d.ts)`);
  for (const problem of problems) console.error(`  ${problem}`);
  if (fix) {
    if (reportDiffers) console.error(`  ${report} not updated: mend the above first`);
  } else if (missing) {
    console.error(`  ${report} is missing; to create it, run: npx tsx scripts/check-api.ts --fix`);
  } else if (reportDiffers) {
    const shown = diff.split('\n').slice(2).filter((line) => !/^(Index|====|---|\+\+\+)/.test(line));
    console.error(`  the public API differs from ${report}; if the change comes from openapi.yaml, run npm run generate; if it is a meant change to src/, review it and run npx tsx scripts/check-api.ts --fix`);
    for (const line of shown.slice(0, 40)) console.error(`    ${line}`);
    if (shown.length > 40) console.error(`    ... ${shown.length - 40} more lines`);
  }
}
process.exitCode = failed ? 1 : 0;
