// The bench server for the latency scenario, in a process of its own (bench/latency.ts): a server
// across a network does not share the client's CPU. It listens on 127.0.0.2, port 80 when it may
// (the official SDK reaches port 80 only), prints its URL, and stops when its standard input closes.
import { SLOW_CUSTOMER, prewarm, startBenchServer, type BenchServer } from './server.js';

prewarm([SLOW_CUSTOMER]);
let server: BenchServer;
try {
  server = await startBenchServer(80, '127.0.0.2');
} catch {
  server = await startBenchServer(0, '127.0.0.2');
}
process.stdout.write(`${server.url}\n`);
process.stdin.resume();
process.stdin.on('end', () => void server.close().then(() => process.exit(0)));
