import { Text, View } from '@tarojs/components'

import RegionList from '../../components/RegionList'
import { useRegions } from '../../hooks/useRegions'
import { openRegion } from '../../navigation'

/** Division code of 安阳市; its children are the county-level units. */
const CITY_CODE = '4105'

export default function IndexPage() {
  const regions = useRegions(CITY_CODE)

  return (
    <View className='page home-page'>
      <View className='page-header'>
        <Text className='page-title home-title'>掌上办</Text>
        <Text className='page-subtitle home-subtitle'>安阳市政务服务 · 指尖办理</Text>
      </View>
      <View className='card'>
        <Text className='section-title'>选择办事地区</Text>
        <RegionList {...regions} onSelect={openRegion} emptyText='暂无可选地区' onHomePage />
      </View>
    </View>
  )
}
