// The house plan of src/ (docs/architecture.md), held by the imports themselves: each folder imports
// only from the folders below it, and no file reaches itself through its imports.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

// Bottom up: a layer may import its own and those before it. generated/ is made from the spec: its
// tables (the operation table, the types, validators, fields, examples) are data the runtime reads;
// its resources and public types sit over the operations they call.
const LAYERS = [
  ['src/runtime', 'generated/version.ts', 'generated/operations.ts', 'generated/schema', 'generated/response-', 'generated/responses.ts', 'generated/cli-commands.ts'],
  ['src/node', 'src/operations'],
  ['generated/resources.ts', 'generated/public-types.ts', 'src/client.ts', 'src/client.node.ts', 'src/types.ts', 'src/index.ts', 'src/index.node.ts', 'src/node.ts'],
  ['src/testing'],
  ['src/mock'],
  ['src/cli'],
];

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const layerOf = (file: string): number => LAYERS.findIndex((layer) => layer.some((place) => file === place || file.startsWith(place.endsWith('.ts') ? `${place}/` : place)));

// Relative imports and re-exports, types included: a type-only circle is a circle to a reader too.
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => {
    const target = relative(ROOT, resolve(dirname(join(ROOT, file)), m[1]!));
    return target.replace(/\.js$/, readdirSync(join(ROOT, dirname(target))).includes(`${target.split('/').pop()!.replace(/\.js$/, '')}.ts`) ? '.ts' : '.js');
  });
}

const files = [...sources('src'), ...sources('generated')];
const graph = new Map(files.map((file) => [file, importsOf(file)]));

it('every file of src/ and generated/ has a place in the plan', () => {
  expect(files.filter((file) => layerOf(file) === -1)).toEqual([]);
  expect(files.length).toBeGreaterThan(40);
});

it('imports run one way: no folder imports from one above it', () => {
  const upward: string[] = [];
  for (const [file, targets] of graph) {
    for (const target of targets) if (layerOf(target) > layerOf(file)) upward.push(`${file} -> ${target}`);
  }
  // generated/ imports the types of the layers that read it (the operation table's, the mock's
  // response table's, the CLI's command table's): shapes it is written to, not code it runs.
  const typeShapes = upward.filter((edge) => /^generated\/.* -> src\/(testing\/response-table|cli\/command-table|operations\/table)\.ts$/.test(edge));
  expect(upward.filter((edge) => !typeShapes.includes(edge))).toEqual([]);
});

// Each circle of a graph, as the path that closes it.
function circlesIn(edges: ReadonlyMap<string, readonly string[]>): string[] {
  const circles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (node: string, path: string[]): void => {
    if (state.get(node) === 'done') return;
    if (state.get(node) === 'open') {
      circles.push([...path.slice(path.indexOf(node)), node].join(' -> '));
      return;
    }
    state.set(node, 'open');
    for (const target of edges.get(node) ?? []) visit(target, [...path, node]);
    state.set(node, 'done');
  };
  for (const node of edges.keys()) visit(node, []);
  return circles;
}

it('no circle: no file reaches itself through its imports', () => {
  // The search finds one where there is one (observe.ts and retry.ts imported each other until #29).
  expect(circlesIn(new Map([['observe.ts', ['retry.ts']], ['retry.ts', ['sleep.ts', 'observe.ts']], ['sleep.ts', []]]))).toEqual(['observe.ts -> retry.ts -> observe.ts']);
  expect([...graph.values()].flat().length).toBeGreaterThan(100);
  expect(circlesIn(graph)).toEqual([]);
});
