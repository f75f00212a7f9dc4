import type { Actor } from '../../identity/actor';
import type { Logger } from '../logger';
import type { UseCaseContext } from '../use-case';

/** What middleware puts on `ctx.state` for the handlers after it. */
export interface AppState {
  requestId: string;
  log: Logger;
  input: { params: unknown; query: unknown; body: unknown };
  /** The signed-in caller, set by the access check of routes that are not public. */
  actor?: Actor;
  /** The use case context of this request (caller, clock, request id, logger), set by the router. */
  useCase: UseCaseContext;
}
