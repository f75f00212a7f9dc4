import type { PropsWithChildren } from 'react'

import './app.css'

/** Root component: Taro renders the current page as `children`. */
function App({ children }: PropsWithChildren) {
  return children
}

export default App
