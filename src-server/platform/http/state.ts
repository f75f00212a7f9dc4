import type { Logger } from '../logger';

/** What middleware puts on `ctx.state` for the handlers after it. */
export interface AppState {
  requestId: string;
  log: Logger;
  input: { params: unknown; query: unknown; body: unknown };
}
