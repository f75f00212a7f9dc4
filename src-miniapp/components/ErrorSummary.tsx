import { Text, View } from '@tarojs/components'

import type { SummaryItem } from '../view-models/forms'

interface ErrorSummaryProps<F extends string> {
  items: SummaryItem<F>[]
  /** Tapping a line takes the user to its field. */
  onSelect: (field: F) => void
}

/** 「请修改以下问题」 above a form, one line per field with a problem (GOV.UK error summary). */
export default function ErrorSummary<F extends string>({ items, onSelect }: ErrorSummaryProps<F>) {
  if (items.length === 0) return null
  return (
    <View id='error-summary' className='error-summary'>
      <Text className='error-summary-title'>请修改以下问题</Text>
      {items.map((item) => (
        <Text key={item.field} className='error-summary-item' onClick={() => onSelect(item.field)}>
          {item.message}
        </Text>
      ))}
    </View>
  )
}
