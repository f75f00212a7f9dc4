import Taro from '@tarojs/taro'

import { createSessionStore, type KeyValueStorage } from './sessionStore'

/** Taro storage (wx storage on weapp, localStorage on H5); a failing storage reads as empty. */
export const taroStorage: KeyValueStorage = {
  get(key) {
    try {
      const value: unknown = Taro.getStorageSync(key)
      return value === '' ? undefined : value
    } catch {
      return undefined
    }
  },
  set(key, value) {
    try {
      Taro.setStorageSync(key, value)
    } catch {
      // storage full or unavailable: the session lasts until the app closes
    }
  },
  remove(key) {
    try {
      Taro.removeStorageSync(key)
    } catch {
      // nothing stored
    }
  }
}

/** The app's one login session (see ./sessionStore). */
export const session = createSessionStore(taroStorage)
