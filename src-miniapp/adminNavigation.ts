import Taro from '@tarojs/taro'

import type { StaffRole } from './services/types'

/** An admin page's header and who may open it (admin/components/AdminGate frames the page with it). */
export interface AdminFrame {
  /** Roles that may open the page (the server checks each call again). */
  roles: readonly StaffRole[]
  /** e.g. 'catalog-admin' (used by browser tests), after 'page admin-page'. */
  className: string
  title: string
  subtitle?: string
}

/**
 * Pages of the admin subpackage (app.config.ts `subPackages`, root admin/), opened with navigation.ts openPage:
 * where each is, its header and who may open it.
 */
export const ADMIN_PAGES = {
  catalog: { path: '/admin/catalog/index', roles: ['city_admin'], className: 'catalog-admin', title: '事项目录管理', subtitle: '编辑办事指南草稿，检查后发布为新的目录版本' },
  edit: { path: '/admin/catalog/edit', roles: ['city_admin'], className: 'draft-edit-page', title: '编辑办事指南', subtitle: '保存后需在事项目录管理中「发布」才对群众生效' },
  versions: { path: '/admin/catalog/versions', roles: ['city_admin', 'county_admin'], className: 'catalog-versions', title: '目录版本记录', subtitle: '每次发布生成一个不可修改的版本；勾选两个版本查看变化' },
  import: { path: '/admin/catalog/import', roles: ['city_admin'], className: 'catalog-import', title: '导入导出目录', subtitle: '导入的事项成为草稿，补全办事指南并检查通过后才能发布' },
  delegations: { path: '/admin/delegations/index', roles: ['county_admin', 'city_admin'], className: 'delegations-admin', title: '权责清单', subtitle: '县（区）向乡镇（街道）下放、委托、授权的事项，及其承接和收回' },
  search: { path: '/admin/search/index', roles: ['city_admin', 'county_admin'], className: 'search-admin', title: '搜索未命中', subtitle: '居民搜不到结果的说法；把常见说法设为事项别名，下次就能搜到' }
} as const satisfies Record<string, AdminFrame & { path: string }>

export const CATALOG_ADMIN_PAGE = ADMIN_PAGES.catalog.path
export const DRAFT_EDIT_PAGE = ADMIN_PAGES.edit.path
export const CATALOG_VERSIONS_PAGE = ADMIN_PAGES.versions.path
export const CATALOG_IMPORT_PAGE = ADMIN_PAGES.import.path
export const DELEGATIONS_PAGE = ADMIN_PAGES.delegations.path
export const SEARCH_ADMIN_PAGE = ADMIN_PAGES.search.path

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
