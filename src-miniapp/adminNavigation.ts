import Taro from '@tarojs/taro'

/**
 * Pages of the admin subpackage (app.config.ts `subPackages`, root admin/), opened with navigation.ts openPage.
 * Their headers and who may open them are in admin/frames.ts, inside the subpackage.
 */
export const ADMIN_PAGES = {
  catalog: '/admin/catalog/index',
  edit: '/admin/catalog/edit',
  versions: '/admin/catalog/versions',
  import: '/admin/catalog/import',
  delegations: '/admin/delegations/index',
  places: '/admin/places/index',
  search: '/admin/search/index',
  notifications: '/admin/notifications/index',
  stats: '/admin/stats/index'
} as const

export function draftEditUrl(id: string): string {
  return `${ADMIN_PAGES.edit}?id=${encodeURIComponent(id)}`
}

/** The drafts list, optionally showing only incomplete drafts (after an import). */
export function catalogAdminUrl(options: { incomplete?: boolean } = {}): string {
  return options.incomplete ? `${ADMIN_PAGES.catalog}?incomplete=true` : ADMIN_PAGES.catalog
}

/**
 * Scroll the page to the element `selector` (an error summary, a field). On H5 the browser does it: the admin
 * pages are zoomed on a desktop screen (admin/admin.css), which Taro.pageScrollTo's offsets do not account for.
 * Pages kept hidden in Taro's H5 stack are skipped.
 */
export function scrollToSelector(selector: string): void {
  if (process.env.TARO_ENV === 'h5') {
    const shown = Array.from(document.querySelectorAll<HTMLElement>(selector)).find((el) => el.offsetParent !== null)
    shown?.scrollIntoView({ behavior: 'smooth', block: 'center' })
    return
  }
  void Taro.pageScrollTo({ selector, duration: 200 }).catch(() => undefined)
}
