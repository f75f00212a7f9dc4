import { ApiError, toApiError } from '../services/errors'

/**
 * Plain (renderer-free) loading logic shared by the data hooks, so it can be unit-tested with a fake
 * fetcher. Loading never throws: failures come back as an ApiError with a Chinese message.
 */

export type LoadResult<T> = { ok: true; data: T } | { ok: false; error: ApiError }

export interface LoadState<T> {
  data: T | null
  error: ApiError | null
  loading: boolean
}

export function initialLoadState<T>(): LoadState<T> {
  return { data: null, error: null, loading: true }
}

/** A page opened without a region code (e.g. a hand-edited link): asking the server cannot help. */
export function missingCodeError(): ApiError {
  return new ApiError({ status: 0, code: 'MISSING_CODE', message: '缺少地区编码，无法加载' })
}

/** Fetch what belongs to `code`; an empty code fails at once without a request. */
export async function loadByCode<T>(code: string, fetch: (code: string) => Promise<T>): Promise<LoadResult<T>> {
  if (!code) return { ok: false, error: missingCodeError() }
  try {
    return { ok: true, data: await fetch(code) }
  } catch (err) {
    return { ok: false, error: toApiError(err) }
  }
}

/** State after a load finished. */
export function settleLoadState<T>(result: LoadResult<T>): LoadState<T> {
  return result.ok
    ? { data: result.data, error: null, loading: false }
    : { data: null, error: result.error, loading: false }
}

/** Run a fetch that needs no code (e.g. the signed-in resident's own data); never throws. */
export async function attempt<T>(fetch: () => Promise<T>): Promise<LoadResult<T>> {
  try {
    return { ok: true, data: await fetch() }
  } catch (err) {
    return { ok: false, error: toApiError(err) }
  }
}
