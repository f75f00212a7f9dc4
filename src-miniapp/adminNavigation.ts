import Taro from '@tarojs/taro'

/** Pages of the admin subpackage (app.config.ts `subPackages`, root admin/), opened with navigation.ts openPage. */

export const CATALOG_ADMIN_PAGE = '/admin/catalog/index'
export const DRAFT_EDIT_PAGE = '/admin/catalog/edit'
export const CATALOG_VERSIONS_PAGE = '/admin/catalog/versions'
export const CATALOG_IMPORT_PAGE = '/admin/catalog/import'
export const DELEGATIONS_PAGE = '/admin/delegations/index'
export const SEARCH_ADMIN_PAGE = '/admin/search/index'

export function draftEditUrl(id: string): string {
  return `${DRAFT_EDIT_PAGE}?id=${encodeURIComponent(id)}`
}

/** The drafts list, optionally showing only incomplete drafts (after an import). */
export function catalogAdminUrl(options: { incomplete?: boolean } = {}): string {
  return options.incomplete ? `${CATALOG_ADMIN_PAGE}?incomplete=true` : CATALOG_ADMIN_PAGE
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
