import { useCallback, useEffect, useRef, useState } from 'react'

import type { ApiError } from '../services/errors'
import { initialLoadState, settleLoadState, type LoadResult, type LoadState } from '../view-models/load'

export interface UseLoaderResult<T> {
  data: T | null
  error: ApiError | null
  loading: boolean
  /** Load again (e.g. from a 「重试」 button). */
  reload: () => void
}

/** Runs `load(key)` whenever `key` changes or reload() is called; only the latest answer is kept. */
export function useLoader<T>(key: string, load: (key: string) => Promise<LoadResult<T>>): UseLoaderResult<T> {
  const [state, setState] = useState<LoadState<T>>(initialLoadState)
  const [attempt, setAttempt] = useState(0)
  const loadRef = useRef(load)
  loadRef.current = load
  // Only the latest request may update state (key changed, reload, or unmount).
  const latest = useRef(0)

  useEffect(() => {
    const id = ++latest.current
    setState(initialLoadState<T>())
    void loadRef.current(key).then((result) => {
      if (id === latest.current) setState(settleLoadState(result))
    })
    return () => {
      latest.current++
    }
  }, [key, attempt])

  const reload = useCallback(() => setAttempt((n) => n + 1), [])

  return { ...state, reload }
}
