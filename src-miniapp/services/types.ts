/** Types of the server's HTTP API as seen by the mini-program. */

// Contracts shared with the server, imported as types only: those modules import zod, which must stay out of
// the bundle (weapp main package size).
import type { z } from 'zod'
import type {
  AddFamilyMemberBody,
  FamilyMemberSchema,
  FamilyRequestSchema,
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
import type {
  ActionBody,
  ApplicationDraftSchema,
  ApplicationSchema,
  ApplicationSummarySchema,
  CaseMaterialSchema,
  ClockSchema,
  CorrectionItemSchema,
  DraftContentSchema,
  FinishResultSchema,
  MyMaterialSchema,
  QueueCasesQuery,
  QueueRefSchema,
  QueueSummarySchema,
  SubmitApplicationBody,
  SupplementBody,
  TimelineEntrySchema,
  UploadSchema
} from '@shared/contracts/applications'

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
/** Someone else's pending binding that names this resident, for them to accept or decline. */
export type FamilyRequest = z.infer<typeof FamilyRequestSchema>

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

// ---------------------------------------------------------------------------------------------------------
// Applications (办件), uploads and the clerk's queues.

export type { CaseStatus, ClerkAction, SpecialProcedure } from '@shared/applications/state-machine'
export type { FormAnswers, FormFieldSpec } from '@shared/applications/form'

/** A file stored by `POST /api/uploads`. */
export type Upload = z.infer<typeof UploadSchema>
/** 我的材料: an earlier upload and the cases it was used for. */
export type MyMaterial = z.infer<typeof MyMaterialSchema>
/** A case as its reader may see it (the applicant, or the staff of its queue). */
export type Application = z.infer<typeof ApplicationSchema>
export type ApplicationSummary = z.infer<typeof ApplicationSummarySchema>
export type CaseClock = z.infer<typeof ClockSchema>
export type CaseMaterial = z.infer<typeof CaseMaterialSchema>
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>
export type CorrectionItem = z.infer<typeof CorrectionItemSchema>
export type FinishResult = z.infer<typeof FinishResultSchema>
export type QueueRef = z.infer<typeof QueueRefSchema>
export type QueueSummary = z.infer<typeof QueueSummarySchema>
/** Body of `POST /api/applications`. */
export type SubmitApplicationInput = z.input<typeof SubmitApplicationBody>
/** Body of `POST /api/applications/:id/supplement`. */
export type SupplementInput = z.input<typeof SupplementBody>
/** Body of `POST /api/applications/:id/actions`. */
export type ActionInput = z.input<typeof ActionBody>
export type DraftContent = z.input<typeof DraftContentSchema>
export type ApplicationDraft = z.infer<typeof ApplicationDraftSchema>
/** Filters of `GET /api/queues/:id/applications`. */
export type QueueCasesFilter = Partial<Omit<z.input<typeof QueueCasesQuery>, 'page' | 'pageSize'>> & { page?: number; pageSize?: number }
