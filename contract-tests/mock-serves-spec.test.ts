// The mock answers like Omise: every documented body it serves validates against the same spec.
import { describe, expect, inject, it } from 'vitest';
import { schemaValidator, specAjv } from '../test/support/spec-ajv.js';

const ajv = specAjv();
const auth = { authorization: `Basic ${btoa('skey_test_contract:')}` };

describe('Prism serves openapi.yaml', () => {
  it('serves the card list example, valid against CardList', async () => {
    const res = await fetch(`${inject('prismStaticUrl')}/customers/cust_test_5fz0olfpy32zadv96ek/cards`, { headers: auth });
    expect(res.status).toBe(200);
    const validate = schemaValidator(ajv, 'CardList');
    expect(validate(await res.json()), JSON.stringify(validate.errors)).toBe(true);
  });

  it('answers 401 with an Omise error body when Authorization is missing', async () => {
    const res = await fetch(`${inject('prismStaticUrl')}/transactions/trxn_test_5fz0ol7mmqw6cj8h5xq`);
    expect(res.status).toBe(401);
    const body = (await res.json()) as { code: string };
    expect(schemaValidator(ajv, 'Error')(body)).toBe(true);
    expect(body.code).toBe('authentication_failure');
  });
});
