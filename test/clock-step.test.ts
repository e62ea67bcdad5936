// The wall clock steps (NTP corrects it, a VM resumes, an operator sets it): the client's durations
// run on the monotonic clock, so a step changes no deadline, no backoff decision and no 429 pause.
// Here the wall clock (Date) is faked and stepped by an hour; timers and performance.now() stay real.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OmiseTimeoutError, createOmiseClient, type OmiseClientOptions } from '../src/index.node.js';
import { CardListServer } from './support/card-list-server.js';
import { failure } from './support/failure.js';
import { CUSTOMER_ID, TEST_KEY, TRANSACTION_ID, transaction } from './support/fixtures.js';
import { headersThenHang, json, omiseError } from './support/loopback-server.js';
import { loopbackPerTest, transports } from './support/transports.js';

const HOUR = 3_600_000;
const stepWallClock = (ms: number): void => {
  vi.setSystemTime(Date.now() + ms);
};

describe.each(transports)('a step of the wall clock, over $name', (transport) => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const loopback = loopbackPerTest(transport, json(200, transaction()));
  const client = (options: OmiseClientOptions = {}) => createOmiseClient({ secretKey: TEST_KEY, baseUrl: loopback.server.url, ...loopback.options, ...options });

  it('an hour back during a call: the next attempt gets what is left of the deadline, not an hour more', async () => {
    loopback.server.handle(
      (req, res, i) => {
        // The first attempt fails at once, and the wall clock steps back before the next one.
        stepWallClock(-HOUR);
        omiseError(503, 'service_unavailable', 'busy')(req, res, i);
      },
      headersThenHang,
    );
    const error = await failure(client({ timeoutMs: 20_000, initialRetryDelayMs: 20, maxRetryDelayMs: 20 }).transactions.retrieve(TRANSACTION_ID, { deadlineMs: 1_500 }));
    expect(error).toBeInstanceOf(OmiseTimeoutError);
    // The call's deadline ended it during its second attempt (not that attempt's 20 s timeout).
    expect(error).toMatchObject({ attempts: 2, budget: 'call' });
  });

  it('an hour ahead during a call: the deadline has not passed, and the retry is made', async () => {
    loopback.server.handle(
      (req, res, i) => {
        stepWallClock(HOUR);
        omiseError(503, 'service_unavailable', 'busy')(req, res, i);
      },
      json(200, transaction()),
    );
    const result = await client({ initialRetryDelayMs: 20, maxRetryDelayMs: 20 }).transactions.retrieve(TRANSACTION_ID, { deadlineMs: 30_000 }).withResponse();
    expect(result.response.attempts).toBe(2);
    expect(result.data.id).toBe(TRANSACTION_ID);
  });

  it("an hour back during listAllCards' 429 pause: the pause is the Retry-After, not an hour more", async () => {
    const list = new CardListServer(500, CUSTOMER_ID);
    let throttled = false;
    list.beforeAnswer = (_index, offset) => {
      if (offset === 100 && !throttled) {
        throttled = true;
        return { status: 429, retryAfter: '1' };
      }
      // The retry of the throttled page: the pause is set, and the wall clock now steps back.
      if (offset === 100) stepWallClock(-HOUR);
      return undefined;
    };
    loopback.server.handle(list.handler);
    const ids: string[] = [];
    // A safety net far below an hour: the loop ends by itself either way.
    const gaveUp = new AbortController();
    const timer = setTimeout(() => gaveUp.abort(new Error('the iteration waited on the wall clock')), 30_000);
    try {
      for await (const c of client({ initialRetryDelayMs: 1, maxRetryDelayMs: 5 }).customers.listAllCards(CUSTOMER_ID, { concurrency: 2, signal: gaveUp.signal })) ids.push(c.id);
    } finally {
      clearTimeout(timer);
    }
    expect(throttled).toBe(true);
    expect(ids).toHaveLength(500);
  });
});
