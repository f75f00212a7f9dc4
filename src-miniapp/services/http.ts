import Taro from '@tarojs/taro'

import { ApiError, errorFromResponse, networkError } from './errors'
import { shouldEndSession } from './sessionStore'
import { session } from './store'

/** The one place that talks to the network. Pages and hooks go through services/api.ts. */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
export type QueryValue = string | number | boolean | null | undefined

export interface RequestOptions {
  method?: HttpMethod
  query?: Record<string, QueryValue>
  /** JSON body (ignored for GET). */
  data?: unknown
  header?: Record<string, string>
  /** Milliseconds; default 15 s. */
  timeout?: number
  /** Send the stored token (default true). Login routes do without: they start a new session. */
  auth?: boolean
}

const DEFAULT_TIMEOUT_MS = 15_000

/**
 * API origin. On H5 the pages are served by the API server itself, so requests are
 * same-origin and relative (`/api/...`). On the mini-program an absolute origin is baked
 * in at build time from TARO_APP_API_BASE (see config/index.ts).
 */
export function resolveApiBase(): string {
  if (process.env.TARO_ENV === 'h5') return ''
  const base = process.env.TARO_APP_API_BASE || 'http://127.0.0.1:3000'
  return base.replace(/\/+$/, '')
}

/** Join base, path and query; undefined/null query values are left out. */
export function buildUrl(base: string, path: string, query?: Record<string, QueryValue>): string {
  const normalizedPath = path.startsWith('/') ? path : `/${path}`
  const pairs: string[] = []
  if (query) {
    for (const key of Object.keys(query)) {
      const value = query[key]
      if (value === undefined || value === null) continue
      pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
    }
  }
  const search = pairs.length > 0 ? `${normalizedPath.includes('?') ? '&' : '?'}${pairs.join('&')}` : ''
  return `${base}${normalizedPath}${search}`
}

/**
 * Send a JSON request and resolve with the parsed body of a 2xx answer.
 * Rejects with ApiError for non-2xx answers (carrying the server's error body) and for
 * network failures. A 401 to a request that carried the stored token ends the session (see
 * services/sessionStore.ts), so pages show the logged-out state.
 */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET'
  const url = buildUrl(resolveApiBase(), path, options.query)
  const header: Record<string, string> = { Accept: 'application/json' }
  if (method !== 'GET') header['Content-Type'] = 'application/json'
  const token = options.auth === false ? '' : session.token()
  if (token) header.Authorization = `Bearer ${token}`
  Object.assign(header, options.header)

  let response: { statusCode: number; data: unknown }
  try {
    response = await Taro.request<unknown>({
      url,
      method,
      header,
      data: method === 'GET' ? undefined : (options.data as Record<string, unknown> | undefined),
      dataType: 'json',
      responseType: 'text',
      timeout: options.timeout ?? DEFAULT_TIMEOUT_MS
    })
  } catch (err) {
    throw networkError(err)
  }

  const { statusCode, data } = response
  if (statusCode >= 200 && statusCode < 300) {
    return data as T
  }
  const error = errorFromResponse(statusCode, data)
  if (shouldEndSession(error, token)) session.rejected(token)
  throw error
}

export { ApiError }
