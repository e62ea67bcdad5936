// omise-openapi/testing: the partner mock's engine in-process, for unit tests of code that uses the
// client. Web-standard APIs only (it runs in a browser bundle) and nothing the core bundle loads.
export { createMockFetch, type MockFetch } from './mock-fetch.js';
export { createMockEngine, type MockAnswer, type MockEngine, type MockEngineOptions, type MockRequest } from './engine.js';
export { MOCK_IDS, MOCK_SECRET_KEY } from './fixtures.js';
export { mockData } from './data-set.js';
export type { MockData } from './mock-data.js';
