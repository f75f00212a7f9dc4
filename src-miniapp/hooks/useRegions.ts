import { useCallback, useEffect, useRef, useState } from 'react'

import { listRegions } from '../services/api'
import type { ApiError } from '../services/errors'
import type { Region } from '../services/types'
import { initialRegionsState, loadRegions, settleRegionsState, type RegionsState } from './loadRegions'

export { loadRegions } from './loadRegions'

export interface UseRegionsResult {
  data: Region[] | null
  error: ApiError | null
  loading: boolean
  /** Load again (e.g. from a 「重试」 button). */
  reload: () => void
}

/** Children of `parent` (e.g. '4105' → the counties of 安阳市). */
export function useRegions(parent: string): UseRegionsResult {
  const [state, setState] = useState<RegionsState>(initialRegionsState)
  const [attempt, setAttempt] = useState(0)
  // Only the latest request may update state (parent changed, reload, or unmount).
  const latest = useRef(0)

  useEffect(() => {
    const id = ++latest.current
    setState(initialRegionsState)
    void loadRegions(parent, listRegions).then((result) => {
      if (id === latest.current) setState(settleRegionsState(result))
    })
    return () => {
      latest.current++
    }
  }, [parent, attempt])

  const reload = useCallback(() => setAttempt((n) => n + 1), [])

  return { ...state, reload }
}
