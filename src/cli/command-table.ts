// The shape of generated/cli-commands.ts: each client method as a command of the CLI.
import { operationTable } from '../../generated/operations.js';
import type { Operation } from '../operations/table.js';

interface CliArgument {
  /** The method's argument: `customerId`. */
  readonly name: string;
  readonly description: string;
}

export interface CliCommand {
  /** `customers`, the command group. */
  readonly resource: string;
  /** `list-cards`: the method in kebab case. */
  readonly command: string;
  /** The client method it calls: `listCards`. */
  readonly method: string;
  /** 'call': one answer; 'listAll': every item of a list; 'many': a batch of retrieves by id. */
  readonly kind: 'call' | 'listAll' | 'many';
  readonly operationId: string;
  readonly summary: string;
  readonly arguments: readonly CliArgument[];
  /** The query parameters it takes as flags (--name); their rules are the operation table's. */
  readonly flags: readonly { readonly name: string; readonly description: string; readonly default?: string }[];
  /** The schema of one answer. */
  readonly schema: string;
  /** listAll: the schema of each item. */
  readonly item?: string;
  /** many: the key of each result's value. */
  readonly key?: string;
  /** call, of a paginated list: the command that reads every item (`list-all-cards`). */
  readonly listAll?: string;
}

/** The operation a command runs, as the generic code reads it. */
export const operationOf = (command: CliCommand): Operation => operationTable[command.operationId]!;
