// omise-openapi: the command line for people who reconcile and audit. Table on a terminal, JSON when
// piped, CSV on request; one clear line and a distinct exit code on failure; the key never printed.
import { Command, CommanderError, Option } from 'commander';
import { cliResources } from '../../generated/cli-commands.js';
import { printable } from '../runtime/printable.js';
import { VERSION } from '../runtime/version.js';
import { DEFAULT_COMMANDS, addAliases } from './aliases.js';
import { addCommands, type Outcome } from './commands.js';
import { addMockCommand } from './mock-command.js';
import { DEFAULTS } from './defaults.js';
import { EXIT, errorLine, exitCodeFor, exitCodesHelp } from './exit-codes.js';
import { inFlagTerms, type GlobalOptions } from './flags.js';
import { outputExitCode } from './output.js';
import { wholeNumber } from './shared-flags.js';

function buildProgram(): Command {
  const program = new Command('omise-openapi')
    .description('Read the Omise API (version 2019-05-29): one command per client method, `omise-openapi <resource> <method>`. The key comes from OMISE_SECRET_KEY.')
    .version(VERSION)
    .addOption(new Option('--base-url <url>', 'API base URL').default(DEFAULTS.baseUrl, DEFAULTS.baseUrl))
    // The mock answers on a URL of its own: a base URL as well would be silently ignored.
    .addOption(new Option('--mock', 'answer from the built-in mock (the data set of npm run mock, in-process); no real key needed').conflicts('baseUrl'))
    .addOption(new Option('--timeout <ms>', 'deadline of one attempt, in milliseconds').argParser(wholeNumber).default(DEFAULTS.timeoutMs))
    .addOption(new Option('--max-retries <n>', 'retries after a failed attempt').argParser(wholeNumber).default(DEFAULTS.maxRetries))
    .showHelpAfterError('(omise-openapi --help shows the commands and options)')
    // Commander repeats what was typed (an unknown option, a bad value): shown with its control characters escaped.
    .configureOutput({ writeErr: (text) => process.stderr.write(text.split('\n').map((line) => printable(line)).join('\n')) })
    .exitOverride();

  const context = { globals: () => program.opts<GlobalOptions>(), outcome };
  const commands = [...addCommands(program, context, DEFAULT_COMMANDS), ...addAliases(program, context), addMockCommand(program)];
  for (const command of [program, ...commands]) command.addHelpText('after', exitCodesHelp());
  return program;
}
// A command that finished but not for every item (a batch with failed ids) sets this.
const outcome: Outcome = { code: EXIT.ok };

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    // A reader that closed the pipe after the last line changes nothing; a failed write does.
    return outputExitCode() === EXIT.failure ? EXIT.failure : outcome.code;
  } catch (caught) {
    // Once the output is gone, what stopped the command (an aborted page) is that, and was told already.
    const gone = outputExitCode();
    if (gone !== undefined) return gone;
    if (caught instanceof CommanderError) {
      // Commander has printed its own message (or the help / version).
      return caught.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const error = inFlagTerms(caught);
    // "transaction trxn_test_...", "customers list-cards cust_test_...": ids are not secret, the key is never here.
    const words = program.args.filter((arg) => !arg.startsWith('-'));
    const what = words.slice(0, Object.hasOwn(cliResources, words[0] ?? '') ? 3 : 2).join(' ') || 'command';
    process.stderr.write(`${errorLine(what, error)}\n`);
    return exitCodeFor(error);
  }
}

process.exitCode = await main(process.argv);
