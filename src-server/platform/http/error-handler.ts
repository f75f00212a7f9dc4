// Turns every failure into the contract's error body `{error:{code, message, details?, requestId}}`.
// Known client mistakes (bad JSON, too large, wrong type) keep their 4xx status; anything unexpected is
// logged with its stack and answered as a 500 that reveals nothing internal.
import type { Context, Next } from 'koa';
import { DomainError, Errors } from '../errors';
import { statusOfKind } from './error-status';
import { isTransactionTimeout } from '../db/prisma-errors';

interface HttpLikeError {
  status?: number;
  statusCode?: number;
  expose?: boolean;
  type?: string;
}

function toDomainError(err: unknown): DomainError {
  if (err instanceof DomainError) return err;
  const e = (err ?? {}) as HttpLikeError;
  const status = e.status ?? e.statusCode;
  if (status === 413 || e.type === 'entity.too.large') return Errors.payloadTooLarge();
  if (status === 415) return Errors.unsupportedMediaType('不支持的内容类型，请以 JSON 提交');
  if (status === 400 && (e.type === 'entity.parse.failed' || e.type === 'encoding.unsupported' || e.expose))
    return Errors.malformedBody();
  if (status === 404) return Errors.notFound();
  if (status === 405 || status === 501) return Errors.methodNotAllowed();
  if (isTransactionTimeout(err)) return Errors.unavailable('系统繁忙，您的操作没有完成，请稍后重试');
  return Errors.internal();
}

export function errorHandler() {
  return async (ctx: Context, next: Next) => {
    try {
      await next();
    } catch (err) {
      const error = toDomainError(err);
      const status = statusOfKind[error.kind];
      if (status >= 500) ctx.state.log?.error({ err }, 'unhandled error');
      else ctx.state.log?.debug({ code: error.code, status }, 'request refused');
      ctx.status = status;
      if (error.retryAfterSeconds !== undefined) ctx.set('Retry-After', String(error.retryAfterSeconds));
      ctx.body = {
        error: {
          code: error.code,
          message: error.userMessage,
          ...(error.details ? { details: error.details } : {}),
          requestId: ctx.state.requestId,
        },
      };
    }
  };
}
