import Taro from '@tarojs/taro'
import { createElement, type PropsWithChildren } from 'react'
import { SWRConfig } from 'swr'

import { apiConfig } from './hooks/useApi'
import { goHome } from './navigation'
import { setUpH5 } from './h5'

import './app.css'
import './styles/row-list.css'
import './styles/cases.css'

if (process.env.TARO_ENV === 'h5') setUpH5(window)

// A link to a page that does not exist (e.g. /pages/nope/index on H5, where it would otherwise stay a
// blank screen) opens the home page instead. Registered before the router starts, so the entry page counts.
Taro.onPageNotFound(() => {
  goHome()
})

/** Root component: Taro renders the current page as `children`, under the one data cache of the app run. */
function App({ children }: PropsWithChildren) {
  return createElement(SWRConfig, { value: apiConfig }, children)
}

export default App
