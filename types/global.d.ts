/// <reference types="@tarojs/taro" />

// Global declarations for the Taro mini-program (src-miniapp). Kept deliberately loose so
// that they do not change how the server code (also covered by the root tsconfig) type-checks.

declare module '*.png'
declare module '*.gif'
declare module '*.jpg'
declare module '*.jpeg'
declare module '*.svg'
declare module '*.css'
declare module '*.less'
declare module '*.scss'
declare module '*.sass'
declare module '*.styl'

declare namespace NodeJS {
  interface ProcessEnv {
    /** Platform being built by Taro: 'weapp' | 'h5' | ... (replaced at build time). */
    TARO_ENV?: string
    /** Mini-program AppID written into dist/weapp/project.config.json (default touristappid). */
    TARO_APP_ID?: string
    /** API origin used by the weapp build, e.g. https://api.example.gov.cn (replaced at build time). */
    TARO_APP_API_BASE?: string
  }
}
