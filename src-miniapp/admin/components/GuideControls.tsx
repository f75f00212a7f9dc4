import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

import type { Option } from '../../ui/controls'
import {
  MATERIAL_FORMS,
  MATERIAL_KINDS,
  MATERIAL_SOURCES,
  NECESSITIES,
  PAPER_SIZES
} from '@shared/catalog/labels'
import {
  getAt,
  listAt,
  newItem,
  numberFromText,
  optionalText,
  pathKey,
  textOf,
  toggleValue,
  type ListKind,
  type Path
} from '../../view-models/draftEditor'
import { Chips, Field, LinkButton, MultiChips, Tags, TextBox, Toggle, controlSlug, fieldId } from '../../ui/controls'

/**
 * Controls of the draft editor bound to a path of the guide: each reads `getAt(content, path)`, writes with
 * `editor.set(path, value)` and shows the problems placed on its path (see view-models/draftEditor.ts).
 */

export interface GuideEditor {
  content: Record<string, unknown>
  set: (path: Path, value: unknown) => void
  /** Add, remove or move an item of the list at `path`. */
  add: (path: Path, item: unknown) => void
  remove: (path: Path, index: number) => void
  move: (path: Path, index: number, step: -1 | 1) => void
  /** The message of the control at `path` (its pathKey), if any. */
  errorAt: (path: Path) => string | undefined
}

interface BoundProps {
  editor: GuideEditor
  path: Path
  label: string
  hint?: string
  wide?: boolean
  /** Extra class of the input, e.g. 'promise-days-input'. */
  inputClass?: string
}

export function TextControl({ editor, path, label, hint, wide, inputClass = '', multiline = false, optional = false, maxlength = 500, placeholder }: BoundProps & { multiline?: boolean; optional?: boolean; maxlength?: number; placeholder?: string }) {
  const key = pathKey(path)
  return (
    <Field name={key} label={label} hint={hint} error={editor.errorAt(path)} wide={wide ?? multiline}>
      <TextBox
        className={`input-${controlSlug(key)} ${inputClass}`}
        multiline={multiline}
        maxlength={maxlength}
        placeholder={placeholder ?? (optional ? '可不填' : undefined)}
        value={textOf(getAt(editor.content, path))}
        onChange={(text) => editor.set(path, optional ? optionalText(text) : text)}
      />
    </Field>
  )
}

export function NumberControl({ editor, path, label, hint, wide, inputClass = '', optional = false }: BoundProps & { optional?: boolean }) {
  const key = pathKey(path)
  return (
    <Field name={key} label={label} hint={hint} error={editor.errorAt(path)} wide={wide}>
      <TextBox
        type='number'
        className={`input-${controlSlug(key)} number-input ${inputClass}`}
        maxlength={12}
        placeholder={optional ? '可不填' : undefined}
        value={textOf(getAt(editor.content, path))}
        onChange={(text) => editor.set(path, numberFromText(text, optional))}
      />
    </Field>
  )
}

export function ChoiceControl<V extends string | number>({ editor, path, label, hint, wide, options, optional = false }: BoundProps & { options: readonly Option<V>[]; optional?: boolean }) {
  const key = pathKey(path)
  const value = getAt(editor.content, path) as V | undefined
  return (
    <Field name={key} label={label} hint={hint} error={editor.errorAt(path)} wide={wide}>
      <Chips
        className={`choice-${controlSlug(key)}`}
        options={options}
        value={optional && value === undefined ? ('' as V) : value}
        onChange={(v) => editor.set(path, optional && v === '' ? undefined : v)}
      />
    </Field>
  )
}

export function MultiControl<V extends string | number>({ editor, path, label, hint, wide, options }: BoundProps & { options: readonly Option<V>[] }) {
  const key = pathKey(path)
  const values = listAt(editor.content, path) as V[]
  const order = options.map((o) => o.value)
  return (
    <Field name={key} label={label} hint={hint} error={editor.errorAt(path)} wide={wide}>
      <MultiChips
        className={`choice-${controlSlug(key)}`}
        options={options}
        values={values}
        onToggle={(v) => editor.set(path, toggleValue(values, v, order))}
      />
    </Field>
  )
}

export function BoolControl({ editor, path, label }: BoundProps) {
  const key = pathKey(path)
  const error = editor.errorAt(path)
  return (
    <View id={fieldId(key)} className={`admin-toggle field-${controlSlug(key)}${error ? ' form-field-invalid' : ''}`}>
      <Toggle label={label} value={getAt(editor.content, path) === true} onChange={(v) => editor.set(path, v)} />
      {error ? <Text className='field-error'>{error}</Text> : null}
    </View>
  )
}

export function TagsControl({ editor, path, label, hint }: BoundProps) {
  const key = pathKey(path)
  return (
    <Field name={key} label={label} hint={hint} error={editor.errorAt(path)} wide>
      <Tags
        className={`tags-${controlSlug(key)}`}
        tags={listAt(editor.content, path).filter((t): t is string => typeof t === 'string')}
        placeholder='输入后按回车或点「添加」'
        onChange={(tags) => editor.set(path, tags)}
      />
    </Field>
  )
}

interface ListControlProps {
  editor: GuideEditor
  path: Path
  label: string
  hint?: string
  kind: ListKind
  /** 「添加材料」 */
  addText: string
  /** The heading of an item, e.g. its name. */
  itemTitle: (item: unknown, index: number) => string
  renderItem: (itemPath: Path, index: number) => ReactNode
}

/** A list of items (conditions, materials…): each in a box with 上移 / 下移 / 删除, and 「添加」 at the end. */
export function ListControl({ editor, path, label, hint, kind, addText, itemTitle, renderItem }: ListControlProps) {
  const key = pathKey(path)
  const items = listAt(editor.content, path)
  return (
    <Field name={key} label={`${label}（${items.length}）`} hint={hint} error={editor.errorAt(path)} wide>
      <View className={`list-editor list-${controlSlug(key)}`}>
        {items.map((item, i) => {
          const itemPath = [...path, i]
          const itemKey = pathKey(itemPath)
          const error = editor.errorAt(itemPath)
          return (
            <View
              key={i}
              id={`f-${controlSlug(itemKey)}`}
              className={`list-item field-${controlSlug(itemKey)}${error ? ' form-field-invalid' : ''}`}
            >
              <View className='list-item-head'>
                <Text className='list-item-title'>{itemTitle(item, i)}</Text>
                <View className='list-item-actions'>
                  {i > 0 ? <LinkButton className='item-up' onClick={() => editor.move(path, i, -1)}>上移</LinkButton> : null}
                  {i < items.length - 1 ? (
                    <LinkButton className='item-down' onClick={() => editor.move(path, i, 1)}>下移</LinkButton>
                  ) : null}
                  <LinkButton className='item-remove danger-link' onClick={() => editor.remove(path, i)}>
                    删除
                  </LinkButton>
                </View>
              </View>
              {error ? <Text className='field-error'>{error}</Text> : null}
              <View className='admin-grid'>{renderItem(itemPath, i)}</View>
            </View>
          )
        })}
        <LinkButton className={`list-add add-${controlSlug(key)}`} onClick={() => editor.add(path, newItem(kind))}>
          ＋ {addText}
        </LinkButton>
      </View>
    </Field>
  )
}

/** 纸张规格 is optional: 「不注明」 leaves it out. */
const PAPER_SIZE_CHOICES: Option<string>[] = [{ value: '', label: '不注明' }, ...PAPER_SIZES]

/** Every attribute of one material (申请材料, or a situation's own). */
export function MaterialFields({ editor, path }: { editor: GuideEditor; path: Path }) {
  return (
    <>
      <TextControl editor={editor} path={[...path, 'name']} label='材料名称' maxlength={100} wide />
      <ChoiceControl editor={editor} path={[...path, 'kind']} label='材料类型' options={MATERIAL_KINDS} />
      <ChoiceControl editor={editor} path={[...path, 'form']} label='材料形式' options={MATERIAL_FORMS} />
      <ChoiceControl editor={editor} path={[...path, 'necessity']} label='必要性' options={NECESSITIES} />
      <ChoiceControl editor={editor} path={[...path, 'source']} label='来源渠道' hint='政府部门核发的材料应通过数据共享获取，并在填报须知中说明' options={MATERIAL_SOURCES} />
      <NumberControl editor={editor} path={[...path, 'originals']} label='原件份数' />
      <NumberControl editor={editor} path={[...path, 'copies']} label='复印件份数' />
      <ChoiceControl editor={editor} path={[...path, 'paperSize']} label='纸张规格' options={PAPER_SIZE_CHOICES} optional />
      <View className='admin-field admin-toggles'>
        <BoolControl editor={editor} path={[...path, 'blankForm']} label='提供空白表格' />
        <BoolControl editor={editor} path={[...path, 'sampleForm']} label='提供示例样表' />
      </View>
      <TextControl editor={editor} path={[...path, 'acceptance']} label='受理标准' multiline maxlength={300} />
      <TextControl editor={editor} path={[...path, 'note']} label='填报须知' multiline optional maxlength={300} />
    </>
  )
}

/** 「第 3 项：申请人居民身份证」 */
export function named(field: string, empty: string) {
  return (item: unknown, index: number) => {
    const value = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[field] : item
    const text = typeof value === 'string' && value.trim() ? value.trim() : empty
    return `第 ${index + 1} 项：${text}`
  }
}
