import { Text, View } from '@tarojs/components'

import type { TimelineRow } from '../view-models/caseView'
import './Timeline.css'

/** The case's record, newest first; staff also read the internal notes (the routing reason…). */
export default function Timeline({ rows }: { rows: readonly TimelineRow[] }) {
  return (
    <View className='timeline'>
      {rows.map((row) => (
        <View key={row.key} className='timeline-item'>
          <View className='timeline-dot' />
          <View className='timeline-body'>
            <View className='timeline-head'>
              <Text className='timeline-title'>{row.title}</Text>
              <Text className='timeline-at'>{row.at}</Text>
            </View>
            {row.note ? <Text className='timeline-note'>{row.note}</Text> : null}
            {row.internalNote ? <Text className='timeline-internal'>内部记录：{row.internalNote}</Text> : null}
            <Text className='timeline-actor'>{row.actor}</Text>
          </View>
        </View>
      ))}
    </View>
  )
}
