// tsup over plain tsc: one config emits ESM and CommonJS with declarations for each (.d.ts and
// .d.cts), bundles generated/ (the precompiled validators are JavaScript) into the output, and keeps
// the lazily loaded validators in a chunk of their own in the ESM build.
import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library (web-standard APIs only, for browsers and edge runtimes), the same library as
    // Node gets it (package.json's "node" condition: the Node transport by default), and the Node
    // transport on its own. undici is loaded by the Node transport only, on its first call.
    entry: { index: 'src/index.ts', 'index.node': 'src/index.node.ts', node: 'src/node.ts' },
    format: ['esm', 'cjs'],
    platform: 'neutral',
    // undici and node: built-ins stay imports (dependencies), never bundled.
    external: ['undici'],
    target: 'es2022',
    dts: true,
    splitting: true,
    treeshake: true,
    // `npm run build` empties dist/ first: the three builds run at once, and one cleaning would race the others.
    clean: false,
    outDir: 'dist',
  },
  {
    // omise-openapi/testing, built on its own: sharing chunks with the library would split the core
    // into more files and make it larger; the mock engine's copy of what it shares costs only tests.
    entry: { testing: 'src/testing/index.ts' },
    format: ['esm', 'cjs'],
    platform: 'neutral',
    target: 'es2022',
    dts: true,
    outDir: 'dist',
  },
  {
    // Node only: the command line.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    dts: false,
    splitting: true,
    // Its own folder, so its chunks never mix with the library's.
    outDir: 'dist/cli',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
