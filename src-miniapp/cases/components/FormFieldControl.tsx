import { Picker, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'

import RegionPicker from '../../components/RegionPicker'
import { useRegion } from '../../hooks/useRegion'
import { Chips, Field, MultiChips, TextBox } from '../../ui/controls'
import { chinaToday } from '@shared/calendar/china-date'
import { choiceCode, choiceFromPath, emptyRegionChoice, type RegionChoice } from '../../view-models/regionChoice'
import type { FormValue } from '../../view-models/applyWizard'
import type { FormFieldSpec } from '../../services/types'

interface FormFieldControlProps {
  field: FormFieldSpec
  value: FormValue | undefined
  error?: string
  onChange: (value: FormValue) => void
  /** A choice (select, date, region) counts as touched when made; a text box when it loses focus. */
  onTouch: () => void
}

const HINTS: Partial<Record<FormFieldSpec['type'], string>> = {
  idNumber: '18 位居民身份证号码',
  phone: '11 位手机号码',
  date: '点击选择日期',
  region: '选到乡镇（街道），也可再选村（社区）'
}

/** One field of a matter's application form, with the control its type asks for and its error (GOV.UK). */
export default function FormFieldControl({ field, value, error, onChange, onTouch }: FormFieldControlProps) {
  const text = typeof value === 'string' ? value : ''
  const label = field.required ? field.label : `${field.label}（选填）`
  let control
  switch (field.type) {
    case 'select':
      control = (
        <Chips
          className={`select-${field.key}`}
          options={field.options ?? []}
          value={text}
          onChange={(v) => {
            onChange(v)
            onTouch()
          }}
        />
      )
      break
    case 'multiselect':
      control = (
        <MultiChips
          className={`multiselect-${field.key}`}
          options={field.options ?? []}
          values={Array.isArray(value) ? value : []}
          onToggle={(v) => {
            const list = Array.isArray(value) ? value : []
            onChange(list.includes(v) ? list.filter((x) => x !== v) : [...list, v])
            onTouch()
          }}
        />
      )
      break
    case 'date':
      control = (
        <Picker
          mode='date'
          value={text || chinaToday()}
          onChange={(e) => {
            onChange(String(e.detail.value))
            onTouch()
          }}
        >
          <View className={`form-input date-input date-${field.key}`}>
            <Text className={text ? 'picker-value' : 'picker-placeholder'}>{text || '请选择日期'}</Text>
          </View>
        </Picker>
      )
      break
    case 'region':
      control = (
        <RegionField
          value={text}
          onChange={(v) => {
            onChange(v)
            onTouch()
          }}
        />
      )
      break
    default:
      control = (
        <View className={`input-wrap input-${field.key}`}>
          <TextBox
            className={`input-${field.type}`}
            onBlur={onTouch}
            value={text}
            multiline={field.type === 'textarea'}
            type={field.type === 'number' ? 'number' : 'text'}
            maxlength={field.maxLength ?? (field.type === 'textarea' ? 1000 : field.type === 'idNumber' ? 18 : 100)}
            placeholder={`请填写${field.label}`}
            onChange={onChange}
          />
        </View>
      )
  }
  return (
    <Field name={field.key} label={label} hint={HINTS[field.type]} error={error} wide={field.type === 'textarea'}>
      {control}
    </Field>
  )
}

/** A region answer: the cascading picker, started from the region already chosen (a restored draft). */
function RegionField({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const [choice, setChoice] = useState<RegionChoice | null>(value ? null : emptyRegionChoice)
  const region = useRegion(choice === null ? value : '')
  useEffect(() => {
    if (choice === null && region.data) setChoice(choiceFromPath(region.data.path))
    if (choice === null && region.error) setChoice(emptyRegionChoice)
  }, [choice, region.data, region.error])
  if (!choice) return <Text className='region-loading'>正在加载…</Text>
  return (
    <RegionPicker
      choice={choice}
      onChange={(next) => {
        setChoice(next)
        onChange(choiceCode(next))
      }}
    />
  )
}
