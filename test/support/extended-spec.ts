// openapi.yaml with two operations the product does not ship: a retrieve by id (GET /customers/{id},
// customers.retrieve) and an offset-paginated list (GET /customers, customers.list), each with its
// examples, as a team that owns the spec would write them. test/generality.test.ts generates a client,
// mocks and a CLI from it with no file under src/ edited.
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { SPEC_PATH, type JsonObject } from '../../scripts/spec.js';

export const NEW_CUSTOMER_ID = 'cust_test_60newcustomer0001';
export const OTHER_CUSTOMER_ID = 'cust_test_60newcustomer0002';

const ref = (to: string): JsonObject => ({ $ref: `#/components/${to}` });

const customer = (id: string, email: string, created: string): JsonObject => ({
  object: 'customer',
  id,
  livemode: false,
  location: `/customers/${id}`,
  email,
  description: null,
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
  schemas.Customer = {
    type: 'object',
    description: 'A customer of the account, who may hold saved cards.',
    required: ['object', 'id', 'livemode', 'location', 'email', 'description', 'created_at'],
    properties: {
      object: { type: 'string', const: 'customer' },
      id: { type: 'string', pattern: '^cust(_test)?_[0-9a-z]+$' },
      livemode: { type: 'boolean' },
      location: { type: 'string', pattern: '^/customers/cust(_test)?_[0-9a-z]+$' },
      email: { type: 'string', description: 'The email address given for the customer.' },
      description: { type: ['string', 'null'] },
      created_at: { type: 'string', format: 'date-time' },
    },
  };
  schemas.CustomerList = {
    type: 'object',
    description: 'A page of customers.',
    required: ['object', 'data', 'limit', 'offset', 'total', 'order', 'location', 'from', 'to'],
    properties: {
      object: { type: 'string', const: 'list' },
      data: { type: 'array', items: ref('schemas/Customer') },
      limit: { type: 'integer', minimum: 1, maximum: 100 },
      offset: { type: 'integer', minimum: 0 },
      total: { type: 'integer', minimum: 0 },
      order: { oneOf: [ref('schemas/ListOrder'), { type: 'null' }] },
      location: { type: 'string', const: '/customers' },
      from: { type: 'string', format: 'date-time' },
      to: { type: 'string', format: 'date-time' },
    },
  };
  const first = customer(NEW_CUSTOMER_ID, 'somchai@example.com', '2024-02-01T08:00:00Z');
  const second = customer(OTHER_CUSTOMER_ID, 'malee@example.com', '2024-02-02T08:00:00Z');
  const errors = (notFound: string): JsonObject => ({
    '401': ref('responses/AuthenticationFailure'),
    ...(notFound && {
      '404': {
        description: notFound,
        content: { 'application/json': { schema: ref('schemas/Error'), examples: { not_found: { value: { object: 'error', location: 'https://www.omise.co/api-errors#not-found', code: 'not_found', message: `customer ${NEW_CUSTOMER_ID} was not found` } } } } },
      },
    }),
    '429': ref('responses/RateLimited'),
    '500': ref('responses/InternalError'),
  });
  // The new paths come first: an operation added before the others must rename nothing of theirs.
  const shipped = doc.paths as JsonObject;
  const paths: JsonObject = {};
  paths['/customers/{id}'] = {
    get: {
      operationId: 'retrieveCustomer',
      'x-omise-method': 'customers.retrieve',
      tags: ['Customers'],
      summary: 'Retrieve one customer',
      description: 'Returns the customer, without its cards.',
      parameters: [ref('parameters/OmiseVersion'), { name: 'id', in: 'path', required: true, description: "The customer's id.", schema: ref('schemas/CustomerId') }],
      responses: {
        '200': { description: 'The customer.', content: { 'application/json': { schema: ref('schemas/Customer'), examples: { somchai: { value: first } } } } },
        ...errors('No such customer for this key.'),
      },
    },
  };
  paths['/customers'] = {
    get: {
      operationId: 'listCustomers',
      'x-omise-method': 'customers.list',
      'x-omise-pagination': 'offset',
      tags: ['Customers'],
      summary: 'List the customers',
      description: 'Returns one page of the account\'s customers.',
      parameters: [
        ref('parameters/OmiseVersion'),
        { name: 'limit', in: 'query', required: false, description: 'How many customers a page holds.', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
        { name: 'offset', in: 'query', required: false, description: 'How many customers to skip.', schema: { type: 'integer', minimum: 0, default: 0 } },
        { name: 'order', in: 'query', required: false, description: 'Sort order by creation time.', schema: ref('schemas/ListOrder') },
      ],
      responses: {
        '200': {
          description: 'One page of customers.',
          content: {
            'application/json': {
              schema: ref('schemas/CustomerList'),
              examples: {
                two: { value: { object: 'list', data: [first, second], limit: 20, offset: 0, total: 2, order: 'chronological', location: '/customers', from: '1970-01-01T00:00:00Z', to: '2024-11-24T10:00:00Z' } },
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
