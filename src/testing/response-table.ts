// The shape of generated/responses.ts: what openapi.yaml says each operation may answer.
import type { requestRules } from '../../generated/request-rules.js';

export type OperationId = keyof typeof requestRules;
export type BodySchema = 'CardList' | 'Transaction' | 'Error';

interface DeclaredResponse {
  /** The schema of the JSON body; null: the status has no body. */
  schema: BodySchema | null;
  /** The spec's named examples of this answer. */
  examples: Record<string, unknown>;
}

export type ResponseTable = Record<OperationId, Record<string, DeclaredResponse>>;
