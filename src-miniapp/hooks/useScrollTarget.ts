import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'

const pageScrollTo = (selector: string) => {
  void Taro.pageScrollTo({ selector, duration: 200 }).catch(() => undefined)
}

/**
 * Scroll to an element once the render that shows it is on screen (an error summary, a form's message, a field):
 * call the returned function with its selector. `scroll` is how; the admin pages pass their own (scrollToSelector).
 */
export function useScrollTarget(scroll: (selector: string) => void = pageScrollTo): (selector: string) => void {
  const [target, setTarget] = useState<string | null>(null)
  useEffect(() => {
    if (!target) return
    scroll(target)
    setTarget(null)
  }, [target, scroll])
  return setTarget
}
