import { request } from './http'
import { badResponse } from './identity'
// Type-only: the contract modules import zod, which must stay out of the bundle.
import type {
  DepartmentContact,
  TownshipCentre,
  TownshipCentreUpdate,
  VillageStation,
  VillageStationUpdate
} from '@shared/contracts/service-places'

export type { DepartmentContact, TownshipCentre, TownshipCentreUpdate, VillageStation, VillageStationUpdate }

/**
 * The county admin's service places (admin/places): township centres' contacts, the village station list and
 * each department's 咨询电话. A county admin reads and writes their county; the city admin reads any county.
 */

const enc = encodeURIComponent
const list = <T>(data: unknown): T[] => {
  if (!Array.isArray(data)) throw badResponse()
  return data as T[]
}
const one = <T>(key: string) => (data: unknown): T => {
  if (typeof data !== 'object' || data === null || !(key in data)) throw badResponse()
  return data as T
}

export const listTownshipCentres = async (county: string) =>
  list<TownshipCentre>(await request('/api/admin/service-places/townships', { query: { county } }))
export const updateTownshipCentre = async (code: string, body: TownshipCentreUpdate) =>
  one<TownshipCentre>('townshipCode')(await request(`/api/admin/service-places/townships/${enc(code)}`, { method: 'PUT', data: body }))
export const listVillageStations = async (township: string) =>
  list<VillageStation>(await request(`/api/admin/service-places/townships/${enc(township)}/stations`))
export const updateVillageStation = async (code: string, body: VillageStationUpdate) =>
  one<VillageStation>('villageCode')(await request(`/api/admin/service-places/stations/${enc(code)}`, { method: 'PUT', data: body }))
export const listDepartmentContacts = async (county: string) =>
  list<DepartmentContact>(await request('/api/admin/department-contacts', { query: { county } }))
export const updateDepartmentContact = async (county: string, department: string, phone: string | null) =>
  one<DepartmentContact>('departmentCode')(
    await request(`/api/admin/department-contacts/${enc(county)}/${enc(department)}`, { method: 'PUT', data: { phone } })
  )
