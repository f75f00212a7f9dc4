import { Picker, Text, View } from '@tarojs/components'

import type { County } from '../services/catalog'
import './CountyPicker.css'

interface CountyPickerProps {
  counties: readonly County[]
  /** The chosen county; null: none chosen yet. */
  value: County | null
  onChange: (county: County) => void
  /** Shown before the county, e.g. 办事地区. */
  label: string
  /** Shown instead of a county when none is chosen. */
  placeholder?: string
  className: string
}

/** A tappable 「办事地区：殷都区 切换」 row opening a picker of the county-level units. */
export default function CountyPicker({ counties, value, onChange, label, placeholder = '请选择', className }: CountyPickerProps) {
  const index = Math.max(
    0,
    counties.findIndex((c) => c.code === value?.code)
  )
  if (counties.length === 0) return null
  return (
    <Picker
      mode='selector'
      range={counties.map((c) => c.name)}
      value={index}
      onChange={(e) => {
        const county = counties[Number(e.detail.value)]
        if (county) onChange(county)
      }}
    >
      <View className={`county-picker ${className}`} hoverClass='link-hover'>
        <Text className='county-label'>{label}</Text>
        <Text className='county-value'>{value?.name ?? placeholder}</Text>
        <Text className='county-switch'>切换 ›</Text>
      </View>
    </Picker>
  )
}
