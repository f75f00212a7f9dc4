import Taro from '@tarojs/taro'

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
  void Taro.navigateTo({ url: regionPageUrl(region) })
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
