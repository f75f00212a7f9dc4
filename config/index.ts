import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import devConfig from './dev'
import prodConfig from './prod'

/** Default API origin baked into the mini-program when TARO_APP_API_BASE is not set. */
const DEFAULT_API_BASE = 'http://127.0.0.1:3000'

/**
 * Taro compiles TypeScript only under sourceRoot; the pure modules of src-shared that the mini-program imports
 * at run time (e.g. @shared/identity/personal-numbers) are compiled too. Never import a module that loads zod
 * this way (type-only imports are fine): it would land in the weapp main package.
 */
const compile = { include: [path.resolve(__dirname, '..', 'src-shared')] }

// https://docs.taro.zone/docs/next/config#defineconfig-辅助函数
export default defineConfig<'webpack5'>(async (merge) => {
  const platform = process.env.TARO_ENV || 'weapp'
  const apiBase = process.env.TARO_APP_API_BASE || DEFAULT_API_BASE

  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'zhangshangban',
    date: '2025-01-01',
    designWidth: 750,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2
    },
    sourceRoot: 'src-miniapp',
    // TARO_OUTPUT_ROOT lets two builds run side by side (e.g. a browser test of one change while another builds).
    outputRoot: process.env.TARO_OUTPUT_ROOT || `dist/${platform}`,
    plugins: [],
    // Build-time constants. `process.env.TARO_APP_*` values from .env files are merged
    // on top of these by the Taro CLI; a shell variable is read here.
    env: {
      TARO_APP_API_BASE: JSON.stringify(apiBase)
    },
    defineConstants: {},
    copy: {
      patterns: [],
      options: {}
    },
    framework: 'react',
    compiler: {
      type: 'webpack5',
      // Prebundling (esbuild) is only a dev-speed optimisation; keep builds simple and offline.
      prebundle: { enable: false }
    },
    cache: {
      enable: false
    },
    mini: {
      compile,
      postcss: {
        pxtransform: {
          enable: true,
          config: {}
        },
        cssModules: {
          enable: false,
          config: {
            namingPattern: 'module',
            generateScopedName: '[name]__[local]___[hash:base64:5]'
          }
        }
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // F2 (the admin statistics charts) gets its own copy of tslib: sharing the main package's would put every
        // tslib helper F2 uses into the main package's vendors.js (3.4 KB), though only the admin subpackage draws charts.
        chain.module
          .rule('antv-own-tslib')
          .test(/\.m?js$/)
          .include.add(/node_modules[\\/]@antv[\\/]/)
          .end()
          .resolve.alias.set('tslib$', require.resolve('tslib/tslib.es6.js'))
      }
    },
    h5: {
      compile,
      publicPath: '/',
      staticDirectory: 'static',
      router: {
        mode: 'browser'
      },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js'
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css'
      },
      postcss: {
        autoprefixer: {
          enable: true,
          config: {}
        },
        cssModules: {
          enable: false,
          config: {
            namingPattern: 'module',
            generateScopedName: '[name]__[local]___[hash:base64:5]'
          }
        }
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // React + the Taro H5 runtime alone are ~300 KiB; warn only well above that.
        chain.performance.maxEntrypointSize(512 * 1024).maxAssetSize(512 * 1024)
        // Every page's code is fetched (rel=prefetch, idle) once the app has loaded: a tap opens the page without
        // waiting for its code on a slow network, and a page first opened offline still shows its 重试.
        chain.module.set('parser', { javascript: { dynamicImportPrefetch: true } })
      }
    }
  }

  if (process.env.NODE_ENV === 'development') {
    // Local development build (no minification)
    return merge({}, baseConfig, devConfig)
  }
  // Production build (minified)
  return merge({}, baseConfig, prodConfig)
})
