// Generated from openapi.yaml by scripts/generate.ts. Do not edit: run `npm run generate`.
/** The package's version (package.json's), sent in User-Agent. */
export const VERSION = "2.0.0";
