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
    limit: '13.5 kB',
  },
  {
    name: 'response validators chunk (loaded only with validateResponses: true)',
    path: 'dist/response-validators-*.js',
    gzip: true,
    limit: '5 kB',
  },
];
