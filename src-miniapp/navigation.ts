import Taro from '@tarojs/taro'

import { catalogListUrl, matterUrl, type ListFilter } from './services/catalog'
import type { Region } from './services/types'

/** The first page of app.config.ts. */
export const HOME_PAGE = '/pages/index/index'

/** Close every page and open the home page (e.g. from 「返回首页」, or when a link points at no page). */
export function goHome(): void {
  void Taro.reLaunch({ url: HOME_PAGE })
}

/** URL of the region page for one region; name is passed along so the title shows at once. */
export function regionPageUrl(region: Pick<Region, 'code' | 'name'>): string {
  return `/pages/region/index?code=${encodeURIComponent(region.code)}&name=${encodeURIComponent(region.name)}`
}

export function openRegion(region: Pick<Region, 'code' | 'name'>): void {
  openPage(regionPageUrl(region))
}

/** Query values may arrive still percent-encoded (weapp) or already decoded (h5). */
export function decodeParam(value: string | undefined): string {
  if (!value) return ''
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** The 我的 tab. */
export const ME_PAGE = '/pages/me/index'
export const PROFILE_PAGE = '/pages/me/profile'
export const FAMILY_PAGE = '/pages/family/index'
export const STAFF_LOGIN_PAGE = '/pages/staff/login'
export const STAFF_HOME_PAGE = '/pages/staff/home'

/** Open a page on top of the current one (not for tab pages: see goToMe). */
export function openPage(url: string): void {
  if (process.env.TARO_ENV === 'h5') whileOpening(() => Taro.navigateTo({ url }))
  else void Taro.navigateTo({ url })
}

/**
 * H5: the new page's code may still be on its way (slow network), and Taro leaves the old page on screen until it
 * is there; 正在打开… shows at once until the new page is in the document (the weapp shows its own).
 */
function whileOpening(go: () => Promise<unknown>): void {
  const pages = () => document.querySelectorAll('.taro_page').length
  const before = pages()
  const started = Date.now()
  void Taro.showLoading({ title: '正在打开…' })
  const timer = setInterval(() => {
    if (pages() !== before || Date.now() - started > 15_000) done()
  }, 50)
  const done = () => {
    clearInterval(timer)
    void Taro.hideLoading()
  }
  go().catch(done)
}

/** Show the 我的 tab, closing the pages opened above it. */
export function goToMe(): void {
  void Taro.switchTab({ url: ME_PAGE })
}

/** Back to the page below; on a page opened directly (no history), to the 我的 tab instead. */
export function backToMe(): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack()
  else void Taro.reLaunch({ url: ME_PAGE })
}

export { CATALOG_LIST_PAGE, MATTER_PAGE } from './services/catalog'

/** The guide of a matter. */
export function openMatter(matter: { id: string; name: string }): void {
  openPage(matterUrl(matter))
}

/** The matters of a department or a life-event topic. */
export function openCatalogList(filter: ListFilter): void {
  openPage(catalogListUrl(filter))
}

/** Matter search. */
export const SEARCH_PAGE = '/search/index'

/** 智能客服 (the assistant subpackage); `ask` is sent as the first question (a guide's 问一问, a search). */
export const openAssistant = (ask = '') => openPage(`/assistant/index${ask ? `?ask=${encodeURIComponent(ask)}` : ''}`)
