import type { Actor } from '../../identity/actor';
import type { Logger } from '../logger';

/** What middleware puts on `ctx.state` for the handlers after it. */
export interface AppState {
  requestId: string;
  log: Logger;
  input: { params: unknown; query: unknown; body: unknown };
  /** The signed-in caller, set by the access check of routes that are not public. */
  actor?: Actor;
}
