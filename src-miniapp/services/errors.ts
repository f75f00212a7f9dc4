import type { ApiErrorBody } from './types'

/**
 * Error raised by the HTTP adapter. `message` is always Chinese and fit to show to the user:
 * the server's own message (for invalid_input, its details' messages, see userMessage) or a local fallback.
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

/** Server code of a 400 whose `details` name what is wrong with each field. */
export const INVALID_INPUT = 'invalid_input'

/**
 * The `message` of each entry of a server error's `details` ([{ field, message }]), trimmed, without
 * empty or repeated ones. Anything that is not such a list gives [].
 */
export function detailMessages(details: unknown): string[] {
  if (!Array.isArray(details)) return []
  const messages: string[] = []
  for (const item of details) {
    const message = typeof item === 'object' && item !== null ? (item as { message?: unknown }).message : undefined
    if (typeof message !== 'string') continue
    const text = message.trim()
    if (text && !messages.includes(text)) messages.push(text)
  }
  return messages
}

/**
 * The sentence to show for a server error body. For invalid_input the top-level message is generic
 * (提交的内容有误…) and the useful sentences are in details[].message, so those are shown instead.
 */
export function userMessage(payload: ApiErrorBody['error']): string {
  if (payload.code === INVALID_INPUT) {
    const details = detailMessages(payload.details)
    if (details.length > 0) return details.join('；')
  }
  return payload.message.trim() || '请求失败，请稍后再试'
}

/** Build an ApiError from a non-2xx answer. */
export function errorFromResponse(status: number, body: unknown): ApiError {
  if (isApiErrorBody(body)) {
    const { code, details, requestId } = body.error
    return new ApiError({ status, code, message: userMessage(body.error), details, requestId, body })
  }
  return new ApiError({ status, code: `HTTP_${status}`, message: fallbackMessage(status) })
}

/** weapp: errMsg 'request:fail timeout'; H5: the fetch is aborted by Taro's timer (AbortError). */
function isTimeout(cause: unknown, detail: unknown): boolean {
  if (typeof cause === 'object' && cause !== null && (cause as { name?: unknown }).name === 'AbortError') return true
  return typeof detail === 'string' && /timed?\s*out/i.test(detail)
}

/** Build an ApiError for a request that got no answer at all (code TIMEOUT or NETWORK_ERROR). */
export function networkError(cause?: unknown): ApiError {
  const detail =
    typeof cause === 'object' && cause !== null
      ? (cause as { errMsg?: unknown; message?: unknown }).errMsg ?? (cause as { message?: unknown }).message
      : cause
  const timedOut = isTimeout(cause, detail)
  return new ApiError({
    status: 0,
    code: timedOut ? 'TIMEOUT' : 'NETWORK_ERROR',
    message: timedOut ? '请求超时，请检查网络后重试' : fallbackMessage(0),
    details: typeof detail === 'string' ? detail : undefined
  })
}

/** Coerce anything thrown while loading data into an ApiError with a Chinese message. */
export function toApiError(err: unknown): ApiError {
  if (isApiError(err)) return err
  return new ApiError({
    status: 0,
    code: 'UNEXPECTED_ERROR',
    message: '加载失败，请稍后再试',
    details: err instanceof Error ? err.message : undefined
  })
}

/**
 * Whether asking again may succeed: no answer (network failure, timeout), 408, 429 or a 5xx.
 * Other 4xx answers (bad or unknown code, no permission…) and local errors will fail the same way again.
 */
export function isRetryable(error: Pick<ApiError, 'status' | 'code'>): boolean {
  if (error.status === 0) return error.code === 'NETWORK_ERROR' || error.code === 'TIMEOUT'
  return error.status === 408 || error.status === 429 || error.status >= 500
}

/** What an error screen offers: 「重试」, 「返回首页」, or nothing (e.g. a non-retryable error on the home page itself). */
export type ErrorAction = 'retry' | 'home' | 'none'

export function errorAction(error: Pick<ApiError, 'status' | 'code'>, options: { onHomePage?: boolean } = {}): ErrorAction {
  if (isRetryable(error)) return 'retry'
  return options.onHomePage ? 'none' : 'home'
}

/** A page opened without a region code (e.g. a hand-edited link): asking the server cannot help. */
export function missingCodeError(): ApiError {
  return new ApiError({ status: 0, code: 'MISSING_CODE', message: '缺少地区编码，无法加载' })
}
