import { Input, Text, Textarea, View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'

import type { SummaryItem } from '../view-models/forms'
import './controls.css'

/**
 * The form controls of every page, resident and admin: a labelled field with its error, the error summary above a
 * form, text boxes, chips, tags, a pager. Built from Taro's Input/Textarea and tappable chips (a Picker is clumsy
 * on a desktop browser). Class names and ids are used by browser tests and by the error summary's links.
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
  if (multiline) {
    return (
      <Textarea
        className={`form-textarea ${className}`}
        value={value}
        placeholder={placeholder}
        maxlength={maxlength}
        autoHeight
        onInput={(e) => onChange(e.detail.value)}
        onBlur={onBlur}
      />
    )
  }
  return (
    <Input
      className={`form-input ${className}`}
      type={type}
      value={value}
      placeholder={placeholder}
      maxlength={maxlength}
      onInput={(e) => onChange(e.detail.value)}
      onConfirm={onConfirm}
      onBlur={onBlur}
    />
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
  return (
    <View className={`chip-group ${className}`}>
      {options.map((o) => (
        <Text
          key={String(o.value)}
          className={`chip chip-${controlSlug(String(o.value) || 'none')}${o.value === value ? ' chip-selected' : ''}`}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </Text>
      ))}
    </View>
  )
}

interface MultiChipsProps<V extends string | number> {
  options: readonly Option<V>[]
  values: readonly V[]
  onToggle: (value: V) => void
  className?: string
}

/** Several of a few values (a checkbox group). */
export function MultiChips<V extends string | number>({ options, values, onToggle, className = '' }: MultiChipsProps<V>) {
  return (
    <View className={`chip-group ${className}`}>
      {options.map((o) => (
        <Text
          key={String(o.value)}
          className={`chip chip-${controlSlug(String(o.value))}${values.includes(o.value) ? ' chip-selected' : ''}`}
          onClick={() => onToggle(o.value)}
        >
          {values.includes(o.value) ? `✓ ${o.label}` : o.label}
        </Text>
      ))}
    </View>
  )
}

/** A yes/no switch as a chip: 「✓ 提供空白表格」. */
export function Toggle({ value, label, onChange, className = '' }: { value: boolean; label: string; onChange: (value: boolean) => void; className?: string }) {
  return (
    <Text className={`chip toggle ${className}${value ? ' chip-selected' : ''}`} onClick={() => onChange(!value)}>
      {value ? `✓ ${label}` : label}
    </Text>
  )
}

/** Tags (别名, 关键词): each with ×, and a box that adds one on 「添加」 or Enter. */
export function Tags({ tags, onChange, placeholder, className = '' }: { tags: readonly string[]; onChange: (tags: string[]) => void; placeholder?: string; className?: string }) {
  const [text, setText] = useState('')
  const add = () => {
    const tag = text.trim()
    if (tag && !tags.includes(tag)) onChange([...tags, tag])
    setText('')
  }
  return (
    <View className={`tags ${className}`}>
      <View className='tag-list'>
        {tags.map((tag, i) => (
          <View key={`${tag}-${i}`} className='tag'>
            <Text className='tag-text'>{tag}</Text>
            <Text className='tag-remove' onClick={() => onChange(tags.filter((_, j) => j !== i))}>
              ×
            </Text>
          </View>
        ))}
      </View>
      <View className='tag-add'>
        <TextBox className='tag-input' value={text} onChange={setText} placeholder={placeholder} maxlength={30} onConfirm={add} />
        <Text className='link-button tag-add-button' onClick={add}>
          添加
        </Text>
      </View>
    </View>
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

interface PagerProps {
  page: number
  pageSize: number
  total: number
  onPage: (page: number) => void
}

/** 「上一页 · 第 2 / 8 页（共 376 条） · 下一页」; nothing when everything fits on one page. */
export function Pager({ page, pageSize, total, onPage }: PagerProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize))
  if (pages <= 1) return null
  return (
    <View className='pager'>
      <Text className={`link-button pager-prev${page <= 1 ? ' link-disabled' : ''}`} onClick={() => page > 1 && onPage(page - 1)}>
        上一页
      </Text>
      <Text className='pager-text'>
        第 {page} / {pages} 页（共 {total} 条）
      </Text>
      <Text
        className={`link-button pager-next${page >= pages ? ' link-disabled' : ''}`}
        onClick={() => page < pages && onPage(page + 1)}
      >
        下一页
      </Text>
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
