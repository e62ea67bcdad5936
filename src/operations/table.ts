// The shape of generated/operations.ts: what openapi.yaml says of each operation, as the generic
// runtime reads it. One entry per operation; the runtime holds no other knowledge of any operation.

/** A parameter's rule, checked before anything is sent (request-check.ts). */
export interface Rule {
  readonly type: 'string' | 'integer';
  readonly required: boolean;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly enum?: readonly string[];
  readonly const?: string | number;
  readonly format?: string;
  readonly default?: string | number;
}

/** A parameter in the path: a positional argument of the method, in the order of the path. */
interface PathArgument {
  /** Its name in the path template: `id`. */
  readonly name: string;
  /** The method's argument, as errors name it: `customerId`. */
  readonly argument: string;
  /** What it names, for messages: `customer`. */
  readonly noun: string;
  readonly rule: Rule;
}

export interface Operation {
  /** The operationId. */
  readonly id: string;
  /** x-omise-method, split: `customers` and `listCards`. */
  readonly resource: string;
  readonly method: string;
  /** The path template: `/customers/{id}/cards`. */
  readonly path: string;
  readonly pathArguments: readonly PathArgument[];
  /** Query parameters by name. */
  readonly query: Readonly<Record<string, Rule>>;
  /** The named schema of the 200 answer. */
  readonly schema: string;
  /** x-omise-pagination: offset: the listAll method, and what it lists. */
  readonly list?: { readonly method: string; readonly item: string; readonly noun: string };
  /** A GET of one object by id: the batch method, its argument, and the key of each result's value. */
  readonly byId?: { readonly many: string; readonly argument: string; readonly key: string };
}

export type OperationTable = Readonly<Record<string, Operation>>;
