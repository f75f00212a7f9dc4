import { ApiError } from './errors'
import type { FamilyMember, FamilyRequest, LoginResult, Profile, Scope, ScopeKind, StaffRole, User } from './types'

/**
 * Identity rules of the mini-program that need no Taro: checking what the server sent, which resident login a
 * platform uses, the demo openid, and the Chinese labels of roles and scopes. Unit-tested in tests/miniapp/.
 */

export function badResponse(): ApiError {
  return new ApiError({ status: 200, code: 'BAD_RESPONSE', message: '服务返回的数据格式不正确' })
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null
const isString = (value: unknown): value is string => typeof value === 'string'
const isStringOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string'

export function isProfile(value: unknown): value is Profile {
  if (!isObject(value)) return false
  return (
    isStringOrNull(value.name) &&
    isStringOrNull(value.idNumber) &&
    isStringOrNull(value.phone) &&
    isStringOrNull(value.regionCode) &&
    Array.isArray(value.regionPath) &&
    value.regionPath.every((r) => isObject(r) && isString(r.code) && isString(r.name)) &&
    typeof value.verified === 'boolean'
  )
}

function isScope(value: unknown): value is Scope {
  return isObject(value) && isString(value.kind) && isString(value.regionCode) && isString(value.regionName)
}

/** A user as `GET /api/me` and the login routes send it (also what is kept in storage). */
export function isUser(value: unknown): value is User {
  if (!isObject(value) || !isString(value.id)) return false
  if (value.kind === 'resident') return value.role === 'resident' && isProfile(value.profile)
  if (value.kind === 'staff') {
    return (
      isString(value.role) &&
      isString(value.username) &&
      isString(value.displayName) &&
      Array.isArray(value.scope) &&
      value.scope.every(isScope)
    )
  }
  return false
}

export function parseUser(data: unknown): User {
  if (!isUser(data)) throw badResponse()
  return data
}

export function parseProfile(data: unknown): Profile {
  if (!isProfile(data)) throw badResponse()
  return data
}

export function parseLoginResult(data: unknown): LoginResult {
  if (!isObject(data) || !isString(data.token) || data.token === '' || !isUser(data.user)) throw badResponse()
  return { token: data.token, expiresAt: isString(data.expiresAt) ? data.expiresAt : null, user: data.user }
}

function isFamilyMember(value: unknown): value is FamilyMember {
  return (
    isObject(value) &&
    isString(value.id) &&
    isString(value.name) &&
    isString(value.relation) &&
    isString(value.idNumber) &&
    isString(value.createdAt) &&
    (value.status === 'active' || value.status === 'pending')
  )
}

export function parseFamilyMember(data: unknown): FamilyMember {
  if (!isFamilyMember(data)) throw badResponse()
  return data
}

export function parseFamilyList(data: unknown): FamilyMember[] {
  if (!Array.isArray(data) || !data.every(isFamilyMember)) throw badResponse()
  return data
}

export function parseFamilyRequests(data: unknown): FamilyRequest[] {
  const ok = (r: unknown) => isObject(r) && isString(r.id) && isString(r.requesterName) && isString(r.relation)
  if (!Array.isArray(data) || !data.every(ok)) throw badResponse()
  return data as FamilyRequest[]
}

// ---------------------------------------------------------------------------------------------------------
// Resident login

/** The mini-program logs residents in with WeChat; every other build (H5) uses the server's demo login. */
export type ResidentLoginMethod = 'wechat' | 'demo'

export function residentLoginMethod(taroEnv: string | undefined): ResidentLoginMethod {
  return taroEnv === 'weapp' ? 'wechat' : 'demo'
}

/** What `POST /api/auth/dev` accepts. */
export const DEMO_OPENID_PATTERN = /^[A-Za-z0-9_-]{3,64}$/

/**
 * The openid of this browser's demo resident: the stored one while it is valid, so that logging in again
 * finds the same resident, else a new `h5-` + 24 random characters. `random` returns numbers in [0, 1).
 */
export function demoOpenid(stored: unknown, random: () => number): string {
  if (typeof stored === 'string' && DEMO_OPENID_PATTERN.test(stored)) return stored
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'
  let id = 'h5-'
  for (let i = 0; i < 24; i++) id += alphabet[Math.floor(random() * alphabet.length) % alphabet.length]
  return id
}

/** A failed resident login, in words for the user (the demo route does not exist outside demo mode). */
export function residentLoginError(error: ApiError, method: ResidentLoginMethod): ApiError {
  if (method === 'demo' && error.status === 404) {
    return new ApiError({
      status: 404,
      code: error.code,
      message: '当前服务未开启演示登录，请在微信小程序中登录',
      requestId: error.requestId
    })
  }
  return error
}

// ---------------------------------------------------------------------------------------------------------
// Labels

export const ROLE_LABELS: Record<StaffRole, string> = {
  clerk: '窗口人员',
  township_lead: '乡镇分管领导',
  county_admin: '县级管理员',
  city_admin: '市级管理员'
}

export function roleLabel(role: string): string {
  return (ROLE_LABELS as Record<string, string>)[role] ?? '工作人员'
}

export const SCOPE_KIND_LABELS: Record<ScopeKind, string> = {
  village: '便民服务站',
  township: '便民服务中心',
  county_department: '县直部门',
  city_department: '市直部门',
  county: '全县',
  city: '全市'
}

export const PATH_SEPARATOR = ' · '

/** City codes have 4 digits; a path below the city leaves the city out (every account here is in one city). */
const CITY_CODE_LENGTH = 4

/**
 * Where a scope lies, e.g. 殷都区 · 水冶镇. `path` is the region's path from the city down (from
 * `GET /api/regions/:code`); without it, the scope's own regionName.
 */
export function scopePlace(scope: Pick<Scope, 'kind' | 'regionName'>, path?: { code: string; name: string }[]): string {
  const names = (path ?? [])
    .filter((r) => scope.kind === 'city' || r.code.length > CITY_CODE_LENGTH)
    .map((r) => r.name)
    .filter(Boolean)
  return names.length > 0 ? names.join(PATH_SEPARATOR) : scope.regionName
}

/** e.g. 殷都区 · 水冶镇 便民服务中心, 殷都区 全县, 殷都区 县直部门（部门代码 xxx）. */
export function scopeLabel(scope: Scope, path?: { code: string; name: string }[]): string {
  const kind = (SCOPE_KIND_LABELS as Record<string, string>)[scope.kind] ?? ''
  const department = (scope.kind === 'county_department' || scope.kind === 'city_department') && scope.departmentCode ? `（部门代码 ${scope.departmentCode}）` : ''
  return `${scopePlace(scope, path)} ${kind}${department}`.trim()
}

/** 安阳市 · 殷都区 · 水冶镇 · …, or '' when the profile has no region. */
export function regionPathText(path: { name: string }[]): string {
  return path
    .map((r) => r.name)
    .filter(Boolean)
    .join(PATH_SEPARATOR)
}
