/** Types of the server's HTTP API as seen by the mini-program. */

// Contracts shared with the server (type-only: zod stays out of the bundle).
export type { Region, RegionDetail, RegionLevel } from '@shared/contracts/places'

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
