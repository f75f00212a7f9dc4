// The one place where a domain error's kind becomes an HTTP status (the contract's list of statuses).
import type { ErrorKind } from '../errors';

export const statusOfKind: Record<ErrorKind, number> = {
  invalid_input: 400,
  malformed_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  unsupported_operation: 405,
  conflict: 409,
  invalid_state: 409,
  locked: 423,
  too_large: 413,
  unsupported_type: 415,
  rule_violation: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};
