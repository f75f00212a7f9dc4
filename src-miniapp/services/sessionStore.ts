import { isUser } from './identity'
import type { LoginResult, Profile, User } from './types'

/**
 * The login session, kept in key-value storage (Taro storage in the app, see ./store; a Map in tests) so it
 * survives a restart. No Taro here: storage is passed in. Listeners hear about every change, so a page that
 * is on screen follows a login, a logout, or a token the server rejected.
 */

/** Storage keys. 'token' is also what services/http.ts sends as `Authorization: Bearer …`. */
export const TOKEN_KEY = 'token'
export const USER_KEY = 'user'
export const EXPIRES_AT_KEY = 'tokenExpiresAt'

export interface KeyValueStorage {
  get(key: string): unknown
  set(key: string, value: unknown): void
  remove(key: string): void
}

export interface Session {
  token: string
  /** When the token stops working (ISO 8601); null when unknown. */
  expiresAt: string | null
  /** The signed-in user as last seen; null when the stored copy is missing or unreadable (ask `GET /api/me`). */
  user: User | null
}

/** True once `expiresAt` has passed. Unknown or unreadable times count as not expired: the server decides. */
export function isExpired(expiresAt: string | null, now: number): boolean {
  if (!expiresAt) return false
  const time = Date.parse(expiresAt)
  return Number.isFinite(time) && time <= now
}

/**
 * Whether a failed request means the session is over: a 401 to a request that carried the token. (A 401 to
 * a request sent without one, such as a wrong staff password, says nothing about the stored session.)
 */
export function shouldEndSession(error: { status: number }, sentToken: string): boolean {
  return error.status === 401 && sentToken !== ''
}

export interface SessionStore {
  /** The current session, or null when logged out (an expired token is removed here). */
  read(): Session | null
  /** The stored token, '' when logged out or expired. */
  token(): string
  /** Keep what a login route answered; replaces any earlier session. */
  save(result: LoginResult): Session & { user: User }
  /** A fresh copy of the user (e.g. from `GET /api/me`); ignored when logged out. */
  setUser(user: User): void
  /** The resident's profile after it was saved; ignored unless a resident is logged in. */
  setProfile(profile: Profile): void
  clear(): void
  /**
   * The server answered 401 to a request sent with `sentToken`: forget the session, unless a new login
   * replaced that token meanwhile.
   */
  rejected(sentToken: string): void
  /** Called after every change; returns the function that stops it. */
  subscribe(listener: () => void): () => void
}

export function createSessionStore(storage: KeyValueStorage, now: () => number = Date.now): SessionStore {
  const listeners = new Set<() => void>()
  const notify = () => {
    for (const listener of Array.from(listeners)) listener()
  }

  const storedToken = (): string => {
    const token = storage.get(TOKEN_KEY)
    return typeof token === 'string' ? token : ''
  }

  const remove = (): boolean => {
    const had = storedToken() !== '' || storage.get(USER_KEY) != null
    storage.remove(TOKEN_KEY)
    storage.remove(USER_KEY)
    storage.remove(EXPIRES_AT_KEY)
    return had
  }

  const read = (): Session | null => {
    const token = storedToken()
    if (!token) return null
    const expires = storage.get(EXPIRES_AT_KEY)
    const expiresAt = typeof expires === 'string' && expires ? expires : null
    if (isExpired(expiresAt, now())) {
      remove()
      return null
    }
    const user = storage.get(USER_KEY)
    return { token, expiresAt, user: isUser(user) ? user : null }
  }

  const clear = () => {
    if (remove()) notify()
  }

  return {
    read,
    token: () => read()?.token ?? '',
    save(result) {
      storage.set(TOKEN_KEY, result.token)
      storage.set(USER_KEY, result.user)
      if (result.expiresAt) storage.set(EXPIRES_AT_KEY, result.expiresAt)
      else storage.remove(EXPIRES_AT_KEY)
      notify()
      return { token: result.token, expiresAt: result.expiresAt, user: result.user }
    },
    setUser(user) {
      if (!read()) return
      storage.set(USER_KEY, user)
      notify()
    },
    setProfile(profile) {
      const session = read()
      if (session?.user?.kind !== 'resident') return
      storage.set(USER_KEY, { ...session.user, profile })
      notify()
    },
    clear,
    rejected(sentToken) {
      if (sentToken && storedToken() === sentToken) clear()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    }
  }
}

/** A KeyValueStorage in memory (tests, and a fallback where storage fails). */
export function memoryStorage(initial: Record<string, unknown> = {}): KeyValueStorage & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>(Object.entries(initial))
  return {
    data,
    get: (key) => data.get(key),
    set: (key, value) => {
      data.set(key, value)
    },
    remove: (key) => {
      data.delete(key)
    }
  }
}
