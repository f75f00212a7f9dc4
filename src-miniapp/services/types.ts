/** Types of the server's HTTP API as seen by the mini-program. */

// Contracts shared with the server, imported as types only: those modules import zod, which must stay out of
// the bundle (weapp main package size).
import type { z } from 'zod'
import type {
  AddFamilyMemberBody,
  FamilyMemberSchema,
  FamilyRelationSchema,
  LoginResultSchema,
  ProfileSchema,
  Scope,
  UpdateProfileBody,
  User
} from '@shared/contracts/identity'
import type { Paged } from '@shared/contracts/catalog-admin'
import type {
  CatalogStatsSchema,
  DepartmentSummarySchema,
  GuideSchema,
  MaterialOutSchema,
  MatterSummarySchema,
  PlaceSchema
} from '@shared/contracts/catalog'
import type { TopicSchema } from '@shared/contracts/catalog-source'

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

/** Answer of every login route, as the app keeps it: an expiry it cannot read counts as unknown (null). */
export type LoginResult = Omit<z.infer<typeof LoginResultSchema>, 'expiresAt'> & { expiresAt: string | null }

/** Body of `PUT /api/me/profile`. */
export type ProfileInput = z.input<typeof UpdateProfileBody>

/** Body of `POST /api/me/family`. */
export type FamilyMemberInput = z.input<typeof AddFamilyMemberBody>

// ---------------------------------------------------------------------------------------------------------
// Catalog (办事指南): the public catalog API.

/** A department with matters in use: `GET /api/departments`. */
export type Department = z.infer<typeof DepartmentSummarySchema>
/** One row of `GET /api/matters`. */
export type MatterSummary = z.infer<typeof MatterSummarySchema>
/** A 服务主题 (life event), e.g. 残疾人, 生育收养. */
export type Topic = z.infer<typeof TopicSchema>
/** The whole guide of one matter: `GET /api/matters/:id`. */
export type Guide = z.infer<typeof GuideSchema>
export type GuideMaterial = z.infer<typeof MaterialOutSchema>
/** Where to hand a matter in, in one county. */
export type GuidePlace = z.infer<typeof PlaceSchema>
export type CatalogStats = z.infer<typeof CatalogStatsSchema>

/** One page of `GET /api/matters`. */
export type MatterPage = Paged<MatterSummary>

/** Filters of `GET /api/matters` (the server allows pageSize up to 100). */
export interface MatterQuery {
  department?: string
  topic?: string
  level?: '3' | '4' | '5' | '6'
  /** true: only matters that can be handled on the phone (掌上办). */
  online?: boolean
  page?: number
  pageSize?: number
}
