import { listDepartmentContacts, listTownshipCentres, listVillageStations } from '../services/servicePlaces'
import { useApi } from './useApi'

/** Reads of the service-place admin page; the first key names are what useRefresh() asks again after a change. */
export const useTownshipCentres = (county: string) => useApi(county ? ['centres', county] : null, () => listTownshipCentres(county))
export const useVillageStations = (township: string) => useApi(township ? ['stations', township] : null, () => listVillageStations(township))
export const useDepartmentContacts = (county: string) => useApi(county ? ['department-contacts', county] : null, () => listDepartmentContacts(county))
