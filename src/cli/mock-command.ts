// `omise-openapi mock`: the partner mock over HTTP from the installed package alone (runtime
// dependencies only), the same engine and answers as `npm run mock` in the repository, which runs it.
import { type Command, InvalidArgumentError, Option } from 'commander';
import { corsOriginOf, portOf, serveMock } from '../mock/serve.js';

function port(text: string): number {
  const value = portOf(text);
  if (value === undefined) throw new InvalidArgumentError('expected a port from 0 (any free one) to 65535.');
  return value;
}

function corsOrigin(text: string): '*' | string[] | false {
  const value = corsOriginOf(text);
  if (typeof value === 'object' && !Array.isArray(value)) throw new InvalidArgumentError(value.problem);
  return value;
}

export function addMockCommand(program: Command): Command {
  return program
    .command('mock')
    .description(
      "serve the Omise mock over HTTP, for tests in any language: Omise's answers (the spec's examples, the fixtures of MOCK_IDS, Omise's own documentation samples), every answer checked against openapi.yaml; GET /openapi.yaml is the spec",
    )
    .addOption(new Option('--port <n>', 'port to listen on; 0 for any free one (env PORT)').argParser(port).default(portOf(process.env.PORT ?? '') ?? 4010))
    .addOption(new Option('--host <address>', 'address to listen on; 0.0.0.0 for every interface (env HOST)').default(process.env.HOST || '127.0.0.1'))
    .addOption(new Option('--quiet', 'one log line per request, without the error codes'))
    .addOption(
      new Option('--cors-origin <origins>', 'web origins that may call it from a browser: *, off, or a comma-separated list (default: * on loopback, off elsewhere)').argParser(corsOrigin),
    )
    .action(async (opts: { port: number; host: string; quiet?: boolean; corsOrigin?: '*' | string[] | false }) => {
      await serveMock({ port: opts.port, host: opts.host, quiet: opts.quiet === true, ...(opts.corsOrigin !== undefined && { corsOrigin: opts.corsOrigin }) });
    });
}
