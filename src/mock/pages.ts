// The two pages the mock serves beside the API, without a key: the spec itself, and an index of
// what the mock answers (its operations, the ids it holds, how to authenticate, the scenarios).
import { operationTable } from '../../generated/operations.js';
import { VERSION } from '../runtime/version.js';
import type { MockAnswer } from '../testing/engine.js';
import { MOCK_IDS, MOCK_SECRET_KEY } from '../testing/fixtures.js';

export function specAnswer(text: string): MockAnswer {
  return { status: 200, headers: { 'content-type': 'application/yaml; charset=utf-8' }, body: text, operation: null };
}

/** `GET /`: JSON that says what the mock at `url` answers. */
export function indexAnswer(url: string): MockAnswer {
  const index = {
    name: `Omise mock (omise-openapi ${VERSION}), answering as the Omise API version 2019-05-29`,
    spec: `${url}/openapi.yaml`,
    auth: `HTTP Basic: any skey_test_ key as the user name and an empty password, e.g. curl -u ${MOCK_SECRET_KEY}: ${url}/transactions/${MOCK_IDS.transactionCredit}`,
    operations: Object.values(operationTable).map((op) => ({ method: 'GET', path: op.path, operationId: op.id, client: `${op.resource}.${op.method}` })),
    ids: MOCK_IDS,
    scenarios: 'Prefer: code=<an error status the operation declares> or example=<a named example of openapi.yaml>',
  };
  return { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: `${JSON.stringify(index, null, 2)}\n`, operation: null };
}
