// The shape of generated/responses.ts: what openapi.yaml says each operation may answer.
import type { operations } from '../../generated/operations.js';

export type OperationId = keyof typeof operations;

interface DeclaredResponse {
  /** The named schema of the JSON body; null: the status has no body. */
  schema: string | null;
  /** The spec's named examples of this answer. */
  examples: Record<string, unknown>;
}

export type ResponseTable = Record<OperationId, Record<string, DeclaredResponse>>;
