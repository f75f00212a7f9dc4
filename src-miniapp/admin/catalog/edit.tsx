// Shared admin styles first: this page's own and its components' come after and override them.
import '../admin.css'

import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback, useMemo, useState } from 'react'

import { scrollToSelector } from '../../adminNavigation'
import ActionButton from '../../ui/ActionButton'
import LoadError from '../../components/LoadError'
import { missingText } from '../../view-models/catalogAdmin'
import { GUIDE_SECTIONS } from '../../view-models/draftEditor/fields'
import { addItem, moveItem, pathKey, removeItem, setAt, type Content } from '../../view-models/draftEditor/paths'
import { JSON_CONTROL, localProblems, messagesByControl, saveFailure, summaryLine, type EditorProblem } from '../../view-models/draftEditor/problems'
import { contentToJson, parseContentJson } from '../../view-models/draftEditor/values'
import { useDepartments } from '../../hooks/useCatalog'
import { useLeaveGuard } from '../components/useLeaveGuard'
import { useApi } from '../../hooks/useApi'
import { usePageParams } from '../../hooks/usePageParams'
import { useScrollTarget } from '../../hooks/useScrollTarget'
import { chinaDateTime } from '../../view-models/versionDiff'
import { getDraft, saveDraft } from '../../services/adminApi'
import type { Draft, MatterStatus } from '@shared/contracts/catalog-admin'
import { toApiError } from '../../services/errors'
import { adminPage } from '../components/AdminGate'
import { ADMIN_FRAMES } from '../frames'
import { ErrorSummary, TextBox, fieldId } from '../../ui/controls'
import { GuideFields, type GuideEditor } from '../components/GuideControls'
import './edit.css'

/** 编辑事项 (city admin): the guide's fields an office edits most, and the whole guide as JSON. */
export default adminPage(ADMIN_FRAMES.edit, DraftLoader)

function DraftLoader() {
  const { id } = usePageParams('id')
  const draft = useApi(['draft', id], () => getDraft(id), { fresh: true })
  if (!id) return <Text className='region-empty'>缺少事项编号，请从事项目录管理中打开</Text>
  if (draft.loading) return <Text className='region-loading'>正在加载…</Text>
  if (draft.error || !draft.data) {
    return draft.error ? <LoadError error={draft.error} onRetry={draft.reload} /> : null
  }
  return <DraftEditor initial={draft.data} />
}

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
  // Scroll once the summary (or the JSON box opened for it) is on screen.
  const setScrollTarget = useScrollTarget(scrollToSelector)

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
    errorAt: (path) => byControl[pathKey(path)],
    status,
    setStatus: (s) => setStatus(s as MatterStatus)
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

  const dirty = content !== saved.content || status !== saved.status || jsonText !== null
  useLeaveGuard(dirty, '这个事项有未保存的修改，离开后修改将丢失。确定离开吗？')
  const departments = useDepartments()
  const departmentName = departments.data?.find((d) => d.code === saved.departmentCode)?.name

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

  return (
    <View className='draft-editor'>
      <View className='card admin-card editor-head'>
        <View className='draft-main'>
          {/* The matter's name, never its key or code (an imported draft may not have one yet). */}
          <Text className='draft-name editor-title'>{saved.name.trim() || '（未命名事项）'}</Text>
          <Text className={`badge draft-status status-${saved.status}`}>{saved.status}</Text>
        </View>
        <Text className='draft-code'>
          {saved.code} · 标识 {saved.key} · {departmentName ?? '部门'} · 最后修改 {chinaDateTime(saved.updatedAt)}
        </Text>
        {saved.missing.length > 0 ? <Text className='draft-missing'>{missingText(saved.missing)}（补全后才能发布）</Text> : null}
        <ErrorSummary className='editor-error-summary' items={summary} onSelect={goTo} />
        {message ? <Text className='form-message'>{message}</Text> : null}
        {notice ? <Text className='form-success save-notice'>{notice}</Text> : null}
      </View>

      {GUIDE_SECTIONS.map((section) => (
        <View key={section.title} className='card admin-card editor-section'>
          <Text className='section-title'>{section.title}</Text>
          <View className='admin-grid'>
            <GuideFields editor={editor} fields={section.fields} at={[]} />
          </View>
        </View>
      ))}

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
