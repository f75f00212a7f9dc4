import { parseDepartments, parseGuide, parseMatterPage } from './catalog'
import { request } from './http'
import type { DemoAccountList } from '@shared/contracts/identity'
import {
  badResponse,
  parseFamilyList,
  parseFamilyRequests,
  parseFamilyMember,
  parseLoginResult,
  parseProfile,
  parseUser
} from './identity'
import type {
  Department,
  FamilyMember,
  FamilyMemberInput,
  FamilyRequest,
  Guide,
  LoginResult,
  MatterPage,
  MatterQuery,
  Profile,
  ProfileInput,
  Region,
  RegionDetail,
  User
} from './types'

export type { Region, RegionDetail, RegionLevel } from './types'

/** Direct children of a region: `GET /api/regions?parent=<code>`. */
export async function listRegions(parent: string): Promise<Region[]> {
  const data = await request<unknown>('/api/regions', { query: { parent } })
  if (!Array.isArray(data)) throw badResponse()
  return data as Region[]
}

/** One region with its path from the city down to itself: `GET /api/regions/:code`. */
export async function getRegion(code: string): Promise<RegionDetail> {
  const data = await request<unknown>(`/api/regions/${encodeURIComponent(code)}`)
  if (typeof data !== 'object' || data === null || typeof (data as { name?: unknown }).name !== 'string') {
    throw badResponse()
  }
  const detail = data as RegionDetail
  return { ...detail, path: Array.isArray(detail.path) ? detail.path : [] }
}

// ---------------------------------------------------------------------------------------------------------
// Catalog (public): departments, matters, guides. Answers are checked in ./catalog.

/** Departments with matters in use and how many: `GET /api/departments`. */
export async function listDepartments(): Promise<Department[]> {
  return parseDepartments(await request<unknown>('/api/departments'))
}

/** One page of published matters: `GET /api/matters?department=&topic=&level=&online=&page=&pageSize=`. */
export async function listMatters(query: MatterQuery = {}): Promise<MatterPage> {
  const { online, ...rest } = query
  const data = await request<unknown>('/api/matters', {
    query: { ...rest, online: online === undefined ? undefined : String(online) }
  })
  return parseMatterPage(data)
}

/** The guide of one matter, with the office, hours and phones of `county` (6 digits; the server's default without). */
export async function getGuide(id: string, county?: string): Promise<Guide> {
  // A township (9 digits) places the guide at its centre; a county at the county's office.
  const township = county && county.length > 6 ? county : undefined
  const data = await request<unknown>(`/api/matters/${encodeURIComponent(id)}`, {
    query: { county: township ? undefined : county || undefined, regionCode: township }
  })
  return parseGuide(data)
}

// ---------------------------------------------------------------------------------------------------------
// Identity. Session handling (storing the token, choosing the login) lives in ./session; these are the calls.

/** `POST /api/auth/wechat {code}` with the code of Taro.login(). */
export async function loginWechatRequest(code: string): Promise<LoginResult> {
  const data = await request<unknown>('/api/auth/wechat', { method: 'POST', data: { code }, auth: false })
  return parseLoginResult(data)
}

/** `POST /api/auth/dev {openid}`: demo mode only (404 otherwise). */
export async function loginDevRequest(openid: string): Promise<LoginResult> {
  const data = await request<unknown>('/api/auth/dev', { method: 'POST', data: { openid }, auth: false })
  return parseLoginResult(data)
}

/** `GET /api/auth/demo-accounts[?county=]`: demo mode only (404 otherwise): the demo staff accounts. */
export async function demoAccountsRequest(county?: string): Promise<DemoAccountList> {
  const data = await request<unknown>('/api/auth/demo-accounts', { query: { county }, auth: false })
  if (typeof data !== 'object' || data === null || !Array.isArray((data as DemoAccountList).accounts)) throw badResponse()
  return data as DemoAccountList
}

/** `POST /api/auth/staff {username, password}`; 401 bad_credentials, 423 account_locked, 429 too many tries. */
export async function loginStaffRequest(username: string, password: string): Promise<LoginResult> {
  const data = await request<unknown>('/api/auth/staff', {
    method: 'POST',
    data: { username, password },
    auth: false
  })
  return parseLoginResult(data)
}

/** `POST /api/auth/logout` (204): the token stops working. */
export async function logoutRequest(): Promise<void> {
  await request<unknown>('/api/auth/logout', { method: 'POST' })
}

/** `GET /api/me`: the signed-in user. */
export async function getMe(): Promise<User> {
  return parseUser(await request<unknown>('/api/me'))
}

/** `GET /api/me/profile`, masked; `full` gives the owner their own full ID and phone numbers. */
export async function getProfile(full = false): Promise<Profile> {
  return parseProfile(await request<unknown>('/api/me/profile', { query: full ? { full: 'true' } : undefined }))
}

/** `PUT /api/me/profile`: 400 with details per field, 409 id_number_taken. Answers the masked profile. */
export async function updateProfile(input: ProfileInput): Promise<Profile> {
  return parseProfile(await request<unknown>('/api/me/profile', { method: 'PUT', data: input }))
}

/** `GET /api/me/family`: bound family members, ID numbers masked. */
export async function listFamily(): Promise<FamilyMember[]> {
  return parseFamilyList(await request<unknown>('/api/me/family'))
}

/** `GET /api/me/family/requests`: others' pending bindings of this resident (matched by their ID number). */
export async function listFamilyRequests(): Promise<FamilyRequest[]> {
  return parseFamilyRequests(await request<unknown>('/api/me/family/requests'))
}

/** `POST /api/me/family/requests/:id/accept|decline` (204; 404 when no longer pending). */
export async function answerFamilyRequest(id: string, accept: boolean): Promise<void> {
  await request<unknown>(`/api/me/family/requests/${encodeURIComponent(id)}/${accept ? 'accept' : 'decline'}`, { method: 'POST' })
}

/** `POST /api/me/family` (201): 422 family_limit beyond 5, 409 family_duplicate. */
export async function addFamilyMember(input: FamilyMemberInput): Promise<FamilyMember> {
  return parseFamilyMember(await request<unknown>('/api/me/family', { method: 'POST', data: input }))
}

/** `DELETE /api/me/family/:id` (204; 404 when not yours). */
export async function removeFamilyMember(id: string): Promise<void> {
  await request<unknown>(`/api/me/family/${encodeURIComponent(id)}`, { method: 'DELETE' })
}
