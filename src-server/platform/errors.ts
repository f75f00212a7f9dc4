// Domain errors: what use cases raise. A stable code for programs, a Chinese message for people and a kind
// that says what went wrong (not found, conflict, invalid state…). Use cases know nothing of HTTP: the one
// mapping from kind to status lives in platform/http/error-status.ts.
import type { z } from 'zod';

export interface ErrorDetail {
  /** Dotted path of the field, e.g. `form.idNumber`; empty for the whole input. */
  field: string;
  message: string;
}

export type ErrorKind =
  | 'invalid_input'
  | 'malformed_input'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'unsupported_operation'
  | 'conflict'
  | 'invalid_state'
  | 'locked'
  | 'too_large'
  | 'unsupported_type'
  | 'rule_violation'
  | 'rate_limited'
  | 'unavailable'
  | 'internal';

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    /** Shown to the user: Simplified Chinese, says what to do. */
    readonly userMessage: string,
    readonly details?: ErrorDetail[],
    /** For `rate_limited`: when the caller may try again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(`${code}: ${userMessage}`);
  }
}

export const Errors = {
  invalidInput: (details: ErrorDetail[], message = '提交的内容有误，请按提示修改后重试') =>
    new DomainError('invalid_input', 'invalid_input', message, details),
  malformedBody: () => new DomainError('malformed_input', 'malformed_body', '请求内容无法解析，请检查格式（应为 JSON）'),
  unauthenticated: (message = '请先登录', code = 'unauthenticated') => new DomainError('unauthenticated', code, message),
  forbidden: (message = '您没有权限进行此操作') => new DomainError('forbidden', 'forbidden', message),
  notFound: (message = '没有找到您要的内容') => new DomainError('not_found', 'not_found', message),
  methodNotAllowed: () => new DomainError('unsupported_operation', 'method_not_allowed', '不支持这种请求方式'),
  /** The same thing exists already, or another request changed it first. */
  conflict: (code: string, message: string) => new DomainError('conflict', code, message),
  /** The record's state does not allow this action (e.g. recalling a recalled delegation). */
  invalidState: (code: string, message: string) => new DomainError('invalid_state', code, message),
  locked: (code: string, message: string) => new DomainError('locked', code, message),
  payloadTooLarge: (message = '提交的内容过大，请缩小后重试') => new DomainError('too_large', 'payload_too_large', message),
  unsupportedMediaType: (message = '不支持的内容类型') => new DomainError('unsupported_type', 'unsupported_media_type', message),
  ruleViolation: (code: string, message: string, details?: ErrorDetail[]) =>
    new DomainError('rule_violation', code, message, details),
  rateLimited: (retryAfterSeconds: number) =>
    new DomainError('rate_limited', 'rate_limited', `操作太频繁，请 ${retryAfterSeconds} 秒后再试`, undefined, retryAfterSeconds),
  unavailable: (message = '服务暂时不可用，请稍后再试') => new DomainError('unavailable', 'unavailable', message),
  internal: () => new DomainError('internal', 'internal', '服务器出了点问题，请稍后再试；如仍不行，请把请求编号告诉客服'),
};

/** Turns zod issues into the contract's `details`: the first problem of each field, in order. */
export function issuesToDetails(issues: z.core.$ZodIssue[], prefix?: string): ErrorDetail[] {
  const byField = new Map<string, string>();
  for (const issue of issues) {
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (!byField.has(field)) byField.set(field, issue.message);
  }
  return [...byField].map(([field, message]) => ({ field, message }));
}
