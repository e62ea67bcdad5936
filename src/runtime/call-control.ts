// What a resource method hands down to the network layer for one call (its own timeoutMs,
// maxRetries, deadlineMs; a retry listener), through openapi-fetch: as an extra field of the request
// init, which openapi-fetch passes on to the Request it builds.
import type { CallOverrides } from './retry.js';

/** The field of the request init, and of the request openapi-fetch builds, that carries it. */
export const CALL_CONTROL = 'omiseCallControl';

export function callControlOf(request: object): CallOverrides | undefined {
  return (request as { [CALL_CONTROL]?: CallOverrides })[CALL_CONTROL];
}
