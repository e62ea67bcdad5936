// `npm run bench:hooks -- [--fetch] [--calls N]`: what the hooks and the logger cost a client that
// was given neither: bench/compare.ts on the client bundled as it is and bundled with the hooks' code
// cut out (bench/without-hooks.ts). B ÷ A within what the method resolves (two copies of one build
// measure 0.99-1.00x each other) means they cost nothing measurable.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { hooklessPair } from './without-hooks.js';

const { asIs, cutOut } = await hooklessPair();
console.log("A: the hooks' code cut out; B: the client as it is.");
execFileSync(process.execPath, ['--import', 'tsx', 'bench/compare.ts', cutOut, asIs, ...process.argv.slice(2)], { cwd: fileURLToPath(new URL('..', import.meta.url)), stdio: 'inherit' });
