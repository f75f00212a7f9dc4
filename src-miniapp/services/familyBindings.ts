import type { ConsentMethod } from '@shared/applications/consent'
import type { StationFamilyBinding } from '@shared/contracts/identity'

import { request } from './http'

export type { StationFamilyBinding }

/** `POST /api/staff/family-bindings/lookup`: the bindings that name the ID number of the person present (pending first). */
export async function lookupFamilyBindings(idNumber: string): Promise<StationFamilyBinding[]> {
  return request<StationFamilyBinding[]>('/api/staff/family-bindings/lookup', { method: 'POST', data: { idNumber } })
}

/** `POST /api/staff/family-bindings/:id/confirm` (204): the person present agreed, recorded with how. */
export async function confirmFamilyBinding(id: string, idNumber: string, consent: { method: ConsentMethod; note: string }): Promise<void> {
  await request<unknown>(`/api/staff/family-bindings/${encodeURIComponent(id)}/confirm`, { method: 'POST', data: { idNumber, consent } })
}
