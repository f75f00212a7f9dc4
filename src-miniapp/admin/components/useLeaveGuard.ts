import Taro, { useDidHide, useDidShow } from '@tarojs/taro'
import { useEffect, useRef } from 'react'

/**
 * Leaving a page with unsaved changes asks first. WeChat: `enableAlertBeforeUnload` (the back button and gesture
 * ask with `message`) while `dirty`, where the base library has it. H5: the navigation bar's back and home
 * buttons ask with a modal, and closing or reloading the tab asks through the browser's own dialog.
 */
export function useLeaveGuard(dirty: boolean, message: string): void {
  const state = useRef({ dirty, shown: true })
  state.current.dirty = dirty
  useDidShow(() => {
    state.current.shown = true
  })
  useDidHide(() => {
    state.current.shown = false
  })

  useEffect(() => {
    if (process.env.TARO_ENV === 'h5') return
    if (dirty && Taro.canIUse('enableAlertBeforeUnload')) void Taro.enableAlertBeforeUnload({ message })
    else if (!dirty && Taro.canIUse('disableAlertBeforeUnload')) void Taro.disableAlertBeforeUnload()
  }, [dirty, message])

  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5') return undefined
    const guarding = () => state.current.dirty && state.current.shown
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!guarding()) return
      event.preventDefault()
      event.returnValue = ''
    }
    // Capture phase: before the router's own listener on the button.
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null
      const button = target?.closest('.taro-navigation-bar-back, .taro-navigation-bar-home')
      if (!button || !guarding()) return
      event.preventDefault()
      event.stopPropagation()
      void Taro.showModal({ title: '有未保存的修改', content: message, confirmText: '离开', cancelText: '继续编辑' }).then((answer) => {
        if (!answer.confirm) return
        // The same tap again, now let through to the router.
        state.current.dirty = false
        ;(button as HTMLElement).click()
      })
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    document.addEventListener('click', onClick, true)
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload)
      document.removeEventListener('click', onClick, true)
    }
  }, [message])
}
