import { currentCounty, type County } from './catalog'
import { session, taroStorage } from './store'

/** Where the resident's chosen 办事地区 (county) is kept; the rule of which county counts is in ./catalog. */
export const COUNTY_KEY = 'county'

const profilePath = () => {
  const user = session.read()?.user
  return user?.kind === 'resident' ? user.profile.regionPath : null
}

/** The 办事地区 (county, maybe a township of it): see currentCounty for when the profile's address wins. */
export function readCounty(): County | null {
  return currentCounty(taroStorage.get(COUNTY_KEY), profilePath())
}

/** Keeps a choice, with the profile address it was made under (a later change of address takes over again). */
export function saveCounty(county: County): void {
  const path = profilePath()
  const profileCode = path?.length ? path[path.length - 1].code : null
  taroStorage.set(COUNTY_KEY, { code: county.code, name: county.name, township: county.township, profileCode })
}
