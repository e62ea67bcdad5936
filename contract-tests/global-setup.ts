// Starts two Prism mocks of openapi.yaml for the whole contract run (one serving the spec's examples,
// one generating data from a fixed seed) and stops both in teardown, which vitest runs also when
// tests fail. execa's cleanup kills them if the runner itself dies.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startPrism, type PrismServer } from './support/prism.js';

// Prism answers every request with the one body its seed generates (see the dynamic tests). This
// seed's card list holds cards, and its transaction is no example's.
const DYNAMIC_SEED = 7;

declare module 'vitest' {
  export interface ProvidedContext {
    prismStaticUrl: string;
    prismDynamicUrl: string;
    /** JSON lines of (method, path, status) every contract test exercised, read by the coverage gate. */
    coverageFile: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const servers: PrismServer[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'omise-contract-'));
  const teardown = async (): Promise<void> => {
    await Promise.allSettled(servers.map((s) => s.stop()));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const [staticServer, dynamicServer] = await Promise.all([startPrism(), startPrism({ dynamic: true, seed: DYNAMIC_SEED })]);
    servers.push(staticServer, dynamicServer);
    project.provide('prismStaticUrl', staticServer.url);
    project.provide('prismDynamicUrl', dynamicServer.url);
    project.provide('coverageFile', join(dir, 'coverage.jsonl'));
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
