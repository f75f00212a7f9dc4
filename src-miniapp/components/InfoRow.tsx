import { Text, View } from '@tarojs/components'

interface InfoRowProps {
  label: string
  value: string
  /** The value's own class beside 'info-value' (browser tests find e.g. 'case-queue'). */
  className: string
}

/** One labelled line of a card (办理窗口 · 安阳市民政局): the label on the left, the value beside it. */
export default function InfoRow({ label, value, className }: InfoRowProps) {
  return (
    <View className='info-row'>
      <Text className='info-label'>{label}</Text>
      <Text className={`info-value ${className}`}>{value}</Text>
    </View>
  )
}
