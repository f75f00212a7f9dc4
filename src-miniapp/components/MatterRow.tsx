import { Text, View } from '@tarojs/components'

import { promiseShortText } from '../view-models/guideView'
import { openMatter } from '../navigation'
import type { MatterSummary } from '../services/types'
import './MatterRow.css'

interface MatterRowProps {
  matter: Pick<MatterSummary, 'id' | 'name' | 'department' | 'handheld' | 'promiseDays' | 'promiseUnit'>
  /** e.g. 'matter-item' or 'search-result' (class names are used by browser tests). */
  className: string
  /** Hide the department (a department's own list). */
  showDepartment?: boolean
}

/** One matter in a list: name, department, 「可掌上办」 and the promised time; tapping opens its guide. */
export default function MatterRow({ matter, className, showDepartment = true }: MatterRowProps) {
  return (
    <View className={`matter-row ${className}`} hoverClass='menu-item-hover' onClick={() => openMatter(matter)}>
      <View className='matter-row-main'>
        <Text className='matter-name'>{matter.name}</Text>
        <View className='row-list-meta matter-meta'>
          {matter.handheld ? <Text className='tag tag-handheld'>可掌上办</Text> : null}
          {showDepartment && matter.department.name ? (
            <Text className='matter-department'>{matter.department.name}</Text>
          ) : null}
          <Text className='matter-promise'>{promiseShortText(matter.promiseDays, matter.promiseUnit)}</Text>
        </View>
      </View>
      <Text className='menu-arrow'>›</Text>
    </View>
  )
}
