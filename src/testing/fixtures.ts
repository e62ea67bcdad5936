// The mock's own fixtures, richer than the spec's examples (data-set.ts adds those): the 250-card
// customer, the four currencies, both eras of a card. Deterministic (no clock, no randomness), so a
// partner's test can assert exact values. The card shapes
// follow the bodies Omise's SDKs recorded (test/fixtures/omise-recorded): address fields null, `bank`,
// `country` and `financing` sometimes empty, and both eras of a 2019-05-29 card: today's, with
// `first_digits` and `tokenization_method` (usually null), and 2019's, without those two fields.
import type { Card, Transaction } from '../types.js';
import { omiseTime } from './list-page.js';
import type { MockData } from './mock-data.js';

/** A well-formed test key for the mocks; any `skey_test_` key works as well. Never a real key. */
export const MOCK_SECRET_KEY = 'skey_test_5fz0oluu2v7vk6cnsqx';

/** The ids the mock knows beside those of openapi.yaml's examples, by what each shows. Any other id answers 404 `not_found`. */
export const MOCK_IDS = {
  /** Three cards: Visa (today's shape, nulls), MasterCard (Google Pay, first digits), JCB (a 2019-era card). */
  customerWithCards: 'cust_test_5fz0olfpy32zadv96ek',
  /** No cards: an empty list. */
  customerWithoutCards: 'cust_test_5fz0om2empty0000000',
  /** 250 cards of several brands, an hour apart: three pages of 100, for paging. */
  customerWithManyCards: 'cust_test_5fz0om3many000000000',
  /** Credit, THB: a captured charge's net amount. */
  transactionCredit: 'trxn_test_5fz0ol7mmqw6cj8h5xq',
  /** Debit, THB: a refund. */
  transactionDebit: 'trxn_test_5fz0olkxj5z7r3ka2d1',
  /** Credit, JPY: a currency without minor units. */
  transactionCreditJpy: 'trxn_test_5fz0om4jpy00000000',
  /** Debit, USD: a transfer to the bank account. */
  transactionDebitUsd: 'trxn_test_5fz0om5usd00000000',
  /** Credit, SGD: a dispute won back. */
  transactionCreditSgd: 'trxn_test_5fz0om6sgd00000000',
  /** The customer of Omise's API reference samples (curl, Node.js, ...): two cards. */
  omiseDocsCustomer: 'cust_test_5xuy4w91xqz7d1w9u0t',
  /** The transaction of Omise's API reference samples: credit, THB. */
  omiseDocsTransaction: 'trxn_test_5fzo4nqrnop03djdde1',
} as const;

const cardLocation = (customerId: string, cardId: string): string => `/customers/${customerId}/cards/${cardId}`;

// The fields every card starts with, in the API's order.
const cardHead = (customerId: string, id: string) => ({ object: 'card', id, livemode: false, location: cardLocation(customerId, id), deleted: false }) as const;

function customerWithCards(): Card[] {
  const customer = MOCK_IDS.customerWithCards;
  const name = 'Somchai Prasert';
  return [
    {
      // A 2019-era body: first_digits and tokenization_method did not exist yet.
      ...cardHead(customer, 'card_test_5fzbq7cypephj6fd3zq'),
      name,
      brand: 'JCB',
      last_digits: '0000',
      expiration_month: 1,
      expiration_year: 2028,
      bank: null,
      country: 'jp',
      city: 'Chiang Mai',
      postal_code: '50200',
      state: 'Chiang Mai',
      street1: '1 Nimmanhaemin Road',
      street2: 'Suthep',
      phone_number: '+66812345678',
      financing: 'debit',
      fingerprint: 'Rj2Oq0y2aK5mWv+jz2I3oV5n8k8bQbGz3q1V+1YkNfM=',
      security_code_check: false,
      created_at: '2019-05-22T05:10:51Z',
    },
    {
      ...cardHead(customer, 'card_test_5fz0ol9ivcxnqmxljdq'),
      name,
      brand: 'Visa',
      last_digits: '4242',
      first_digits: null,
      expiration_month: 12,
      expiration_year: 2030,
      bank: 'JPMORGAN CHASE BANK N.A.',
      country: 'us',
      city: 'Bangkok',
      postal_code: '10320',
      state: null,
      street1: null,
      street2: null,
      phone_number: null,
      financing: 'credit',
      fingerprint: '7jGh9VWw5Dvm/8Zrh9wY/e3VXhdWyg8k8xD1+8sHGhU=',
      tokenization_method: null,
      security_code_check: true,
      created_at: '2024-03-01T04:12:10Z',
    },
    {
      ...cardHead(customer, 'card_test_5fz0olb0ehmmu1n8q6w'),
      name,
      brand: 'MasterCard',
      last_digits: '4444',
      first_digits: '555555',
      expiration_month: 6,
      expiration_year: 2029,
      bank: '',
      country: 'th',
      city: null,
      postal_code: null,
      state: null,
      street1: null,
      street2: null,
      phone_number: null,
      financing: '',
      fingerprint: 'aH0U6I0pxxu9T2i+7XhRO4VrX2a5Kf0hAEMc6sHDOb0=',
      tokenization_method: 'googlepay',
      security_code_check: true,
      created_at: '2024-05-17T09:30:00Z',
    },
  ];
}

// The customer Omise's own samples use, so that code copied from Omise's documentation runs
// unchanged against the mock; the cards are of the shape Omise's card documentation shows.
function omiseDocsCustomerCards(): Card[] {
  const customer = MOCK_IDS.omiseDocsCustomer;
  const common = { name: 'Somchai Prasert', city: 'Bangkok', postal_code: '10320', state: null, street1: null, street2: null, phone_number: null, first_digits: null, tokenization_method: null, security_code_check: true } as const;
  return [
    {
      ...cardHead(customer, 'card_test_5xuy4w91yvf5mpktg6k'),
      ...common,
      brand: 'Visa',
      last_digits: '4242',
      expiration_month: 10,
      expiration_year: 2030,
      bank: 'JPMORGAN CHASE BANK N.A.',
      country: 'us',
      financing: 'credit',
      fingerprint: 'mKleiBfwp+PoJWB/ipngANuECUmRKjyxROwFW5IO7TM=',
      created_at: '2024-01-15T03:24:10Z',
    },
    {
      ...cardHead(customer, 'card_test_5xuy4w91zbf7x1w1c4g'),
      ...common,
      brand: 'MasterCard',
      last_digits: '4444',
      expiration_month: 3,
      expiration_year: 2029,
      bank: '',
      country: 'th',
      financing: 'debit',
      fingerprint: 'XjOdjaoHRvUGRfmZacMPcJtm0U3SEIIfkA7534dQeVw=',
      created_at: '2024-06-02T10:05:44Z',
    },
  ];
}

const BRANDS = [
  { brand: 'Visa', last_digits: '4242', bank: 'KASIKORNBANK PUBLIC COMPANY LIMITED', country: 'th', financing: 'credit' },
  { brand: 'MasterCard', last_digits: '4444', bank: '', country: '', financing: '' },
  { brand: 'JCB', last_digits: '0000', bank: null, country: 'jp', financing: 'debit' },
  { brand: 'American Express', last_digits: '0005', bank: 'AMERICAN EXPRESS', country: 'us', financing: 'credit' },
  { brand: 'Visa', last_digits: '1111', bank: 'BANGKOK BANK PUBLIC COMPANY LIMITED', country: 'th', financing: 'prepaid' },
] as const;

const HOUR_MS = 3_600_000;

/**
 * The `i`-th of a run of generated cards of a customer, `stepMs` apart from `from` (ms since the
 * epoch): five kinds in turn, id and fingerprint derived from the position. The 250-card customer is
 * such a run; the benchmark serves longer ones.
 */
export function generatedCard(customerId: string, i: number, from = Date.UTC(2024, 0, 1), stepMs = HOUR_MS): Card {
  const id = `card_test_5g0m${String(i).padStart(4, '0')}manycards`;
  const kind = BRANDS[i % BRANDS.length]!;
  return {
    ...cardHead(customerId, id),
    ...kind,
    first_digits: null,
    name: `Card Holder ${i + 1}`,
    expiration_month: (i % 12) + 1,
    expiration_year: 2027 + (i % 5),
    city: null,
    postal_code: null,
    state: null,
    street1: null,
    street2: null,
    phone_number: null,
    fingerprint: `${String(i).padStart(4, '0')}mockFingerprintAbCdEfGhIjKlMnOpQrStUv+/=`,
    tokenization_method: i % 10 === 9 ? 'applepay' : null,
    security_code_check: true,
    created_at: omiseTime(new Date(from + i * stepMs)),
  };
}

function transaction(
  id: string,
  fields: Pick<Transaction, 'amount' | 'currency' | 'direction' | 'key' | 'origin' | 'created_at' | 'transferable_at'>,
): [string, Transaction] {
  const location = `/transactions/${id}`;
  return [location, { object: 'transaction', id, livemode: false, location, ...fields }];
}

const cards = (customerId: string, list: Card[]): [string, Card[]] => [`/customers/${customerId}/cards`, list];

/** The fixtures as a data set (a new copy each call: answers never share objects with the caller). */
export function fixtureData(): MockData {
  return {
    lists: new Map<string, readonly object[]>([
      cards(MOCK_IDS.customerWithCards, customerWithCards()),
      cards(MOCK_IDS.customerWithoutCards, []),
      // 250 cards an hour apart from 2024-01-01.
      cards(MOCK_IDS.customerWithManyCards, Array.from({ length: 250 }, (_, i) => generatedCard(MOCK_IDS.customerWithManyCards, i))),
      cards(MOCK_IDS.omiseDocsCustomer, omiseDocsCustomerCards()),
    ]),
    objects: new Map<string, object>([
      transaction(MOCK_IDS.transactionCredit, {
        amount: 96094,
        currency: 'THB',
        direction: 'credit',
        key: 'charge.captured.net',
        origin: 'chrg_test_5fz0ol3bn1mdrc3t0kq',
        transferable_at: '2024-03-08T04:12:10Z',
        created_at: '2024-03-01T04:12:10Z',
      }),
      transaction(MOCK_IDS.transactionDebit, {
        amount: 25000,
        currency: 'THB',
        direction: 'debit',
        key: 'refund.created',
        origin: 'rfnd_test_5fz0olj9d3nqz6wx0bv',
        transferable_at: '2024-03-02T11:00:00Z',
        created_at: '2024-03-02T11:00:00Z',
      }),
      transaction(MOCK_IDS.transactionCreditJpy, {
        amount: 12000,
        currency: 'JPY',
        direction: 'credit',
        key: 'charge.captured.net',
        origin: 'chrg_test_5fz0om4jpycharge00',
        transferable_at: '2024-04-10T00:00:00Z',
        created_at: '2024-04-03T06:30:00Z',
      }),
      transaction(MOCK_IDS.transactionDebitUsd, {
        amount: 150000,
        currency: 'USD',
        direction: 'debit',
        key: 'transfer.sent',
        origin: 'trsf_test_5fz0om5usdtrsf000',
        transferable_at: '2024-05-01T08:00:00Z',
        created_at: '2024-05-01T08:00:00Z',
      }),
      transaction(MOCK_IDS.omiseDocsTransaction, {
        amount: 100000,
        currency: 'THB',
        direction: 'credit',
        key: 'charge.captured.net',
        origin: 'chrg_test_5fzo4nqrnop03djdde0',
        transferable_at: '2024-07-08T02:00:00Z',
        created_at: '2024-07-01T02:00:00Z',
      }),
      transaction(MOCK_IDS.transactionCreditSgd, {
        amount: 4990,
        currency: 'SGD',
        direction: 'credit',
        key: 'dispute.won',
        origin: 'dspt_test_5fz0om6sgddspt000',
        transferable_at: '2024-06-15T12:00:00Z',
        created_at: '2024-06-12T12:00:00Z',
      }),
    ]),
  };
}
