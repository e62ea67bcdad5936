// Every client method as a command, from generated/cli-commands.ts: `omise-openapi <resource>
// <method>` in kebab case, its path arguments as arguments, its query parameters as flags (parsed and
// limited by the operation's rules), table/json/csv from its answer's schema. A new operation in
// openapi.yaml is a command here with no line written.
import { type Command, Option } from 'commander';
import { cliCommands, cliResources } from '../../generated/cli-commands.js';
import { operationOf, type CliCommand } from './command-table.js';
import { DEFAULTS } from './defaults.js';
import { inFlagTerms, type GlobalOptions } from './flags.js';
import { readIds } from './ids.js';
import type { Format } from './listing.js';
import { runCall, runListAll, runMany } from './run.js';
import { checkCsvRaw, checkWindow, csvRawOption, flagName, formatOption, parameterOption, wholeNumber } from './shared-flags.js';
import { withClient } from './with-client.js';

/** What a command leaves for the process: exit 6 when some ids of a batch failed. */
export interface Outcome {
  code: number;
}

export interface CommandContext {
  globals: () => GlobalOptions;
  outcome: Outcome;
}


interface CommandOptions {
  from?: unknown;
  to?: unknown;
  format: Format;
  csvRaw?: boolean;
  concurrency?: number;
  pageSize?: number;
  maxItems?: number;
  idsFile?: string;
  [attribute: string]: unknown;
}

/** Runs `body` with the client; what the client refuses is told in the command's flags. */
export async function runWith(context: CommandContext, flags: ReadonlyMap<string, string>, body: Parameters<typeof withClient>[1]): Promise<void> {
  try {
    await withClient(context.globals(), body);
  } catch (error) {
    throw inFlagTerms(error, flags);
  }
}

function build(group: Command, spec: CliCommand, context: CommandContext, isDefault: boolean): void {
  const operation = operationOf(spec);
  const command = group.command(spec.command, { isDefault }).description(spec.summary);
  // The library's name of each flag's value, and the flag: for the messages of what the client refuses.
  const flags = new Map<string, string>();
  const parameters: Array<[name: string, option: Option]> = spec.flags.map((f) => [f.name, parameterOption(f.name, operation.query[f.name]!, f.description, f.default)]);
  for (const [name, option] of parameters) {
    command.addOption(option);
    flags.set(name, flagName(name));
  }
  if (spec.kind === 'many') {
    command.argument('[ids...]', spec.arguments[0]!.description);
    command.option('--ids-file <file>', 'a file with one id per line, blank lines and # comments skipped (default: the ids given, else standard input)');
    flags.set('idsFile', '--ids-file');
  } else {
    for (const argument of spec.arguments) command.argument(`<${argument.name}>`, argument.description);
  }
  if (spec.kind === 'listAll') {
    const limit = operation.query.limit!;
    command.addOption(new Option('--page-size <n>', `items per request, ${limit.minimum ?? 1} to ${limit.maximum}`).argParser(wholeNumber).default(limit.maximum));
    command.addOption(new Option('--max-items <n>', 'stop after this many (default: every one)').argParser(wholeNumber));
    flags.set('pageSize', '--page-size').set('maxItems', '--max-items');
  }
  if (spec.kind !== 'call') {
    command.addOption(new Option('--concurrency <n>', 'calls at once, 1 to 10').argParser(wholeNumber).default(DEFAULTS.concurrency));
    flags.set('concurrency', '--concurrency');
  }
  command.addOption(formatOption()).addOption(csvRawOption());
  command.action(async (...args: unknown[]) => {
    const self = args.at(-1) as Command;
    const opts = self.opts<CommandOptions>();
    const positional = args.slice(0, -2);
    checkCsvRaw(self, opts);
    checkWindow(self, opts);
    const params: Record<string, unknown> = {};
    for (const [name, option] of parameters) if (opts[option.attributeName()] !== undefined) params[name] = opts[option.attributeName()];
    const output = { format: opts.format, csvRaw: opts.csvRaw === true };
    await runWith(context, flags, async (omise) => {
      if (spec.kind === 'call') return runCall(omise, spec, positional as string[], params, output);
      if (spec.kind === 'listAll') {
        const options = { ...params, concurrency: opts.concurrency, ...(opts.pageSize !== undefined && { pageSize: opts.pageSize }), ...(opts.maxItems !== undefined && { maxItems: opts.maxItems }) };
        return runListAll(omise, spec, positional as string[], options, output);
      }
      const ids = await readIds(positional[0] as string[], opts.idsFile, spec.arguments[0]!.name, operation.pathArguments[0]!.noun);
      context.outcome.code = await runMany(omise, spec, ids, opts.concurrency ?? DEFAULTS.concurrency, output);
    });
  });
}

/** A command group per resource, a command per method; `defaults` names a group's default command (today's aliases). */
export function addCommands(program: Command, context: CommandContext, defaults: Readonly<Record<string, string>>): Command[] {
  const groups: Command[] = [];
  for (const [resource, description] of Object.entries(cliResources)) {
    const group = program.command(resource).description(description || `the ${resource} operations`);
    for (const spec of cliCommands.filter((c) => c.resource === resource)) build(group, spec, context, defaults[resource] === spec.command);
    groups.push(group, ...group.commands);
  }
  return groups;
}

/** The generated command that runs `operationId` as `kind`. */
export function commandFor(operationId: string, kind: CliCommand['kind']): CliCommand {
  const found = cliCommands.find((c) => c.operationId === operationId && c.kind === kind);
  if (!found) throw new Error(`no ${kind} command for ${operationId}`);
  return found;
}
