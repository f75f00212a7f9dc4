import { Text, View } from '@tarojs/components'

import type { UseRegionsResult } from '../hooks/useRegions'
import type { Region } from '../services/types'
import LoadError from './LoadError'
import './RegionList.css'

interface RegionListProps extends UseRegionsResult {
  /** Called when a row is tapped. Rows are not tappable without it, nor when canOpen returns false. */
  onSelect?: (region: Region) => void
  canOpen?: (region: Region) => boolean
  emptyText?: string
  /** Passed to LoadError: no 「返回首页」 on the home page itself. */
  onHomePage?: boolean
}

/** Loading / error / list states for a list of regions. Class names are used by browser tests. */
export default function RegionList(props: RegionListProps) {
  const { data, error, loading, reload, onSelect, canOpen, emptyText = '暂无下级地区', onHomePage } = props

  if (loading) {
    return <Text className='region-loading'>正在加载…</Text>
  }

  if (error) {
    return <LoadError error={error} onRetry={reload} onHomePage={onHomePage} />
  }

  if (!data || data.length === 0) {
    return <Text className='region-empty'>{emptyText}</Text>
  }

  return (
    <View className='region-list'>
      {data.map((region) => {
        const openable = Boolean(onSelect) && (canOpen ? canOpen(region) : true)
        return (
          <View
            key={region.code}
            className='region-item'
            hoverClass={openable ? 'region-item-hover' : 'none'}
            onClick={openable ? () => onSelect?.(region) : undefined}
          >
            <Text className='region-name'>{region.name}</Text>
            {openable ? <Text className='region-arrow'>›</Text> : null}
          </View>
        )
      })}
    </View>
  )
}
