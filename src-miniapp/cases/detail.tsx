import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMemo, useState } from 'react'

import FormFieldControl from './components/FormFieldControl'
import MaterialSlot from './components/MaterialSlot'
import RatingCard from './components/RatingCard'
import CaseMaterials from '../components/CaseMaterials'
import CaseProgress from '../components/CaseProgress'
import InfoRow from '../components/InfoRow'
import LoginRequired from '../components/LoginRequired'
import Pending from '../components/Pending'
import Timeline from '../components/Timeline'
import { useRefresh } from '../hooks/useApi'
import { useApplication, useGuideAt, useMyMaterials } from '../hooks/useApplications'
import { useSession } from '../hooks/useSession'
import { usePageParams } from '../hooks/usePageParams'
import { supplementApplication, withdrawApplication } from '../services/applications'
import { toApiError } from '../services/errors'
import type { Application, FormFieldSpec, MyMaterial } from '../services/types'
import { ErrorSummary, Field, TextBox } from '../ui/controls'
import ActionButton from '../ui/ActionButton'
import { fieldsErrors } from '../view-models/applicationForm'
import type { FormValues, WizardState } from '../view-models/applyWizard'
import { FILED_AS_LABELS, chinaDateTime, correctionKey, statusTone, timelineRows } from '../view-models/caseView'
import { hasErrors, type FieldErrors } from '../view-models/forms'
import { RATABLE } from '../view-models/feedbackView'
import './cases.css'
import './detail.css'

/** 办件详情 (`?id=`) for the applicant: progress, the promised date, a correction to answer, withdraw, the record. */
export default function CaseDetailPage() {
  const { id } = usePageParams('id')
  const current = useSession()
  const app = useApplication(current ? id : '')

  let body
  if (!current) body = <LoginRequired text='登录后才能查看办件' />
  else if (app.data) body = <CaseBody app={app.data} token={current.token} />
  else body = <Pending state={app} />

  return (
    <View className='page case-page'>
      <View className='page-header'>
        <Text className='page-title case-matter'>{app.data?.matter.name ?? '办件详情'}</Text>
        {app.data ? (
          <View className='case-header-line'>
            <Text className={`tag status-tag tone-${statusTone(app.data.status)} case-status`}>{app.data.statusLabel}</Text>
            <Text className='page-subtitle case-receipt-no'>办件编号 {app.data.receiptNo}</Text>
          </View>
        ) : null}
      </View>
      {body}
    </View>
  )
}

function CaseBody({ app, token }: { app: Application; token: string }) {
  const mine = useMyMaterials(app.allowedActions.includes('supplement') ? token : null)
  return (
    <>
      <CaseProgress app={app} className='card progress-card' prefix='case'>
        <InfoRow label='办理窗口' value={app.queue.name} className='case-queue' />
        <InfoRow label='申请人' value={`${app.applicant.name}（${app.filedAs === 'self' ? FILED_AS_LABELS.self : app.filedBy}）`} className='case-applicant' />
      </CaseProgress>

      {app.outcome ? <Outcome app={app} /> : null}

      {RATABLE.includes(app.status) ? <RatingCard caseId={app.id} /> : null}

      {app.correction && app.allowedActions.includes('supplement') ? (
        <Correction app={app} mine={mine.data?.items ?? null} />
      ) : null}

      <View className='card'>
        <Text className='section-title'>办理记录</Text>
        <Timeline rows={timelineRows(app.timeline)} />
      </View>

      <View className='card'>
        <Text className='section-title'>申请材料</Text>
        <CaseMaterials materials={app.materials} />
      </View>

      {app.allowedActions.includes('withdraw') ? <Withdraw app={app} /> : null}
    </>
  )
}

function Outcome({ app }: { app: Application }) {
  const outcome = app.outcome!
  return (
    <View className={`card outcome-card outcome-${outcome.kind}`}>
      <Text className='section-title'>办理结果</Text>
      <View className='info-block'>
        <InfoRow label='结果' value={app.statusLabel} className='outcome-status' />
        {outcome.certificateNo ? <InfoRow label='证照编号' value={outcome.certificateNo} className='outcome-certificate' /> : null}
        {outcome.delivery ? <InfoRow label='送达方式' value={outcome.delivery} className='outcome-delivery' /> : null}
        {outcome.reason ? <InfoRow label='理由' value={outcome.reason} className='outcome-reason' /> : null}
        {outcome.legalBasis ? <InfoRow label='法律依据' value={outcome.legalBasis} className='outcome-basis' /> : null}
      </View>
    </View>
  )
}

/** 补正: every item the window asked for, each answered here (a new file, or a field filled again). */
function Correction({ app, mine }: { app: Application; mine: readonly MyMaterial[] | null }) {
  const correction = app.correction!
  const guide = useGuideAt(app.matter.id, app.matter.version)
  const [files, setFiles] = useState<WizardState>({ step: 'materials', situationId: null, form: {}, materials: {}, familyMemberId: null, station: null })
  const [answers, setAnswers] = useState<FormValues>({})
  const [tried, setTried] = useState(false)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const refresh = useRefresh()

  const fieldItems = correction.items.filter((i) => i.kind === 'field')
  const specs: FormFieldSpec[] = guide.data?.formSchema.fields ?? []
  const previous = useMemo(() => {
    const values: FormValues = {}
    for (const [k, v] of Object.entries(app.form)) {
      if (typeof v === 'string' || typeof v === 'number') values[k] = String(v)
      else if (Array.isArray(v)) values[k] = v.map(String)
    }
    return values
  }, [app.form])

  const errors: FieldErrors<string> = {}
  for (const item of correction.items) {
    const key = correctionKey(item)
    if (item.kind === 'material' && !(files.materials[item.materialId]?.length)) errors[key] = `请重新上传：${item.label}`
    if (item.kind === 'field') {
      const answer = answers[item.field]
      if (answer === undefined || answer === '' || (Array.isArray(answer) && answer.length === 0)) errors[key] = `请重新填写：${item.label}`
    }
  }
  const checked = fieldsErrors(specs, { ...previous, ...answers }, fieldItems.map((i) => (i.kind === 'field' ? i.field : '')))
  for (const [field, msg] of Object.entries(checked)) if (!errors[`field:${field}`]) errors[`field:${field}`] = msg

  const submit = async () => {
    setTried(true)
    setMessage(null)
    if (hasErrors(errors) || busy) return
    setBusy(true)
    try {
      const form: Record<string, FormValues[string]> = {}
      for (const item of fieldItems) if (item.kind === 'field') form[item.field] = answers[item.field]
      await supplementApplication(app.id, {
        materials: Object.entries(files.materials)
          .filter(([, list]) => list.length > 0)
          .map(([materialId, list]) => ({ materialId, uploadIds: list.map((f) => f.id) })),
        ...(fieldItems.length > 0 ? { form } : {})
      })
      void Taro.showToast({ title: '补正已提交', icon: 'success' })
      refresh('case', 'applications', 'my-materials')
    } catch (err) {
      setMessage(toApiError(err).message)
      refresh('case')
    } finally {
      setBusy(false)
    }
  }

  const summary = tried
    ? correction.items.filter((i) => errors[correctionKey(i)]).map((i) => ({ field: correctionKey(i), message: errors[correctionKey(i)]! }))
    : []

  return (
    <View className='card correction-card'>
      <Text className='section-title'>请补正以下内容</Text>
      <Text className='correction-intro'>
        办理窗口于 {chinaDateTime(correction.requestedAt)} 一次性告知需要补正的内容，补齐后申请回到待受理，补正期间不计入受理时限。
      </Text>
      {correction.note ? <Text className='correction-note'>{correction.note}</Text> : null}
      <ErrorSummary items={summary} onSelect={(key) => void Taro.pageScrollTo({ selector: `#correction-${key.replace(':', '-')}`, duration: 200 }).catch(() => undefined)} />
      {message ? <Text className='form-message correction-message'>{message}</Text> : null}
      {correction.items.map((item) => {
        const key = correctionKey(item)
        const error = tried ? errors[key] : undefined
        return (
          <View key={key} id={`correction-${key.replace(':', '-')}`} className={`answer-item correction-item correction-${item.kind}${error ? ' form-field-invalid' : ''}`}>
            <Text className='correction-label'>{item.label}</Text>
            <Text className='correction-item-note'>{item.note}</Text>
            {item.kind === 'material' ? (
              <MaterialSlot materialId={item.materialId} error={error} mine={mine} state={files} setState={setFiles} />
            ) : (
              <CorrectionField
                spec={specs.find((f) => f.key === item.field)}
                fallbackLabel={item.label}
                value={answers[item.field]}
                error={error}
                onChange={(v) => setAnswers((a) => ({ ...a, [item.field]: v }))}
              />
            )}
          </View>
        )
      })}
      <ActionButton className='primary-button supplement-button' busy={busy} onClick={() => void submit()}>
        提交补正
      </ActionButton>
    </View>
  )
}

function CorrectionField({ spec, fallbackLabel, value, error, onChange }: { spec: FormFieldSpec | undefined; fallbackLabel: string; value: FormValues[string] | undefined; error?: string; onChange: (v: FormValues[string]) => void }) {
  if (spec) return <FormFieldControl field={spec} value={value} error={error} onChange={onChange} onTouch={() => undefined} />
  return (
    <Field name={`correction-${fallbackLabel}`} label={`重新填写：${fallbackLabel}`} error={error}>
      <TextBox value={typeof value === 'string' ? value : ''} onChange={onChange} />
    </Field>
  )
}

/** 撤回申请 (before 受理): asks for a reason, then confirms. */
function Withdraw({ app }: { app: Application }) {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const refresh = useRefresh()

  const submit = async () => {
    const text = reason.trim()
    if (text.length < 2) {
      setError(text ? '撤回原因至少 2 个字' : '请填写撤回原因')
      return
    }
    const { confirm } = await Taro.showModal({ title: '撤回申请', content: '撤回后本次申请结束，如需办理需重新申请。确定撤回吗？', confirmText: '撤回', cancelText: '再想想' })
    if (!confirm) return
    setBusy(true)
    setError(null)
    try {
      await withdrawApplication(app.id, text)
      refresh('case', 'applications')
      setOpen(false)
    } catch (err) {
      setError(toApiError(err).message)
      refresh('case')
    } finally {
      setBusy(false)
    }
  }

  if (!open) {
    return (
      <ActionButton className='secondary-button withdraw-open' onClick={() => setOpen(true)}>
        撤回申请
      </ActionButton>
    )
  }
  return (
    <View className='card withdraw-card'>
      <Field name='withdrawReason' label='撤回原因' hint='受理前可以撤回；受理后如需终止，请联系办理窗口' error={error ?? undefined}>
        <TextBox className='withdraw-reason' value={reason} maxlength={200} onChange={setReason} multiline />
      </Field>
      <View className='form-actions withdraw-actions'>
        <ActionButton className='secondary-button withdraw-cancel' onClick={() => setOpen(false)}>
          取消
        </ActionButton>
        <ActionButton className='primary-button withdraw-confirm' busy={busy} onClick={() => void submit()}>
          确认撤回
        </ActionButton>
      </View>
    </View>
  )
}
