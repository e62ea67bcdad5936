// The package's version comes from package.json through generated/version.ts (npm run generate).
export { VERSION } from '../../generated/version.js';
/** The Omise API version every request pins (Omise-Version), the one openapi.yaml describes. */
export const DEFAULT_API_VERSION = '2019-05-29' as const;
