import { Picker, Text, View } from '@tarojs/components'

import {
  CITY_CODE,
  chooseCounty,
  chooseTownship,
  chooseVillage,
  indexOfCode,
  type RegionChoice,
  type RegionRef
} from '../view-models/regionChoice'
import { useRegions, type UseRegionsResult } from '../hooks/useRegions'
import './RegionPicker.css'

interface RegionPickerProps {
  choice: RegionChoice
  onChange: (choice: RegionChoice) => void
}

/** First option of the village picker: the township alone is a valid answer. */
const NO_VILLAGE: RegionRef = { code: '', name: '不选择（只选到乡镇）' }

type LevelName = 'county' | 'township' | 'village'

/** What a level asks, which part of the choice it shows, and how picking one of its regions changes the choice. */
interface LevelSpec {
  label: string
  placeholder: string
  /** An option before the loaded ones (the village level's 「不选择」). */
  first?: RegionRef
  selected: (choice: RegionChoice) => RegionRef | null
  pick: (choice: RegionChoice, region: RegionRef) => RegionChoice
}

const LEVELS: Record<LevelName, LevelSpec> = {
  county: { label: '区县', placeholder: '请选择区县', selected: (c) => c.county, pick: chooseCounty },
  township: { label: '乡镇（街道）', placeholder: '请选择乡镇（街道）', selected: (c) => c.township, pick: chooseTownship },
  village: { label: '村（社区）', placeholder: '可不选', selected: (c) => c.village, pick: (c, r) => chooseVillage(c, r.code ? r : null), first: NO_VILLAGE }
}

/**
 * Cascading region picker of the profile form: 区县 → 乡镇（街道）→ 村（社区, optional), each level loaded from
 * `GET /api/regions?parent=` once the level above is chosen. Class names are used by browser tests.
 */
export default function RegionPicker({ choice, onChange }: RegionPickerProps) {
  const counties = useRegions(CITY_CODE)
  const townships = useRegions(choice.county?.code ?? '')
  const villages = useRegions(choice.township?.code ?? '')
  const level = (name: LevelName, list: UseRegionsResult) => {
    const { selected, pick, ...texts } = LEVELS[name]
    return <Level level={name} {...texts} list={list} selected={selected(choice)} onSelect={(region) => onChange(pick(choice, region))} />
  }

  return (
    <View className='region-picker'>
      {level('county', counties)}
      {choice.county ? level('township', townships) : null}
      {choice.township && !(villages.data && villages.data.length === 0) ? level('village', villages) : null}
    </View>
  )
}

interface LevelProps extends Pick<LevelSpec, 'label' | 'placeholder' | 'first'> {
  level: LevelName
  list: UseRegionsResult
  selected: RegionRef | null
  onSelect: (region: RegionRef) => void
}

function Level({ level, label, placeholder, list, selected, first, onSelect }: LevelProps) {
  const rowClass = `picker-row region-picker-${level}`

  if (list.loading || list.error) {
    // A failed list is retried by tapping its row.
    return (
      <View className={rowClass} onClick={list.error ? list.reload : undefined}>
        <Text className='picker-label'>{label}</Text>
        <Text className={list.error ? 'picker-error' : 'picker-placeholder'}>
          {list.error ? `${list.error.message}（点此重试）` : '正在加载…'}
        </Text>
      </View>
    )
  }

  const options: RegionRef[] = [...(first ? [first] : []), ...(list.data ?? [])]
  const index = indexOfCode(options, selected?.code ?? first?.code)

  return (
    <Picker
      mode='selector'
      range={options.map((r) => r.name)}
      value={Math.max(index, 0)}
      onChange={(e) => {
        const option = options[Number(e.detail.value)]
        if (option) onSelect(option)
      }}
    >
      <View className={rowClass} hoverClass='menu-item-hover'>
        <Text className='picker-label'>{label}</Text>
        <Text className={selected ? 'picker-value' : 'picker-placeholder'}>{selected?.name ?? placeholder}</Text>
        <Text className='menu-arrow'>›</Text>
      </View>
    </Picker>
  )
}
