import { Text, View } from '@tarojs/components'
import type { ReactElement } from 'react'

import { Chips, Field, LinkButton, MultiChips, TextBox, Toggle, controlSlug, fieldId } from '../../ui/controls'
import Tags from '../../ui/Tags'
import {
  fromBox,
  itemTitle,
  withFieldType,
  type ChoiceField,
  type GuideField,
  type GroupField,
  type ListField,
  type NumberField,
  type TagsField,
  type TextField
} from '../../view-models/draftEditor/fieldKinds'
import { getAt, listAt, pathKey, type Path } from '../../view-models/draftEditor/paths'
import { textOf, toggleValue } from '../../view-models/draftEditor/values'
import './GuideControls.css'

/**
 * The draft editor's controls, one per kind of the field table (view-models/draftEditor/fields.ts): each reads
 * `getAt(content, path)`, writes with `editor.set(path, value)` and shows the problems placed on its path.
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
  /** The draft's status, kept beside the content. */
  status: string
  setStatus: (status: string) => void
}

interface ControlProps<F> {
  editor: GuideEditor
  field: F
  path: Path
}

/** The fields of `fields` whose parent is at `at` (the guide itself, a group, or a list item). */
export function GuideFields({ editor, fields, at }: { editor: GuideEditor; fields: readonly GuideField[]; at: Path }) {
  const parent = getAt(editor.content, at)
  return (
    <>
      {fields.map((field, i) =>
        field.kind === 'flags' ? (
          <View key={i} className='admin-field admin-toggles'>
            {field.flags.map((flag) => (
              <FlagControl key={flag.key} editor={editor} path={[...at, flag.key]} label={flag.label} />
            ))}
          </View>
        ) : field.when && !field.when(parent) ? null : (
          <FieldControl key={field.key || i} editor={editor} field={field} path={field.key ? [...at, field.key] : at} />
        )
      )}
    </>
  )
}

type KeyedField = Exclude<GuideField, { kind: 'flags' }>
type FieldOfKind<K> = KeyedField extends infer F ? (F extends KeyedField ? (K extends F['kind'] ? F : never) : never) : never
type Control<F> = (props: ControlProps<F>) => ReactElement | null

/** Which control edits each kind of field. */
const CONTROLS: { [K in KeyedField['kind']]: Control<FieldOfKind<K>> } = {
  text: BoxControl,
  number: BoxControl,
  choice: ChoiceControl,
  multi: MultiControl,
  fieldType: FieldTypeControl,
  status: StatusControl,
  tags: TagsControl,
  group: GroupControl,
  list: ListControl,
  json: () => null
}

function FieldControl(props: ControlProps<KeyedField>) {
  // The table pairs each kind with the control of that kind's field (TypeScript cannot follow the pairing).
  const Edit = CONTROLS[props.field.kind] as Control<KeyedField>
  return <Edit {...props} />
}

/** A text box, or a number box (digits keyboard, narrower). */
function BoxControl({ editor, field, path }: ControlProps<TextField | NumberField>) {
  const key = pathKey(path)
  const number = field.kind === 'number'
  const multiline = !number && field.multiline === true
  return (
    <Field name={key} label={field.label} hint={field.hint} error={editor.errorAt(path)} wide={field.wide ?? multiline}>
      <TextBox
        type={number ? 'number' : 'text'}
        className={number ? `input-${controlSlug(key)} number-input ${field.inputClass ?? ''}` : `input-${controlSlug(key)}`}
        multiline={multiline}
        maxlength={number ? 12 : field.maxlength}
        placeholder={field.optional ? '可不填' : undefined}
        value={textOf(getAt(editor.content, path))}
        onChange={(text) => editor.set(path, fromBox(field, text))}
      />
    </Field>
  )
}

/** One of a few values; an optional one has a first option '' that leaves the value out. */
function ChoiceControl({ editor, field, path }: ControlProps<ChoiceField>) {
  const key = pathKey(path)
  const { label, hint, wide, options, optional = false } = field
  const value = getAt(editor.content, path) as string | number | undefined
  return (
    <Field name={key} label={label} hint={hint} error={editor.errorAt(path)} wide={wide}>
      <Chips
        className={`choice-${controlSlug(key)}`}
        options={options}
        value={optional && value === undefined ? '' : value}
        onChange={(v) => editor.set(path, optional && v === '' ? undefined : v)}
      />
    </Field>
  )
}

function MultiControl({ editor, field, path }: ControlProps<ChoiceField>) {
  const key = pathKey(path)
  const { label, hint, wide, options } = field
  const values = listAt(editor.content, path) as (string | number)[]
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

/** A form field's type: choosing 单选 or 多选 gives the field its options (written on the whole field). */
function FieldTypeControl({ editor, field, path }: ControlProps<ChoiceField>) {
  const key = pathKey(path)
  const formField = getAt(editor.content, path.slice(0, -1))
  const type = getAt(editor.content, path)
  return (
    <Field name={key} label={field.label} error={editor.errorAt(path)} wide={field.wide}>
      <Chips
        className={`choice-${controlSlug(key)}`}
        options={field.options}
        value={typeof type === 'string' ? type : ''}
        onChange={(t) => editor.set(path.slice(0, -1), withFieldType(formField, String(t)))}
      />
    </Field>
  )
}

/** The draft's status (在用/暂停/取消), which is not part of the guide's content. */
function StatusControl({ editor, field, path }: ControlProps<ChoiceField>) {
  return (
    <Field name={pathKey(path)} label={field.label} hint={field.hint} error={editor.errorAt(path)}>
      <Chips className={`choice-${controlSlug(pathKey(path))}`} options={field.options} value={editor.status} onChange={(s) => editor.setStatus(String(s))} />
    </Field>
  )
}

function FlagControl({ editor, path, label }: { editor: GuideEditor; path: Path; label: string }) {
  const key = pathKey(path)
  const error = editor.errorAt(path)
  return (
    <View id={fieldId(key)} className={`admin-toggle field-${controlSlug(key)}${error ? ' form-field-invalid' : ''}`}>
      <Toggle label={label} value={getAt(editor.content, path) === true} onChange={(v) => editor.set(path, v)} />
      {error ? <Text className='field-error'>{error}</Text> : null}
    </View>
  )
}

function TagsControl({ editor, field, path }: ControlProps<TagsField>) {
  const key = pathKey(path)
  return (
    <Field name={key} label={field.label} hint={field.hint} error={editor.errorAt(path)} wide>
      <Tags
        className={`tags-${controlSlug(key)}`}
        tags={listAt(editor.content, path).filter((t): t is string => typeof t === 'string')}
        placeholder='输入后按回车或点「添加」'
        onChange={(tags) => editor.set(path, tags)}
      />
    </Field>
  )
}

/** A group: in a box of its own, titled (法定 / 承诺办结时限), or its fields in line (办理结果). */
function GroupControl({ editor, field, path }: ControlProps<GroupField>) {
  if (!field.framed) return <GuideFields editor={editor} fields={field.fields} at={path} />
  const key = pathKey(path)
  const error = editor.errorAt(path)
  return (
    <View id={fieldId(key)} className={`limit-box field-${controlSlug(key)} form-field-wide${error ? ' form-field-invalid' : ''}`}>
      <Text className='form-label limit-title'>{field.label}</Text>
      {error ? <Text className='field-error'>{error}</Text> : null}
      <View className='admin-grid'>
        <GuideFields editor={editor} fields={field.fields} at={path} />
      </View>
    </View>
  )
}

/** A list of items (conditions, materials…): each in a box with 上移 / 下移 / 删除, and 「添加」 at the end. */
function ListControl({ editor, field, path }: ControlProps<ListField>) {
  const key = pathKey(path)
  const items = listAt(editor.content, path)
  return (
    <Field name={key} label={`${field.label}（${items.length}）`} hint={field.hint} error={editor.errorAt(path)} wide>
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
                <Text className='list-item-title'>{itemTitle(field, item, i)}</Text>
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
              <View className='admin-grid'>
                <GuideFields editor={editor} fields={field.item} at={itemPath} />
              </View>
            </View>
          )
        })}
        <LinkButton className={`list-add add-${controlSlug(key)}`} onClick={() => editor.add(path, field.blank())}>
          ＋ {field.addText}
        </LinkButton>
      </View>
    </Field>
  )
}
