import type { RegionDetail } from '../services/types'

/** The heading of the region page (title and where the region lies), from what has loaded so far. */

/** Title of the region page when neither the server nor the link gives a name. */
export const DEFAULT_REGION_TITLE = '选择地区'

export const PATH_SEPARATOR = ' · '

/** e.g. 安阳市 · 殷都区 · 水冶镇 (the city down to the region itself). */
export function regionPathText(region: Pick<RegionDetail, 'path' | 'name'>): string {
  const names = region.path.map((r) => r.name).filter(Boolean)
  return (names.length > 0 ? names : [region.name]).join(PATH_SEPARATOR)
}

export interface RegionHeading {
  /** Page and navigation bar title. */
  title: string
  /** Where the region lies; '' until the server has answered. */
  path: string
}

/**
 * The server's name wins once loaded. The `name` passed in the link is only an instant placeholder
 * while loading (it may be stale or wrong), and is dropped when loading failed.
 */
export function regionHeading(state: { data: RegionDetail | null; loading: boolean }, placeholder: string): RegionHeading {
  if (state.data) return { title: state.data.name || DEFAULT_REGION_TITLE, path: regionPathText(state.data) }
  if (state.loading && placeholder) return { title: placeholder, path: '' }
  return { title: DEFAULT_REGION_TITLE, path: '' }
}
