// How the retry layer gets the controller of each attempt. fetch needs a real AbortController; a
// transport may offer a cheaper one of its own (see src/node.ts) by carrying this symbol.

export const ATTEMPT_CONTROLLER = Symbol.for('omise-openapi.attemptController');

/** The controller the retry layer uses for one attempt: abort() cancels the attempt's request. */
export interface AttemptController {
  readonly signal: AbortSignal;
  abort(reason: unknown): void;
}

export type AttemptControllerFactory = () => AttemptController;

export function controllerFactoryOf(send: object): AttemptControllerFactory {
  const offered = (send as { [ATTEMPT_CONTROLLER]?: AttemptControllerFactory })[ATTEMPT_CONTROLLER];
  return typeof offered === 'function' ? offered : () => new AbortController();
}
