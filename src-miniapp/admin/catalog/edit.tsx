import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'

import { scrollToSelector } from '../../adminNavigation'
import ActionButton from '../../ui/ActionButton'
import LoadError from '../../components/LoadError'
import {
  ACCEPTED_AT,
  AUDIENCES,
  BODY_NATURES,
  CHANNELS,
  DELIVERIES,
  FORM_FIELD_TYPES,
  LIMIT_UNITS,
  MATTER_KINDS,
  MATTER_LEVELS,
  MATTER_STATUSES,
  MATTER_TYPES,
  ONLINE_DEPTHS,
  REACHES,
  RESULT_TYPES,
  TOPICS
} from '@shared/catalog/labels'
import { missingText } from '../../view-models/catalogAdmin'
import {
  JSON_CONTROL,
  addItem,
  contentToJson,
  getAt,
  localProblems,
  messagesByControl,
  moveItem,
  parseContentJson,
  pathKey,
  removeItem,
  saveFailure,
  setAt,
  summaryLine,
  withFieldType,
  type Content,
  type EditorProblem,
  type Path
} from '../../view-models/draftEditor'
import { useApi } from '../../hooks/useApi'
import { chinaDateTime } from '../../view-models/versionDiff'
import { decodeParam } from '../../navigation'
import { getDraft, saveDraft } from '../../services/adminApi'
import type { Draft, MatterStatus } from '@shared/contracts/catalog-admin'
import { toApiError } from '../../services/errors'
import AdminGate from '../components/AdminGate'
import { Chips, ErrorSummary, Field, TextBox, controlSlug, fieldId } from '../../ui/controls'
import {
  BoolControl,
  ChoiceControl,
  ListControl,
  MaterialFields,
  MultiControl,
  NumberControl,
  TagsControl,
  TextControl,
  named,
  type GuideEditor
} from '../components/GuideControls'

import '../admin.css'

/** 编辑事项 (city admin): the guide's fields an office edits most, and the whole guide as JSON. */
export default function DraftEditPage() {
  return (
    <AdminGate roles={['city_admin']} className='draft-edit-page' title='编辑办事指南' subtitle='保存后需在事项目录管理中「发布」才对群众生效'>
      {() => <DraftLoader />}
    </AdminGate>
  )
}


function DraftLoader() {
  const { params } = useRouter()
  const id = decodeParam(params.id)
  const draft = useApi(['draft', id], () => getDraft(id), { fresh: true })
  if (!id) return <Text className='region-empty'>缺少事项编号，请从事项目录管理中打开</Text>
  if (draft.loading) return <Text className='region-loading'>正在加载…</Text>
  if (draft.error || !draft.data) {
    return draft.error ? <LoadError error={draft.error} onRetry={draft.reload} /> : null
  }
  return <DraftEditor initial={draft.data} />
}

/** The 「高级：JSON」 box as a pseudo-path, for the summary's links. */
const JSON_PATH: Path = [JSON_CONTROL]

function DraftEditor({ initial }: { initial: Draft }) {
  const [saved, setSaved] = useState<Draft>(initial)
  const [content, setContent] = useState<Content>(initial.content)
  const [status, setStatus] = useState<MatterStatus>(initial.status)
  /** The JSON box's own text while it is being typed in; null shows the guide as it is. */
  const [jsonText, setJsonText] = useState<string | null>(null)
  const [jsonError, setJsonError] = useState<string | null>(null)
  const [jsonOpen, setJsonOpen] = useState(false)
  const [problems, setProblems] = useState<EditorProblem[]>([])
  const [message, setMessage] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const [scrollTarget, setScrollTarget] = useState<string | null>(null)

  // Scroll once the summary (or the JSON box opened for it) is on screen.
  useEffect(() => {
    if (!scrollTarget) return
    scrollToSelector(scrollTarget)
    setScrollTarget(null)
  }, [scrollTarget])

  const byControl = useMemo(() => messagesByControl(problems), [problems])

  /** A change from a control: the JSON box follows it. */
  const update = useCallback((change: (c: Content) => Content) => {
    setContent((c) => change(c))
    setJsonText(null)
    setJsonError(null)
    setNotice(null)
  }, [])

  const editor: GuideEditor = {
    content,
    set: (path, value) => update((c) => setAt(c, path, value)),
    add: (path, item) => update((c) => addItem(c, path, item)),
    remove: (path, index) => update((c) => removeItem(c, path, index)),
    move: (path, index, step) => update((c) => moveItem(c, path, index, step)),
    errorAt: (path) => byControl[pathKey(path)]
  }

  const typeJson = (text: string) => {
    setJsonText(text)
    setNotice(null)
    const parsed = parseContentJson(text)
    if (parsed.ok) {
      setContent(parsed.content)
      setJsonError(null)
    } else {
      setJsonError(parsed.message)
    }
  }

  const dirty = content !== saved.content || status !== saved.status

  const showProblems = (found: EditorProblem[]) => {
    setProblems(found)
    if (found.some((p) => p.control === JSON_CONTROL)) setJsonOpen(true)
    setScrollTarget('#error-summary')
  }

  const save = async () => {
    if (saving) return
    setMessage(null)
    setNotice(null)
    if (jsonError) {
      showProblems([{ control: JSON_CONTROL, path: JSON_CONTROL, label: '高级：JSON', message: jsonError }])
      return
    }
    const local = localProblems(content)
    if (local.length > 0) {
      showProblems(local)
      return
    }
    setSaving(true)
    try {
      const next = await saveDraft(saved.id, { content, status })
      setSaved(next)
      setContent(next.content)
      setStatus(next.status)
      setJsonText(null)
      setProblems([])
      setNotice(`已保存（${chinaDateTime(next.updatedAt)}）。发布后对群众生效。`)
      void Taro.showToast({ title: '已保存', icon: 'success' })
    } catch (err) {
      const failure = saveFailure(toApiError(err))
      setMessage(failure.message)
      if (failure.problems.length > 0) showProblems(failure.problems)
      else {
        setProblems([])
        setScrollTarget('.draft-editor .form-message')
      }
    } finally {
      setSaving(false)
    }
  }

  const goTo = (control: string) => {
    if (control === JSON_CONTROL) setJsonOpen(true)
    setScrollTarget(control ? `#${fieldId(control)}` : '#error-summary')
  }

  const summary = problems.map((p, i) => ({ field: p.control || `summary-${i}`, message: summaryLine(p) }))
  const formFields = getAt(content, ['form'])

  return (
    <View className='draft-editor'>
      <View className='card admin-card editor-head'>
        <View className='draft-main'>
          <Text className='draft-name editor-title'>{saved.name}</Text>
          <Text className={`badge draft-status status-${saved.status}`}>{saved.status}</Text>
        </View>
        <Text className='draft-code'>
          {saved.code} · 标识 {saved.key} · 部门 {saved.departmentCode} · 最后修改 {chinaDateTime(saved.updatedAt)}
        </Text>
        {saved.missing.length > 0 ? <Text className='draft-missing'>{missingText(saved.missing)}（补全后才能发布）</Text> : null}
        <ErrorSummary className='editor-error-summary' items={summary} onSelect={goTo} />
        {message ? <Text className='form-message'>{message}</Text> : null}
        {notice ? <Text className='form-success save-notice'>{notice}</Text> : null}
      </View>

      <Section title='基本信息'>
        <TextControl editor={editor} path={['name']} label='事项名称' maxlength={80} />
        <TextControl editor={editor} path={['mainItem']} label='主项名称' hint='如 残疾人证新办 的主项为 残疾人证核发' maxlength={80} />
        <Field name='status' label='事项状态' hint='暂停、取消的事项发布后不再对群众显示' error={byControl.status}>
          <Chips className='choice-status' options={MATTER_STATUSES} value={status} onChange={(s) => setStatus(s as MatterStatus)} />
        </Field>
        <ChoiceControl editor={editor} path={['type']} label='事项类型' options={MATTER_TYPES} wide />
        <ChoiceControl editor={editor} path={['level']} label='行使层级' options={MATTER_LEVELS} />
        <MultiControl editor={editor} path={['acceptedAt']} label='受理地点' hint='除行使层级外，还可在哪些地方递交' options={ACCEPTED_AT} />
        <MultiControl editor={editor} path={['channels']} label='办理形式' options={CHANNELS} />
        <ChoiceControl editor={editor} path={['kind']} label='办件类型' options={MATTER_KINDS} />
        <NumberControl editor={editor} path={['visits']} label='到办事现场次数' hint='0–3 次' />
        <ChoiceControl editor={editor} path={['onlineDepth']} label='网上办理深度' options={ONLINE_DEPTHS} />
      </Section>

      <Section title='编码与分类'>
        <TextControl editor={editor} path={['baseCode']} label='基本编码' hint='8–12 位数字或大写字母' maxlength={12} />
        <TextControl editor={editor} path={['itemCode']} label='业务办理项编码' hint='以基本编码开头' maxlength={80} />
        <TextControl editor={editor} path={['hotline']} label='咨询电话' hint='事项自有热线，如 12345；不填则用县直部门电话' optional maxlength={20} />
        <ChoiceControl editor={editor} path={['bodyNature']} label='实施主体性质' options={BODY_NATURES} />
        <MultiControl editor={editor} path={['audiences']} label='服务对象' options={AUDIENCES} />
        <ChoiceControl editor={editor} path={['reach']} label='通办范围' options={REACHES} />
        <MultiControl editor={editor} path={['topics']} label='主题分类' hint='1 至 3 个' options={TOPICS} wide />
      </Section>

      <Section title='办结时限'>
        <LimitFields editor={editor} name='legalLimit' label='法定办结时限' />
        <LimitFields editor={editor} name='promiseLimit' label='承诺办结时限' inputClass='promise-days-input' />
      </Section>

      <Section title='设定依据'>
        <ListControl
          editor={editor}
          path={['basis']}
          label='设定依据'
          hint='现行有效的法律法规及条款'
          kind='basis'
          addText='添加依据'
          itemTitle={named('law', '（未填法律法规名称）')}
          renderItem={(p) => (
            <>
              <TextControl editor={editor} path={[...p, 'law']} label='法律法规名称' maxlength={80} />
              <TextControl editor={editor} path={[...p, 'article']} label='条款号' hint='如 第九条' maxlength={20} />
              <TextControl editor={editor} path={[...p, 'excerpt']} label='条款内容' multiline maxlength={400} />
            </>
          )}
        />
      </Section>

      <Section title='受理条件'>
        <ListControl
          editor={editor}
          path={['conditions']}
          label='受理条件'
          kind='conditions'
          addText='添加受理条件'
          itemTitle={(_, i) => `第 ${i + 1} 条`}
          renderItem={(p) => <TextControl editor={editor} path={p} label='条件' multiline maxlength={300} />}
        />
      </Section>

      <Section title='申请材料'>
        <ListControl
          editor={editor}
          path={['materials']}
          label='申请材料'
          hint='每位申请人都要提交的材料；只在某种情形下需要的材料写在「办理情形」中'
          kind='materials'
          addText='添加材料'
          itemTitle={named('name', '（未填名称）')}
          renderItem={(p) => <MaterialFields editor={editor} path={p} />}
        />
      </Section>

      <Section title='办理情形'>
        <ListControl
          editor={editor}
          path={['situations']}
          label='办理情形'
          hint='只有一种情形时不写办理情形'
          kind='situations'
          addText='添加情形'
          itemTitle={named('name', '（未填名称）')}
          renderItem={(p) => (
            <>
              <TextControl editor={editor} path={[...p, 'name']} label='情形名称' maxlength={60} />
              <TextControl editor={editor} path={[...p, 'key']} label='情形标识' hint='小写字母、数字和连字符，如 guardian' maxlength={40} />
              <TextControl editor={editor} path={[...p, 'description']} label='情形说明' multiline maxlength={300} />
              <ListControl
                editor={editor}
                path={[...p, 'materials']}
                label='本情形另需的材料'
                kind='materials'
                addText='添加本情形的材料'
                itemTitle={named('name', '（未填名称）')}
                renderItem={(mp) => <MaterialFields editor={editor} path={mp} />}
              />
            </>
          )}
        />
      </Section>

      <Section title='办理流程与收费'>
        <ListControl
          editor={editor}
          path={['steps']}
          label='办理流程'
          hint='至少两个环节；特别程序（评定、公示、听证等）不计入办结时限'
          kind='steps'
          addText='添加环节'
          itemTitle={named('name', '（未填环节名称）')}
          renderItem={(p) => (
            <>
              <TextControl editor={editor} path={[...p, 'name']} label='环节名称' maxlength={30} />
              <NumberControl editor={editor} path={[...p, 'days']} label='时限（天）' />
              <View className='admin-field admin-toggles'>
                <BoolControl editor={editor} path={[...p, 'counted']} label='计入办结时限' />
              </View>
              <TextControl editor={editor} path={[...p, 'description']} label='办理内容' multiline maxlength={300} />
            </>
          )}
        />
        <ListControl
          editor={editor}
          path={['fees']}
          label='收费'
          hint='不收费的事项不添加收费项目'
          kind='fees'
          addText='添加收费项目'
          itemTitle={named('name', '（未填收费项目）')}
          renderItem={(p) => (
            <>
              <TextControl editor={editor} path={[...p, 'name']} label='收费项目' maxlength={80} />
              <NumberControl editor={editor} path={[...p, 'amountFen']} label='金额（分）' hint='如 10 元填 1000；不定额可不填' optional />
              <View className='admin-field admin-toggles'>
                <BoolControl editor={editor} path={[...p, 'reducible']} label='可减免' />
              </View>
              <TextControl editor={editor} path={[...p, 'standard']} label='收费标准' multiline maxlength={200} />
              <TextControl editor={editor} path={[...p, 'basis']} label='收费依据' multiline maxlength={200} />
            </>
          )}
        />
      </Section>

      <Section title='办理结果'>
        <ChoiceControl editor={editor} path={['result', 'type']} label='结果类型' options={RESULT_TYPES} />
        <TextControl editor={editor} path={['result', 'name']} label='结果名称' maxlength={60} />
        <MultiControl editor={editor} path={['result', 'delivery']} label='送达方式' options={DELIVERIES} wide />
      </Section>

      <Section title='常见问题'>
        <ListControl
          editor={editor}
          path={['faq']}
          label='常见问题'
          hint='至少两条，用群众的话提问'
          kind='faq'
          addText='添加问题'
          itemTitle={named('q', '（未填问题）')}
          renderItem={(p) => (
            <>
              <TextControl editor={editor} path={[...p, 'q']} label='问题' maxlength={120} wide />
              <TextControl editor={editor} path={[...p, 'a']} label='解答' multiline maxlength={600} />
            </>
          )}
        />
      </Section>

      <Section title='别名和关键词'>
        <TagsControl editor={editor} path={['aliases']} label='别名' hint='群众的说法，至少 3 个，如 办残疾证、残疾证怎么办' />
        <TagsControl editor={editor} path={['keywords']} label='关键词' hint='至少 2 个' />
      </Section>

      <Section title='在线申请表单'>
        <ListControl
          editor={editor}
          path={['form']}
          label='表单字段'
          hint='群众在手机上填写的内容（实名信息和材料之外）'
          kind='form'
          addText='添加字段'
          itemTitle={named('label', '（未填字段名称）')}
          renderItem={(p, i) => <FormFieldEditor editor={editor} path={p} field={Array.isArray(formFields) ? formFields[i] : undefined} />}
        />
      </Section>

      <View className='card admin-card json-card'>
        <View id={fieldId(JSON_CONTROL)} className={`json-box field-${JSON_CONTROL}${byControl[JSON_CONTROL] || jsonError ? ' form-field-invalid' : ''}`}>
          <View className='section-head' onClick={() => setJsonOpen((o) => !o)}>
            <Text className='section-title json-toggle'>{jsonOpen ? '▾' : '▸'} 高级：JSON</Text>
            <Text className='form-hint'>整份办事指南的 JSON（事项标识等上面没有的内容在这里修改）</Text>
          </View>
          {byControl[JSON_CONTROL] ? <Text className='field-error'>{byControl[JSON_CONTROL]}</Text> : null}
          {jsonError ? <Text className='field-error json-error'>{jsonError}</Text> : null}
          {jsonOpen ? (
            <TextBox
              multiline
              className='json-input'
              maxlength={-1}
              value={jsonText ?? contentToJson(content)}
              onChange={typeJson}
            />
          ) : null}
        </View>
      </View>

      <View className='editor-actions'>
        <Text className='editor-dirty'>{dirty ? '有未保存的修改' : '没有未保存的修改'}</Text>
        <ActionButton className='primary-button admin-button save-button' busy={saving} onClick={save}>
          保存
        </ActionButton>
      </View>
    </View>
  )
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View className='card admin-card editor-section'>
      <Text className='section-title'>{title}</Text>
      <View className='admin-grid'>{children}</View>
    </View>
  )
}

function LimitFields({ editor, name, label, inputClass }: { editor: GuideEditor; name: 'legalLimit' | 'promiseLimit'; label: string; inputClass?: string }) {
  const error = editor.errorAt([name])
  return (
    <View id={fieldId(name)} className={`limit-box field-${name} form-field-wide${error ? ' form-field-invalid' : ''}`}>
      <Text className='form-label limit-title'>{label}</Text>
      {error ? <Text className='field-error'>{error}</Text> : null}
      <View className='admin-grid'>
        <NumberControl editor={editor} path={[name, 'value']} label='时限' inputClass={inputClass} />
        <ChoiceControl editor={editor} path={[name, 'unit']} label='单位' options={LIMIT_UNITS} />
        <TextControl editor={editor} path={[name, 'note']} label='说明' optional multiline maxlength={200} />
      </View>
    </View>
  )
}

function FormFieldEditor({ editor, path, field }: { editor: GuideEditor; path: Path; field: unknown }) {
  const type = getAt(field, ['type'])
  const choices = type === 'select' || type === 'multiselect'
  return (
    <>
      <TextControl editor={editor} path={[...path, 'label']} label='字段名称' maxlength={40} />
      <TextControl editor={editor} path={[...path, 'key']} label='字段标识' hint='小写字母开头的英文，如 address' maxlength={40} />
      <Field name={pathKey([...path, 'type'])} label='字段类型' error={editor.errorAt([...path, 'type'])} wide>
        <Chips
          className={`choice-${controlSlug(pathKey([...path, 'type']))}`}
          options={FORM_FIELD_TYPES}
          value={typeof type === 'string' ? type : ''}
          onChange={(t) => editor.set(path, withFieldType(field, t))}
        />
      </Field>
      <View className='admin-field admin-toggles'>
        <BoolControl editor={editor} path={[...path, 'required']} label='必填' />
      </View>
      {choices ? (
        <ListControl
          editor={editor}
          path={[...path, 'options']}
          label='选项'
          hint='至少两个'
          kind='options'
          addText='添加选项'
          itemTitle={named('label', '（未填选项名称）')}
          renderItem={(p) => (
            <>
              <TextControl editor={editor} path={[...p, 'label']} label='选项名称' maxlength={40} />
              <TextControl editor={editor} path={[...p, 'value']} label='选项值' maxlength={40} />
            </>
          )}
        />
      ) : null}
    </>
  )
}

