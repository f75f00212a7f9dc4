import { useDidShow } from '@tarojs/taro'
import { useCallback, useState } from 'react'

import type { County } from '../services/catalog'
import { readCounty, saveCounty } from '../services/county'

/**
 * The county whose office a guide shows (办事地区), shared by the home page and the guides through storage:
 * read again whenever the page comes into view, so a choice made on another page shows on return.
 */
export function useCounty(): [County | null, (county: County) => void] {
  const [county, setCounty] = useState<County | null>(() => readCounty())

  useDidShow(() => {
    const stored = readCounty()
    setCounty((current) => (current?.code === stored?.code ? current : stored))
  })

  const choose = useCallback((next: County) => {
    saveCounty(next)
    setCounty(next)
  }, [])

  return [county, choose]
}
