// `npm run bench:compare -- A/dist/index.node.js B/dist/index.node.js [--fetch] [--rounds N]`: CPU
// time per call of two builds of the client, for both operations, in one process, in alternating
// batches (the order swapped every round), so the machine's drift touches both alike. The server is
// in the same process, as in `npm run bench` (a server in another process adds the scheduler's
// jitter to every figure), and costs both builds the same. Prints, per operation, the median of
// B ÷ A and its interquartile range: how a change moved the cost per call, to a percent or two.
import { pathToFileURL } from 'node:url';
import { BENCH_CUSTOMER, BENCH_TRANSACTION, startBenchServer } from './server.js';
import { MOCK_SECRET_KEY } from '../src/testing/fixtures.js';

type Create = typeof import('../src/index.node.js').createOmiseClient;
type Client = ReturnType<Create>;
const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const rounds = Number(flag('--rounds') ?? 60);
const [pathA, pathB] = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds');
if (!pathA || !pathB || !Number.isInteger(rounds) || rounds < 2) {
  throw new Error('usage: npm run bench:compare -- A/dist/index.node.js B/dist/index.node.js [--fetch] [--rounds N]');
}
const load = async (path: string): Promise<Create> => ((await import(pathToFileURL(path).href)) as { createOmiseClient: Create }).createOmiseClient;
const [createA, createB] = [await load(pathA), await load(pathB)];

const server = await startBenchServer();
try {
  const options = { secretKey: MOCK_SECRET_KEY, baseUrl: server.url, ...(args.includes('--fetch') && { fetch: globalThis.fetch }) };
  const [a, b] = [createA(options), createB(options)];
  const ops: Record<string, (client: Client) => Promise<unknown>> = {
    retrieve: (client) => client.transactions.retrieve(BENCH_TRANSACTION),
    listCards: (client) => client.customers.listCards(BENCH_CUSTOMER, { limit: 20 }),
  };
  for (const [op, call] of Object.entries(ops)) {
    const cpuPerCall = async (client: Client, calls: number): Promise<number> => {
      const before = process.cpuUsage();
      for (let i = 0; i < calls; i++) await call(client);
      const used = process.cpuUsage(before);
      return (used.user + used.system) / calls;
    };
    await cpuPerCall(a, 2000);
    await cpuPerCall(b, 2000);
    const ratios: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const first = round % 2 ? b : a;
      const x = await cpuPerCall(first, 1000);
      const y = await cpuPerCall(first === a ? b : a, 1000);
      ratios.push(first === a ? y / x : x / y);
    }
    ratios.sort((p, q) => p - q);
    const at = (q: number): string => ratios[Math.floor(q * (rounds - 1))]!.toFixed(3);
    console.log(`${op}: B ÷ A, CPU per call: median ${at(0.5)}, interquartile ${at(0.25)}–${at(0.75)} (${rounds} rounds of 1 000 calls each)`);
  }
  // A build from before close() existed has none.
  await Promise.all([a.close?.(), b.close?.()]);
} finally {
  await server.close();
}
