import { useDidShow } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import useSWR, { useSWRConfig, type SWRConfiguration } from 'swr'

import { toApiError, type ApiError } from '../services/errors'

/**
 * Every read of the server goes through SWR (swr.vercel.app): one cache per app run shared by the pages, requests
 * for the same key at once asked only once, and the data asked again when a page shows again (useDidShow: a
 * mini-program has no window focus) and after a change (refresh()). Pages see one plain shape.
 */

/** A cache key: the call's name, then what it depends on (a token, a code, a query); null asks nothing. */
export type ApiKey = readonly [string, ...unknown[]] | null

export interface ApiState<T> {
  data: T | null
  error: ApiError | null
  /** Nothing to show yet: the first answer for this key is on its way. */
  loading: boolean
  /** Ask again (「重试」, pull to refresh, polling). */
  reload: () => void
}

/** App-wide options (app.ts): pages show their own 「重试」, so a failure is not retried behind the user's back. */
export const apiConfig: SWRConfiguration = {
  revalidateOnFocus: false,
  revalidateOnReconnect: false,
  shouldRetryOnError: false,
  dedupingInterval: 2000
}

export interface ApiOptions {
  /** While a new key loads, keep showing the previous key's data (a guide switching county). */
  keepPrevious?: boolean
  /** Ask again every so many milliseconds while the page is open (the clerk workbench). */
  refreshInterval?: number
  /**
   * Show nothing cached until the server has answered once since the page opened: a form pre-filled from the data
   * (the profile, a draft being edited) must not start from an old copy and then send it back.
   */
  fresh?: boolean
}

/** Numbers the page instances that ask for a fresh copy, so each has a cache entry of its own. */
let freshInstances = 0

export function useApi<T>(key: ApiKey, fetcher: () => Promise<T>, options: ApiOptions = {}): ApiState<T> {
  // A fresh read gets a key of its own for this page instance: nothing cached can answer it, and every request
  // made for it (at mount, on show, on 重试) was sent after the page opened. The key still starts with the call's
  // name, so refresh(name) reaches it.
  const [instance] = useState(() => (options.fresh ? ++freshInstances : 0))
  const ownKey: ApiKey = key && options.fresh ? [...key, { fresh: instance }] : key
  const { data, error, isLoading, mutate } = useSWR<T, unknown>(ownKey, fetcher, {
    keepPreviousData: options.keepPrevious ?? false,
    refreshInterval: options.refreshInterval ?? 0
  })
  const reload = useCallback(() => {
    void mutate()
  }, [mutate])
  useDidShow(() => {
    if (ownKey) reload()
  })
  return { data: data ?? null, error: error ? toApiError(error) : null, loading: isLoading, reload }
}

/** After a change: ask again for every cached read whose key starts with one of `names` (e.g. 'delegations'). */
export function useRefresh(): (...names: string[]) => void {
  const { mutate } = useSWRConfig()
  return useCallback(
    (...names: string[]) => {
      void mutate((key) => Array.isArray(key) && names.includes(String(key[0])))
    },
    [mutate]
  )
}
