import Taro from '@tarojs/taro'

import { getMe, loginDevRequest, loginStaffRequest, loginWechatRequest, logoutRequest } from './api'
import { ApiError, isApiError, toApiError } from './errors'
import { demoOpenid, residentLoginError, residentLoginMethod, type ResidentLoginMethod } from './identity'
import { taroStorage, session } from './store'
import type { StaffUser, User } from './types'

/**
 * Logging in and out. Every function resolves with the user or rejects with an ApiError whose message is fit
 * to show. The session itself (token and user in storage, listeners) is ./store; the rules are in
 * ./sessionStore and ./identity, which have no Taro and are unit-tested.
 */

export { session }
export type { Session } from './sessionStore'

/** Where this browser's demo resident's openid is kept, so that 演示登录 finds the same resident again. */
export const DEMO_OPENID_KEY = 'demoOpenid'

/** The resident login of this build: WeChat in the mini-program, the demo login elsewhere (H5). */
export const RESIDENT_LOGIN: ResidentLoginMethod = residentLoginMethod(process.env.TARO_ENV)

/** `Math.random` is enough for a demo identity; crypto's where there is one. */
function random(): number {
  const cryptoObject = (globalThis as { crypto?: { getRandomValues?: (a: Uint32Array) => Uint32Array } }).crypto
  if (cryptoObject?.getRandomValues) return cryptoObject.getRandomValues(new Uint32Array(1))[0] / 2 ** 32
  return Math.random()
}

/** weapp: Taro.login() → code → `POST /api/auth/wechat`. */
export async function loginWithWechat(): Promise<User> {
  let code: string
  try {
    code = (await Taro.login()).code
  } catch (err) {
    throw new ApiError({
      status: 0,
      code: 'WECHAT_LOGIN_FAILED',
      message: '微信登录失败，请稍后重试',
      details: (err as { errMsg?: unknown })?.errMsg
    })
  }
  if (!code) throw new ApiError({ status: 0, code: 'WECHAT_LOGIN_FAILED', message: '微信登录失败，请稍后重试' })
  try {
    return session.save(await loginWechatRequest(code)).user
  } catch (err) {
    throw residentLoginError(toApiError(err), 'wechat')
  }
}

/** H5 (demo mode): a stable random openid kept in storage → `POST /api/auth/dev`. */
export async function loginForDemo(): Promise<User> {
  const openid = demoOpenid(taroStorage.get(DEMO_OPENID_KEY), random)
  taroStorage.set(DEMO_OPENID_KEY, openid)
  try {
    return session.save(await loginDevRequest(openid)).user
  } catch (err) {
    throw residentLoginError(toApiError(err), 'demo')
  }
}

/** The 「登录」 button of 我的: WeChat or demo login, depending on the build. */
export function loginResident(): Promise<User> {
  return RESIDENT_LOGIN === 'wechat' ? loginWithWechat() : loginForDemo()
}

/** `POST /api/auth/staff`; the server's messages say what went wrong (wrong password, locked, too many tries). */
export async function loginStaff(username: string, password: string): Promise<StaffUser> {
  let user: User
  try {
    user = session.save(await loginStaffRequest(username.trim(), password)).user
  } catch (err) {
    throw toApiError(err)
  }
  if (user.kind !== 'staff') {
    session.clear()
    throw new ApiError({ status: 200, code: 'BAD_RESPONSE', message: '服务返回的数据格式不正确' })
  }
  return user
}

/** Ends the session here whatever the server says (offline, already expired…); the server revokes the token. */
export async function logout(): Promise<void> {
  if (!session.token()) return
  try {
    await logoutRequest()
  } catch {
    // the token is forgotten locally either way
  } finally {
    session.clear()
  }
}

/**
 * The signed-in user, fresh from `GET /api/me` (and stored), or null when logged out. A 401 has already ended
 * the session in services/http.ts; other failures reject, and the stored copy stays.
 */
export async function me(): Promise<User | null> {
  if (!session.token()) return null
  try {
    const user = await getMe()
    session.setUser(user)
    return user
  } catch (err) {
    if (isApiError(err) && err.status === 401) return null
    throw toApiError(err)
  }
}
