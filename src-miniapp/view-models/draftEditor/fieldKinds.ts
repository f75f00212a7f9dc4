import type { Option } from '@shared/catalog/labels'

import { getAt, isRecord } from './paths'
import { numberFromText, optionalText } from './values'

/**
 * The kinds of field in the draft editor's field table (fields.ts), and what any table of them tells: item
 * headings, where each field sits ('#' = any index), a field by its key. How a kind reads and writes its path:
 * text — the text, left out when optional and empty; number — a whole number, or the text typed until it is
 * one; choice — one option's value (optional: 「不注明」 leaves it out); multi — the chosen values in the
 * options' order; tags — a list of words; flag — true or false; group — an object of fields; list — an array
 * of items, each of the list's item fields; fieldType — a form field's type with its options; status — the
 * draft's status, kept beside the content; json — no control (the 「高级：JSON」 box), only a name for the summary.
 */

interface FieldBase {
  /** The key in the parent object; '' for a list item that is a plain value (a 受理条件 is a string). */
  key: string
  label: string
  hint?: string
  /** A whole row on a desktop screen. */
  wide?: boolean
  /** How the error summary names the field, where it differs from the label. */
  summary?: string
  /** Shown only when the parent (the object holding the field) passes. */
  when?: (parent: unknown) => boolean
}

export interface TextField extends FieldBase {
  kind: 'text'
  maxlength: number
  multiline?: boolean
  optional?: boolean
}

export interface NumberField extends FieldBase {
  kind: 'number'
  optional?: boolean
  /** Extra class of the input (browser tests find 'promise-days-input'). */
  inputClass?: string
}

export interface ChoiceField extends FieldBase {
  kind: 'choice' | 'multi' | 'fieldType' | 'status'
  options: readonly Option<string | number>[]
  /** choice: the first option ('') leaves the value out. */
  optional?: boolean
}

export interface TagsField extends FieldBase {
  kind: 'tags' | 'json'
}

/** Yes/no fields side by side. */
export interface FlagsField {
  kind: 'flags'
  flags: readonly { key: string; label: string }[]
}

export interface GroupField extends FieldBase {
  kind: 'group'
  fields: readonly GuideField[]
  /** A box of its own with the label as its title (the two time limits); otherwise its fields stand in line. */
  framed: boolean
}

export interface ListField extends FieldBase {
  kind: 'list'
  /** 「添加材料」 */
  addText: string
  /** An item's heading: 「第 3 项：<its field>」, or 「第 3 条」 without one. */
  title?: { field: string; empty: string }
  item: readonly GuideField[]
  /** A new item, with the choices most entries take. */
  blank: () => unknown
}

export type GuideField = TextField | NumberField | ChoiceField | TagsField | FlagsField | GroupField | ListField

/** A field with a key of its own: any but a row of flags, or one flag of it. */
export type KeyedField = Exclude<GuideField, FlagsField> | FlagsField['flags'][number]

export interface GuideSection {
  title: string
  fields: readonly GuideField[]
}

// ---------------------------------------------------------------------------------------------------------
// Text boxes

/** What a text or number box writes for the text typed: see the kinds above. */
export function fromBox(field: TextField | NumberField, text: string): unknown {
  if (field.kind === 'number') return numberFromText(text, field.optional)
  return field.optional ? optionalText(text) : text
}

// ---------------------------------------------------------------------------------------------------------
// Form fields: options exactly for 单选 and 多选

const CHOICE_TYPES: readonly unknown[] = ['select', 'multiselect']

/** 单选 and 多选 form fields have options. */
export const hasOptions = (formField: unknown): boolean => CHOICE_TYPES.includes(getAt(formField, ['type']))

export const blankOption = () => ({ value: '', label: '' })

/** A form field's type; options exist exactly for 单选 and 多选 (two empty ones to start with). */
export function withFieldType(field: unknown, type: string): Record<string, unknown> {
  const next: Record<string, unknown> = { ...(isRecord(field) ? field : {}), type }
  if (CHOICE_TYPES.includes(type)) {
    if (!Array.isArray(next.options)) next.options = [blankOption(), blankOption()]
  } else {
    delete next.options
  }
  return next
}

// ---------------------------------------------------------------------------------------------------------
// What the table tells besides the controls

/** An item's heading: 「第 3 项：申请人居民身份证」, 「第 2 条」. */
export function itemTitle(list: ListField, item: unknown, index: number): string {
  if (!list.title) return `第 ${index + 1} 条`
  const value = getAt(item, [list.title.field])
  const text = typeof value === 'string' && value.trim() ? value.trim() : list.title.empty
  return `第 ${index + 1} 项：${text}`
}

/** The field `key` among `fields` (flags looked into), if the table has it. */
export function fieldNamed(fields: readonly GuideField[] | undefined, key: string): KeyedField | undefined {
  for (const field of fields ?? []) {
    if (field.kind === 'flags') {
      const flag = field.flags.find((f) => f.key === key)
      if (flag) return flag
    } else if (field.key === key && key !== '') {
      return field
    }
  }
  return undefined
}

/** Calls `visit` with the path pattern ('#' = any index) of every field in the table, parents first. */
export function eachField(
  visit: (pattern: string, field: KeyedField) => void,
  fields: readonly GuideField[],
  prefix: readonly string[] = []
): void {
  for (const field of fields) {
    if (field.kind === 'flags') {
      for (const flag of field.flags) visit([...prefix, flag.key].join('.'), flag)
      continue
    }
    const at = field.key ? [...prefix, field.key] : [...prefix]
    visit(at.join('.'), field)
    if (field.kind === 'group') eachField(visit, field.fields, at)
    if (field.kind === 'list') eachField(visit, field.item, [...at, '#'])
  }
}
