// The CLI's commands, one per client method (`omise-openapi customers list-cards ID --limit 5`), as
// data the command line builds its parser from (src/cli/commands.ts): names, arguments, flags with
// their rules and help, and what each answers.
import { flagName } from '../../src/cli/shared-flags.js';
import { HEADER } from './emit-client.js';
import { firstParagraph } from './text.js';
import { kebab, type ClientModel, type Rule } from './operation-model.js';


// The default the help shows: the schema's, or the API's as the description states it ("The API's
// default is now."), which a date-time's schema cannot hold.
function defaultOf(description: string, rule: Rule): string | undefined {
  if (rule.default !== undefined) return String(rule.default);
  return /The API's default is ([^\n]+?)\.(?:\s|$)/.exec(description)?.[1];
}

// The CLI's own flags: a query parameter of the same flag would make the command line unbuildable.
const CLI_FLAGS = new Set(['format', 'csv_raw', 'json', 'ids_file', 'page_size', 'max_items', 'concurrency', 'all', 'help', 'version', 'base_url', 'mock', 'timeout', 'max_retries']);

export function cliCommandsSource(model: ClientModel): string {
  for (const m of model.operations) {
    const clash = m.query.find((q) => CLI_FLAGS.has(q.name));
    if (clash) throw new Error(`openapi.yaml, ${m.httpMethod} ${m.path} (operationId ${m.operationId}): the query parameter ${clash.name} is one of the CLI's own flags (${flagName(clash.name)}). Fix: this CLI cannot take it as a flag; rename it in the spec if Omise's API allows, or extend scripts/generate/cli-commands.ts`);
  }
  const commands = model.operations.flatMap((m) => {
    const args = m.pathArguments.map((a) => ({ name: a.argument, description: firstParagraph(a.description) || `the ${a.noun}'s id` }));
    const flags = m.query.map((q) => {
      const shown = defaultOf(q.description, q.rule);
      const description = firstParagraph(q.description).replace(/\s*The API's default is [^\n]+?\.$/, '');
      return { name: q.name, description, ...(shown !== undefined && { default: shown }) };
    });
    const base = { resource: m.resource, operationId: m.operationId, schema: m.schema };
    const out: object[] = [{ ...base, kind: 'call', command: kebab(m.method), method: m.method, summary: firstParagraph(m.summary), arguments: args, flags, ...(m.list && { listAll: kebab(m.list.method) }) }];
    if (m.list) {
      out.push({
        ...base,
        kind: 'listAll',
        command: kebab(m.list.method),
        method: m.list.method,
        summary: `every ${m.list.noun} of ${m.resource} ${kebab(m.method)}, exactly once, as of the first page (progress on stderr)`,
        arguments: args,
        flags: flags.filter((f) => f.name !== 'limit' && f.name !== 'offset'),
        item: m.list.item,
      });
    }
    if (m.bulk) {
      out.push({
        ...base,
        kind: 'many',
        command: kebab(m.bulk.method),
        method: m.bulk.method,
        summary: `${m.resource} ${kebab(m.method)} for many ids, one row per id, with a status column (exit 6 when some failed)`,
        arguments: [{ name: m.bulk.argument, description: `${m.pathArguments[0]!.noun} ids; or --ids-file FILE, or one per line on standard input` }],
        flags: [],
        key: m.bulk.key,
      });
    }
    return out;
  });
  const resources = Object.fromEntries(model.resources.map((r) => [r.name, r.description]));
  return `${HEADER}import type { CliCommand } from '../src/cli/command-table.js';

/** Each resource's description, for the help. */
export const cliResources: Readonly<Record<string, string>> = ${JSON.stringify(resources, null, 2)};

export const cliCommands: readonly CliCommand[] = ${JSON.stringify(commands, null, 2)};
`;
}
