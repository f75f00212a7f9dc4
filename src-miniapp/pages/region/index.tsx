import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect } from 'react'

import RegionList from '../../components/RegionList'
import { useRegions } from '../../hooks/useRegions'
import { decodeParam, openRegion } from '../../navigation'
import type { Region } from '../../services/types'

/** Villages are the lowest level: nothing below them to open. */
const canOpen = (region: Region) => region.level !== 'village'

export default function RegionPage() {
  const { params } = useRouter()
  const code = decodeParam(params.code)
  const name = decodeParam(params.name) || '下级地区'
  const regions = useRegions(code)

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: name })
  }, [name])

  return (
    <View className='page region-page'>
      <View className='page-header'>
        <Text className='page-title region-title'>{name}</Text>
        <Text className='page-subtitle'>请选择办事地区</Text>
      </View>
      <View className='card'>
        <Text className='section-title'>下级地区</Text>
        <RegionList {...regions} onSelect={openRegion} canOpen={canOpen} />
      </View>
    </View>
  )
}
