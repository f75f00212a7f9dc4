import type { ApiErrorBody } from './types'

/**
 * Error raised by the HTTP adapter. `message` is always Chinese and fit to show to the user:
 * either the server's own message or a local fallback.
 * This module has no Taro dependency so it can be unit-tested in plain Node.
 */
export class ApiError extends Error {
  /** Brand used by isApiError (instanceof is unreliable across transpiled Error subclasses). */
  readonly isApiError = true
  /** HTTP status; 0 when no answer was received (network failure, timeout). */
  readonly status: number
  /** Server error code (e.g. "NOT_FOUND") or a local one: NETWORK_ERROR, HTTP_<status>, BAD_RESPONSE. */
  readonly code: string
  readonly details?: unknown
  readonly requestId?: string
  /** The server's error body, when it sent one. */
  readonly body?: ApiErrorBody

  constructor(init: {
    status: number
    code: string
    message: string
    details?: unknown
    requestId?: string
    body?: ApiErrorBody
  }) {
    super(init.message)
    Object.setPrototypeOf(this, ApiError.prototype)
    this.name = 'ApiError'
    this.status = init.status
    this.code = init.code
    this.details = init.details
    this.requestId = init.requestId
    this.body = init.body
  }
}

export function isApiError(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && (value as { isApiError?: unknown }).isApiError === true
}

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) return false
  const error = (value as { error?: unknown }).error
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  )
}

/** Chinese fallback text for an HTTP status when the server sent no usable error body. */
export function fallbackMessage(status: number): string {
  if (status === 0) return '网络连接失败，请检查网络后重试'
  if (status === 400) return '请求参数有误'
  if (status === 401) return '登录已失效，请重新登录'
  if (status === 403) return '没有权限执行此操作'
  if (status === 404) return '请求的内容不存在'
  if (status === 429) return '操作过于频繁，请稍后再试'
  if (status >= 500) return '服务暂时不可用，请稍后重试'
  return `请求失败（状态码 ${status}）`
}

/** Build an ApiError from a non-2xx answer. */
export function errorFromResponse(status: number, body: unknown): ApiError {
  if (isApiErrorBody(body)) {
    const { code, message, details, requestId } = body.error
    return new ApiError({ status, code, message, details, requestId, body })
  }
  return new ApiError({ status, code: `HTTP_${status}`, message: fallbackMessage(status) })
}

/** Build an ApiError for a request that got no answer at all. */
export function networkError(cause?: unknown): ApiError {
  const detail =
    typeof cause === 'object' && cause !== null
      ? (cause as { errMsg?: unknown; message?: unknown }).errMsg ?? (cause as { message?: unknown }).message
      : cause
  return new ApiError({
    status: 0,
    code: 'NETWORK_ERROR',
    message: fallbackMessage(0),
    details: typeof detail === 'string' ? detail : undefined
  })
}

/** Coerce anything thrown while loading data into an ApiError with a Chinese message. */
export function toApiError(err: unknown): ApiError {
  if (isApiError(err)) return err
  return new ApiError({
    status: 0,
    code: 'UNEXPECTED_ERROR',
    message: '加载失败，请稍后重试',
    details: err instanceof Error ? err.message : undefined
  })
}
