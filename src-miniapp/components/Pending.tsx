import { Text, View } from '@tarojs/components'

import LoadError from './LoadError'
import type { ApiState } from '../hooks/useApi'

/** A page's read that has nothing to show yet: its failure with 「重试」 in a card, else 正在加载…. */
export default function Pending({ state }: { state: Pick<ApiState<unknown>, 'error' | 'reload'> }) {
  if (state.error) {
    return (
      <View className='card'>
        <LoadError error={state.error} onRetry={state.reload} />
      </View>
    )
  }
  return <Text className='region-loading'>正在加载…</Text>
}
