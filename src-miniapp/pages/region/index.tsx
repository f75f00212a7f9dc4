import { Text, View } from '@tarojs/components'
import Taro, { useDidHide, useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useRef } from 'react'

import LoadError from '../../components/LoadError'
import RegionList from '../../components/RegionList'
import PageHeader from '../../components/PageHeader'
import { regionHeading, useRegion } from '../../hooks/useRegion'
import { useRegions } from '../../hooks/useRegions'
import { usePageParams } from '../../hooks/usePageParams'
import { openRegion } from '../../navigation'
import type { Region } from '../../services/types'

/** Villages are the lowest level: nothing below them to open. */
const canOpen = (region: Region) => region.level !== 'village'

export default function RegionPage() {
  // The name in the link only fills the title until the server has said which region `code` is.
  const { code, name: placeholder } = usePageParams('code', 'name')
  const region = useRegion(code)
  const regions = useRegions(code)
  const { title, path } = regionHeading(region, placeholder)

  // Every region page shares one path, so the title is set again whenever this page comes back into view
  // (after 「返回」), and not while another page is on top of it.
  const shown = useRef(true)
  useEffect(() => {
    if (shown.current) void Taro.setNavigationBarTitle({ title })
  }, [title])
  useDidShow(() => {
    shown.current = true
    void Taro.setNavigationBarTitle({ title })
  })
  useDidHide(() => {
    shown.current = false
  })

  const { reload: reloadRegion } = region
  const { reload: reloadRegions } = regions
  const reloadAll = useCallback(() => {
    reloadRegion()
    reloadRegions()
  }, [reloadRegion, reloadRegions])

  return (
    <View className='page region-page'>
      <PageHeader title={title} subtitle={path || '\u00a0'} titleClass='region-title' subtitleClass='region-path' />
      <View className='card'>
        <Text className='section-title'>下级地区</Text>
        {/* Without the region itself (unknown or malformed code, no answer) its list means nothing. */}
        {region.error ? (
          <LoadError error={region.error} onRetry={reloadAll} />
        ) : (
          <RegionList {...regions} onSelect={openRegion} canOpen={canOpen} />
        )}
      </View>
    </View>
  )
}
