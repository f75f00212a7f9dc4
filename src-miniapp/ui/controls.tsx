import { Input, Text, Textarea, View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'

import type { SummaryItem } from '../view-models/forms'
import './controls.css'

/**
 * The form controls of every page, resident and admin: a labelled field with its error, the error summary above a
 * form, text boxes, chips, toggles, text buttons (tags and the pager are beside it, in Tags.tsx and Pager.tsx).
 * Built from Taro's Input/Textarea and tappable chips (a Picker is clumsy on a desktop browser). Class names and ids are used by browser tests and by the error summary's links.
 */

/** A choice of a chip group. */
export interface Option<V extends string | number> {
  value: V
  label: string
}

/** `materials.2.name` → `materials-2-name`, usable in ids and class names. */
export const controlSlug = (key: string) => key.replace(/[^A-Za-z0-9_-]+/g, '-')

interface FieldProps {
  /** The control's key (e.g. a guide path 'promiseLimit.value', or a form field name). */
  name: string
  label: string
  hint?: string
  error?: string
  /** Wide fields take a whole row on a desktop screen. */
  wide?: boolean
  children: ReactNode
}

/** The id of a field's box, where the error summary takes the user (`#field-<name>`). */
export const fieldId = (name: string) => `field-${controlSlug(name)}`

/** A labelled control with its error under the label (GOV.UK pattern): id `field-<name>`, class `field-<name>`. */
export function Field({ name, label, hint, error, wide = false, children }: FieldProps) {
  const slug = controlSlug(name)
  return (
    <View
      id={fieldId(name)}
      className={`form-field field-${slug}${wide ? ' form-field-wide' : ''}${error ? ' form-field-invalid' : ''}`}
    >
      <Text className='form-label'>{label}</Text>
      {hint ? <Text className='form-hint'>{hint}</Text> : null}
      {error ? <Text className='field-error'>{error}</Text> : null}
      {children}
    </View>
  )
}

interface TextBoxProps {
  value: string
  onChange: (value: string) => void
  className?: string
  placeholder?: string
  /** The longest text the field takes (WeChat's default is only 140). */
  maxlength?: number
  multiline?: boolean
  type?: 'text' | 'number'
  onConfirm?: () => void
  /** When the box loses focus (a field is checked then, see view-models/forms errorAfterBlur). */
  onBlur?: () => void
}

export function TextBox({ value, onChange, className = '', placeholder, maxlength = 500, multiline = false, type = 'text', onConfirm, onBlur }: TextBoxProps) {
  const shared = { value, placeholder, maxlength, onBlur, onInput: (e: { detail: { value: string } }) => onChange(e.detail.value) }
  if (multiline) return <Textarea className={`form-textarea ${className}`} autoHeight {...shared} />
  return <Input className={`form-input ${className}`} type={type} onConfirm={onConfirm} {...shared} />
}

interface ChipGroupProps<V extends string | number> {
  options: readonly Option<V>[]
  selected: (value: V) => boolean
  /** Chosen chips say so with a tick (several can be). */
  ticked: boolean
  onTap: (value: V) => void
  className: string
}

/** Tappable chips, one per option: `chip chip-<value>`, `chip-selected` when chosen. */
function ChipGroup<V extends string | number>({ options, selected, ticked, onTap, className }: ChipGroupProps<V>) {
  return (
    <View className={`chip-group ${className}`}>
      {options.map((o) => (
        <Text
          key={String(o.value)}
          className={`chip chip-${controlSlug(String(o.value) || 'none')}${selected(o.value) ? ' chip-selected' : ''}`}
          onClick={() => onTap(o.value)}
        >
          {ticked && selected(o.value) ? `✓ ${o.label}` : o.label}
        </Text>
      ))}
    </View>
  )
}

interface ChipsProps<V extends string | number> {
  options: readonly Option<V>[]
  value: V | undefined | null
  onChange: (value: V) => void
  className?: string
}

/** One of a few values (a radio group). */
export function Chips<V extends string | number>({ options, value, onChange, className = '' }: ChipsProps<V>) {
  return <ChipGroup options={options} selected={(v) => v === value} ticked={false} onTap={onChange} className={className} />
}

interface MultiChipsProps<V extends string | number> {
  options: readonly Option<V>[]
  values: readonly V[]
  onToggle: (value: V) => void
  className?: string
}

/** Several of a few values (a checkbox group). */
export function MultiChips<V extends string | number>({ options, values, onToggle, className = '' }: MultiChipsProps<V>) {
  return <ChipGroup options={options} selected={(v) => values.includes(v)} ticked onTap={onToggle} className={className} />
}

/** A yes/no switch as a chip: 「✓ 提供空白表格」. */
export function Toggle({ value, label, onChange, className = '' }: { value: boolean; label: string; onChange: (value: boolean) => void; className?: string }) {
  return (
    <Text className={`chip toggle ${className}${value ? ' chip-selected' : ''}`} onClick={() => onChange(!value)}>
      {value ? `✓ ${label}` : label}
    </Text>
  )
}

/** A text button (links, small actions). */
export function LinkButton({ className = '', onClick, children }: { className?: string; onClick: () => void; children: ReactNode }) {
  return (
    <Text className={`link-button ${className}`} onClick={onClick}>
      {children}
    </Text>
  )
}

interface SearchBoxProps {
  /** Classes of the row, of its input and, when there is one, of the 「搜索」 button beside it. */
  className: string
  inputClass: string
  buttonClass?: string
  placeholder: string
  onSearch: (text: string) => void
}

/** A search box: what is typed stays in the box until confirmed (the keyboard's 搜索, or the 「搜索」 button). */
export function SearchBox({ className, inputClass, buttonClass, placeholder, onSearch }: SearchBoxProps) {
  const [text, setText] = useState('')
  return (
    <View className={className}>
      <TextBox className={inputClass} value={text} placeholder={placeholder} maxlength={40} onChange={setText} onConfirm={() => onSearch(text)} />
      {buttonClass ? (
        <LinkButton className={buttonClass} onClick={() => onSearch(text)}>
          搜索
        </LinkButton>
      ) : null}
    </View>
  )
}

/** 「请修改以下问题」 above a form, one tappable line per problem that takes the user to its field (GOV.UK). */
export function ErrorSummary<F extends string>({ items, onSelect, className = '' }: { items: readonly SummaryItem<F>[]; onSelect: (field: F) => void; className?: string }) {
  if (items.length === 0) return null
  return (
    <View id='error-summary' className={`error-summary ${className}`}>
      <Text className='error-summary-title'>请修改以下问题</Text>
      {items.map((item, i) => (
        <Text key={`${item.field}-${i}`} className='error-summary-item' onClick={() => onSelect(item.field)}>
          {item.message}
        </Text>
      ))}
    </View>
  )
}
