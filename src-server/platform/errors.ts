// Errors that leave the server: a stable code for programs, a Chinese message for people, one HTTP status.
export interface ErrorDetail {
  /** Dotted path of the field, e.g. `form.idNumber`; empty for the whole input. */
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    /** Shown to the user: Simplified Chinese, says what to do. */
    readonly userMessage: string,
    readonly details?: ErrorDetail[],
    readonly headers?: Record<string, string>,
  ) {
    super(`${code}: ${userMessage}`);
  }
}

export const Errors = {
  invalidInput: (details: ErrorDetail[], message = '提交的内容有误，请按提示修改后重试') =>
    new AppError(400, 'invalid_input', message, details),
  malformedBody: () => new AppError(400, 'malformed_body', '请求内容无法解析，请检查格式（应为 JSON）'),
  unauthenticated: (message = '请先登录') => new AppError(401, 'unauthenticated', message),
  forbidden: (message = '您没有权限进行此操作') => new AppError(403, 'forbidden', message),
  notFound: (message = '没有找到您要的内容') => new AppError(404, 'not_found', message),
  methodNotAllowed: () => new AppError(405, 'method_not_allowed', '不支持这种请求方式'),
  conflict: (code: string, message: string) => new AppError(409, code, message),
  payloadTooLarge: (message = '提交的内容过大，请缩小后重试') => new AppError(413, 'payload_too_large', message),
  unsupportedMediaType: (message = '不支持的内容类型') => new AppError(415, 'unsupported_media_type', message),
  ruleViolation: (code: string, message: string, details?: ErrorDetail[]) => new AppError(422, code, message, details),
  rateLimited: (retryAfterSeconds: number) =>
    new AppError(429, 'rate_limited', `操作太频繁，请 ${retryAfterSeconds} 秒后再试`, undefined, {
      'Retry-After': String(retryAfterSeconds),
    }),
  unavailable: (message = '服务暂时不可用，请稍后再试') => new AppError(503, 'unavailable', message),
  internal: () => new AppError(500, 'internal', '服务器出了点问题，请稍后再试；如仍不行，请把请求编号告诉客服'),
};
