import { currentCounty, type County } from './catalog'
import { session, taroStorage } from './store'

/** Where the resident's chosen 办事地区 (county) is kept; the rule of which county counts is in ./catalog. */
export const COUNTY_KEY = 'county'

/** The chosen county, else the county of the signed-in resident's own address, else null. */
export function readCounty(): County | null {
  const user = session.read()?.user
  const path = user?.kind === 'resident' ? user.profile.regionPath : null
  return currentCounty(taroStorage.get(COUNTY_KEY), path)
}

export function saveCounty(county: County): void {
  taroStorage.set(COUNTY_KEY, { code: county.code, name: county.name })
}
