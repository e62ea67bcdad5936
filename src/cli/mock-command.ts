// `omise-openapi mock`: the partner mock over HTTP from the installed package alone (runtime
// dependencies only), the same engine and answers as `npm run mock` in the repository, which runs it.
import { type Command, InvalidArgumentError, Option } from 'commander';
import { serveMock } from '../mock/serve.js';

// 0 (any free port) to 65535; undefined when the text is not one.
function portOf(text: string): number | undefined {
  const value = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
  return value >= 0 && value <= 65535 ? value : undefined;
}

function port(text: string): number {
  const value = portOf(text);
  if (value === undefined) throw new InvalidArgumentError('expected a port from 0 (any free one) to 65535.');
  return value;
}

// '*', 'off', or origins as a browser sends them (scheme://host[:port]).
function corsOrigin(text: string): '*' | string[] | false {
  if (text === '*') return text;
  if (text === 'off') return false;
  const origins = text.split(',').map((o) => o.trim());
  const wrong = origins.find((origin) => !URL.canParse(origin) || new URL(origin).origin !== origin);
  if (wrong !== undefined) throw new InvalidArgumentError(`takes *, off, or origins such as https://app.example:8443; got ${JSON.stringify(wrong)}.`);
  return origins;
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
