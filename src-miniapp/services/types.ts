/** Types of the server's HTTP API as seen by the mini-program. */

// Contracts shared with the server, imported as types only: those modules import zod, which must stay out of
// the bundle (weapp main package size).
import type { z } from 'zod'
import type { FamilyMemberSchema, FamilyRelationSchema, ProfileSchema, Scope, User } from '@shared/contracts/identity'

export type { Region, RegionDetail, RegionLevel } from '@shared/contracts/places'
export type { Scope, StaffRole, User } from '@shared/contracts/identity'

/** Error payload the server sends with every non-2xx answer. */
export interface ApiErrorPayload {
  code: string
  /** Human-readable message in Chinese; safe to show to the user. */
  message: string
  details?: unknown
  requestId?: string
}

export interface ApiErrorBody {
  error: ApiErrorPayload
}

/** The resident's real-name profile; numbers masked unless the owner asked for them in full. */
export type Profile = z.infer<typeof ProfileSchema>
export type ResidentUser = Extract<User, { kind: 'resident' }>
export type StaffUser = Extract<User, { kind: 'staff' }>
export type ScopeKind = Scope['kind']
export type FamilyRelation = z.infer<typeof FamilyRelationSchema>
/** A bound family member (亲情代办); `idNumber` is masked. */
export type FamilyMember = z.infer<typeof FamilyMemberSchema>

/** Answer of every login route. */
export interface LoginResult {
  token: string
  /** When the token stops working (ISO 8601); null if the server did not say. */
  expiresAt: string | null
  user: User
}

/** Body of `PUT /api/me/profile`. */
export interface ProfileInput {
  name: string
  idNumber: string
  phone: string
  regionCode: string
}

/** Body of `POST /api/me/family`. */
export interface FamilyMemberInput {
  name: string
  idNumber: string
  relation: FamilyRelation
}
