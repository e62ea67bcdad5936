// Budgets of what a browser app ships. The response validators load lazily (validateResponses: true)
// from a chunk of their own, so the core budget leaves that chunk out.
const withoutValidators = (config) => ({ ...config, external: [...(config.external ?? []), './response-validators-*'] });

export default [
  {
    name: 'core for the browser (our code, without response validators and openapi-fetch)',
    path: 'dist/index.js',
    import: '{ createOmiseClient, OmiseNotFoundError }',
    ignore: ['openapi-fetch'],
    modifyEsbuildConfig: withoutValidators,
    gzip: true,
    limit: '11.25 kB',
  },
  {
    name: 'core for the browser with openapi-fetch (what an app ships)',
    path: 'dist/index.js',
    import: '{ createOmiseClient, OmiseNotFoundError }',
    modifyEsbuildConfig: withoutValidators,
    gzip: true,
    // 13.53 kB since 2.1.0 for the same bundle as 13.39 kB before: size-limit subtracts a smaller
    // "empty project" constant once the package has no peerDependencies (the Prism peers are gone).
    limit: '13.6 kB',
  },
  {
    name: 'response validators chunk (loaded only with validateResponses: true)',
    path: 'dist/response-validators-*.js',
    gzip: true,
    limit: '5 kB',
  },
  {
    name: 'omise-openapi/testing (the mock engine and its fixtures, for unit tests; never in the core)',
    path: 'dist/testing.js',
    import: '{ createMockFetch, MOCK_IDS }',
    gzip: true,
    limit: '8 kB',
  },
];
