// Sent in User-Agent; test/version.test.ts keeps it equal to package.json's version.
export const VERSION = '2.0.0';
export const DEFAULT_API_VERSION = '2019-05-29' as const;
