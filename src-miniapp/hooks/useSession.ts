import { useDidShow } from '@tarojs/taro'
import { useEffect, useState } from 'react'

import { me, session, type Session } from '../services/session'

/**
 * The login session as the page should show it, following every change (login, logout, a token the server
 * rejected). With `refresh`, the user is asked for again (`GET /api/me`) whenever the page comes into view,
 * so a profile saved elsewhere or a revoked token shows at once; failures other than 401 keep the stored copy.
 */
export function useSession(options: { refresh?: boolean } = {}): Session | null {
  const [current, setCurrent] = useState<Session | null>(() => session.read())
  const { refresh = false } = options

  useEffect(() => {
    const update = () => setCurrent(session.read())
    update()
    return session.subscribe(update)
  }, [])

  useDidShow(() => {
    setCurrent(session.read())
    if (refresh) void me().catch(() => undefined)
  })

  return current
}
