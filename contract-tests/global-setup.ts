// Starts two Prism mocks of openapi.yaml for the whole contract run (one serving the spec's examples,
// one generating data from a fixed seed) and stops both in teardown, which vitest runs also when
// tests fail. execa's cleanup kills them if the runner itself dies.
import type { TestProject } from 'vitest/node';
import { startPrism, type PrismServer } from '../scripts/prism.js';

export const DYNAMIC_SEED = 20190529;

declare module 'vitest' {
  export interface ProvidedContext {
    prismStaticUrl: string;
    prismDynamicUrl: string;
    prismPids: number[];
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const servers: PrismServer[] = [];
  const teardown = async (): Promise<void> => {
    await Promise.allSettled(servers.map((s) => s.stop()));
  };
  try {
    const [staticServer, dynamicServer] = await Promise.all([
      startPrism(),
      startPrism({ dynamic: true, seed: DYNAMIC_SEED }),
    ]);
    servers.push(staticServer, dynamicServer);
    project.provide('prismStaticUrl', staticServer.url);
    project.provide('prismDynamicUrl', dynamicServer.url);
    project.provide('prismPids', servers.map((s) => s.pid ?? -1));
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
