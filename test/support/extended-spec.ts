// openapi.yaml with two operations the product does not ship: a retrieve by id (GET /disputes/{id},
// disputes.retrieve) and an offset-paginated list (GET /disputes, disputes.list), each with its
// examples, as a team that owns the spec would write them. (Disputes, so that a clone that adds an
// operation of its own, say customers.retrieve, still runs this test unchanged.)
// test/generality.test.ts generates a client, mocks and a CLI from it with no file under src/ edited.
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { SPEC_PATH, type JsonObject } from '../../scripts/spec.js';

export const NEW_DISPUTE_ID = 'dspt_test_60newdispute00001';
export const OTHER_DISPUTE_ID = 'dspt_test_60newdispute00002';

const ref = (to: string): JsonObject => ({ $ref: `#/components/${to}` });

const dispute = (id: string, amount: number, status: string, created: string): JsonObject => ({
  object: 'dispute',
  id,
  livemode: false,
  location: `/disputes/${id}`,
  amount,
  currency: 'THB',
  status,
  reason_message: null,
  created_at: created,
});

/** The shipped spec with the two operations added and info.version's minor bumped, as YAML. */
export function extendedSpec(): string {
  const doc = parse(readFileSync(SPEC_PATH, 'utf8')) as JsonObject;
  const info = doc.info as JsonObject;
  const [major, minor] = String(info.version).split('.');
  info.version = `${major}.${Number(minor) + 1}.0`;
  const components = doc.components as JsonObject;
  const schemas = components.schemas as JsonObject;
  schemas.DisputeId = { type: 'string', description: "A dispute's id.", pattern: '^dspt(_test)?_[0-9a-z]+$' };
  schemas.Dispute = {
    type: 'object',
    description: 'A dispute a cardholder raised against a charge.',
    required: ['object', 'id', 'livemode', 'location', 'amount', 'currency', 'status', 'reason_message', 'created_at'],
    properties: {
      object: { type: 'string', const: 'dispute' },
      id: { type: 'string', pattern: '^dspt(_test)?_[0-9a-z]+$' },
      livemode: { type: 'boolean' },
      location: { type: 'string', pattern: '^/disputes/dspt(_test)?_[0-9a-z]+$' },
      amount: { type: 'integer', minimum: 0, description: 'The disputed amount, in the smallest unit of the currency.' },
      currency: { type: 'string', pattern: '^[A-Za-z]{3}$' },
      status: { type: 'string', enum: ['open', 'pending', 'won', 'lost', 'closed'] },
      reason_message: { type: ['string', 'null'] },
      created_at: { type: 'string', format: 'date-time' },
    },
  };
  schemas.DisputeList = {
    type: 'object',
    description: 'A page of disputes.',
    required: ['object', 'data', 'limit', 'offset', 'total', 'order', 'location', 'from', 'to'],
    properties: {
      object: { type: 'string', const: 'list' },
      data: { type: 'array', items: ref('schemas/Dispute') },
      limit: { type: 'integer', minimum: 1, maximum: 100 },
      offset: { type: 'integer', minimum: 0 },
      total: { type: 'integer', minimum: 0 },
      order: { oneOf: [ref('schemas/ListOrder'), { type: 'null' }] },
      location: { type: 'string', const: '/disputes' },
      from: { type: 'string', format: 'date-time' },
      to: { type: 'string', format: 'date-time' },
    },
  };
  const first = dispute(NEW_DISPUTE_ID, 100000, 'open', '2024-02-01T08:00:00Z');
  const second = dispute(OTHER_DISPUTE_ID, 25000, 'won', '2024-02-02T08:00:00Z');
  const errors = (notFound: string): JsonObject => ({
    '401': ref('responses/AuthenticationFailure'),
    ...(notFound && {
      '404': {
        description: notFound,
        content: { 'application/json': { schema: ref('schemas/Error'), examples: { not_found: { value: { object: 'error', location: 'https://www.omise.co/api-errors#not-found', code: 'not_found', message: `dispute ${NEW_DISPUTE_ID} was not found` } } } } },
      },
    }),
    '429': ref('responses/RateLimited'),
    '500': ref('responses/InternalError'),
  });
  // The new paths come first: an operation added before the others must rename nothing of theirs.
  const shipped = doc.paths as JsonObject;
  const paths: JsonObject = {};
  (doc.tags as JsonObject[]).push({ name: 'Disputes', description: 'Disputes raised against charges.' });
  paths['/disputes/{id}'] = {
    get: {
      operationId: 'retrieveDispute',
      'x-omise-method': 'disputes.retrieve',
      tags: ['Disputes'],
      summary: 'Retrieve one dispute',
      description: 'Returns the dispute, with its status.',
      parameters: [ref('parameters/OmiseVersion'), { name: 'id', in: 'path', required: true, description: "The dispute's id.", schema: ref('schemas/DisputeId') }],
      responses: {
        '200': { description: 'The dispute.', content: { 'application/json': { schema: ref('schemas/Dispute'), examples: { open: { value: first } } } } },
        ...errors('No such dispute for this key.'),
      },
    },
  };
  paths['/disputes'] = {
    get: {
      operationId: 'listDisputes',
      'x-omise-method': 'disputes.list',
      'x-omise-pagination': 'offset',
      tags: ['Disputes'],
      summary: 'List the disputes',
      description: "Returns one page of the account's disputes.",
      parameters: [
        ref('parameters/OmiseVersion'),
        { name: 'limit', in: 'query', required: false, description: 'How many disputes a page holds.', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
        { name: 'offset', in: 'query', required: false, description: 'How many disputes to skip.', schema: { type: 'integer', minimum: 0, default: 0 } },
        { name: 'order', in: 'query', required: false, description: 'Sort order by creation time.', schema: ref('schemas/ListOrder') },
        { name: 'from', in: 'query', required: false, description: 'Only disputes created at or after this time. The API\'s default is 1970-01-01T00:00:00Z.', schema: { type: 'string', format: 'date-time' } },
        { name: 'to', in: 'query', required: false, description: 'Only disputes created at or before this time. The API\'s default is now.', schema: { type: 'string', format: 'date-time' } },
      ],
      responses: {
        '200': {
          description: 'One page of disputes.',
          content: {
            'application/json': {
              schema: ref('schemas/DisputeList'),
              examples: {
                two: { value: { object: 'list', data: [first, second], limit: 20, offset: 0, total: 2, order: 'chronological', location: '/disputes', from: '1970-01-01T00:00:00Z', to: '2024-11-24T10:00:00Z' } },
              },
            },
          },
        },
        '400': ref('responses/BadRequest'),
        ...errors(''),
      },
    },
  };
  doc.paths = { ...paths, ...shipped };
  return stringify(doc);
}
