// `npm run spec:diff [base-ref]`: openapi.yaml as it is now against its version at a git ref
// (default: the merge base with main on a branch; on main, the last commit when openapi.yaml has
// uncommitted changes, else the one before it). Says which base it used and why. Prints breaking and
// non-breaking changes; exits 1 on breaking changes unless info.version was bumped.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { diffSpecs, versionIncreased, type Change } from './spec-diff/classify.js';
import type { JsonObject } from './spec.js';

const git = (...args: string[]): string | undefined => {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
};

// A reader that stops early (`| head`) ends the report, not the process with an EPIPE trace.
process.stdout.on('error', () => undefined);

const specPath = process.env.SPEC_PATH ?? 'openapi.yaml';

function defaultBase(): { ref: string; why: string } {
  const head = git('rev-parse', 'HEAD');
  const mergeBase = git('merge-base', 'HEAD', 'main') ?? git('merge-base', 'HEAD', 'origin/main');
  if (mergeBase && mergeBase !== head) return { ref: mergeBase, why: 'the merge base with main' };
  // On main the merge base is HEAD itself: the change to show is the uncommitted one when there is
  // one (comparing with HEAD~1 would mix it with the last commit's), else the last commit's.
  if (git('status', '--porcelain', '--', specPath)) return { ref: 'HEAD', why: 'the last commit: openapi.yaml has uncommitted changes' };
  return { ref: 'HEAD~1', why: 'the commit before the last: openapi.yaml has no uncommitted change' };
}

const explicitRef = process.argv[2];
const chosen = explicitRef === undefined ? defaultBase() : { ref: explicitRef, why: 'as asked' };
const baseRef = chosen.ref;
const baseSha = git('rev-parse', '--verify', `${baseRef}^{commit}`);
if (!baseSha) {
  // A first commit has nothing before it; only a ref the caller named must exist.
  if (explicitRef) {
    console.error(`spec:diff: ${baseRef} is not a commit here`);
    process.exit(2);
  }
  console.log(`spec:diff: no ${baseRef} to compare with (first commit?); nothing to report`);
  process.exit(0);
}
const baseText = git('show', `${baseSha}:${specPath}`);
const base = (baseText ? parse(baseText) : { info: { version: '0.0.0' }, paths: {} }) as JsonObject;
const head = parse(readFileSync(specPath, 'utf8')) as JsonObject;
const diff = diffSpecs(base, head);

const show = (title: string, changes: Change[]): void => {
  console.log(`${title} (${changes.length})${changes.length ? ':' : ''}`);
  for (const c of changes) console.log(`  - [${c.kind}] ${c.where}: ${c.detail}`);
};
console.log(`spec:diff ${specPath} against ${baseRef} (${baseSha.slice(0, 12)}), ${chosen.why}${baseText ? '' : ': not there, everything is new'}`);
show('Breaking changes', diff.breaking);
show('Non-breaking changes', diff.nonBreaking);
const before = String((base.info as JsonObject | undefined)?.version ?? '0.0.0');
const after = String((head.info as JsonObject | undefined)?.version ?? '0.0.0');
const bumped = versionIncreased(before, after);
console.log(`info.version: ${before} -> ${after}${bumped ? '' : ' (not bumped)'}`);
if (diff.breaking.length && !bumped) {
  console.error('spec:diff: breaking changes without a bump of info.version; bump it (a major bump, by semver) and note it in CHANGELOG.md');
  process.exitCode = 1;
}
