import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'

import StaffOnly from '../components/StaffOnly'
import CaseMaterials from '../components/CaseMaterials'
import CaseProgress from '../components/CaseProgress'
import InfoRow from '../components/InfoRow'
import Pending from '../components/Pending'
import LoadError from '../components/LoadError'
import Timeline from '../components/Timeline'
import { useRefresh } from '../hooks/useApi'
import { useApplication, useTransferTargets } from '../hooks/useApplications'
import { usePageParams } from '../hooks/usePageParams'
import { WORKBENCH_PAGE } from '../caseNavigation'
import { actOnCase, claimCase } from '../services/applications'
import { toApiError } from '../services/errors'
import type { Application, ClerkAction } from '../services/types'
import { Chips, ErrorSummary, Field, TextBox } from '../ui/controls'
import ActionButton from '../ui/ActionButton'
import { FILED_AS_LABELS, flagView, statusTone, timelineRows } from '../view-models/caseView'
import {
  DELIVERIES,
  PROCEDURE_OPTIONS,
  actionBody,
  actionButtons,
  conflictMessage,
  correctionChoices,
  emptyActionForm,
  toggleItem,
  validateAction,
  type ActionField,
  type ActionForm
} from '../view-models/clerkActions'
import { errorSummary, hasErrors, type FieldErrors } from '../view-models/forms'
import { caseActionLabels } from '@shared/applications/state-machine'
import './workbench.css'

/** 办理办件 (`?id=`): everything the clerk needs to decide, and the actions the state machine allows now. */
export default function WorkCasePage() {
  const { id } = usePageParams('id')
  return (
    <View className='page work-case-page'>
      <StaffOnly>{() => <WorkCase id={id} />}</StaffOnly>
    </View>
  )
}

function WorkCase({ id }: { id: string }) {
  const app = useApplication(id, { poll: true })
  if (app.error || !app.data) return <Pending state={app} />
  return <CaseView app={app.data} reload={app.reload} />
}

function CaseView({ app, reload }: { app: Application; reload: () => void }) {
  const flag = flagView(app.clock.flag)
  const answers = app.formFields.map((f) => ({ ...f, value: formText(app.form[f.key]) }))
  return (
    <>
      <View className='page-header'>
        <Text className='page-title work-matter'>{app.matter.name}</Text>
        <View className='case-header-line'>
          <Text className={`tag tone-${statusTone(app.status)} work-status`}>{app.statusLabel}</Text>
          {flag ? <Text className={`tag tone-${flag.tone} work-flag`}>{flag.text}</Text> : null}
          <Text className='page-subtitle work-receipt-no'>{app.receiptNo}</Text>
        </View>
      </View>

      <Actions app={app} reload={reload} />

      <CaseProgress app={app} className='card' prefix='work'>
        <InfoRow label='认领' value={app.claimedBy ? `${app.claimedBy.name}${app.claimedByMe ? '（我）' : ''}` : '未认领'} className='work-claimed' />
      </CaseProgress>

      <View className='card'>
        <Text className='section-title'>分派</Text>
        <View className='info-block'>
          <InfoRow label='办理窗口' value={app.queue.name} className='work-queue' />
          {app.delegationDocument ? <InfoRow label='下放文号' value={app.delegationDocument} className='work-delegation' /> : null}
        </View>
        <Text className='route-reason work-route-reason'>{app.routeReason}</Text>
      </View>

      <View className='card'>
        <Text className='section-title'>申请人</Text>
        <View className='info-block'>
          <InfoRow label='姓名' value={app.applicant.name} className='work-applicant-name' />
          <InfoRow label='身份证号' value={app.applicant.idNumber} className='work-applicant-id' />
          {app.applicant.phone ? <InfoRow label='手机号' value={app.applicant.phone} className='work-applicant-phone' /> : null}
          <InfoRow label='提交方式' value={`${FILED_AS_LABELS[app.filedAs]} · ${app.filedBy}`} className='work-filed-by' />
          {app.consent ? <InfoRow label='本人同意' value={`${app.consent.method}：${app.consent.note}`} className='work-consent' /> : null}
          {app.situation ? <InfoRow label='办理情形' value={app.situation.name} className='work-situation' /> : null}
        </View>
      </View>

      {answers.length > 0 ? (
        <View className='card'>
          <Text className='section-title'>申请表</Text>
          <View className='info-block work-form'>
            {answers.map((a) => (
              <InfoRow key={a.key} label={a.label} value={a.value || '未填写'} className={`work-field-${a.key}`} />
            ))}
          </View>
        </View>
      ) : null}

      <View className='card'>
        <Text className='section-title'>申请材料</Text>
        <CaseMaterials materials={app.materials} />
      </View>

      {app.correction ? (
        <View className='card'>
          <Text className='section-title'>已告知补正（等待申请人补齐）</Text>
          {app.correction.items.map((item, i) => (
            <Text key={i} className='work-section-text work-correction-item'>
              {item.label}：{item.note}
            </Text>
          ))}
        </View>
      ) : null}

      {app.outcome ? (
        <View className='card'>
          <Text className='section-title'>办理结果</Text>
          <View className='info-block'>
            {app.outcome.certificateNo ? <InfoRow label='证照编号' value={app.outcome.certificateNo} className='work-certificate' /> : null}
            {app.outcome.delivery ? <InfoRow label='送达方式' value={app.outcome.delivery} className='work-delivery' /> : null}
            {app.outcome.reason ? <InfoRow label='理由' value={app.outcome.reason} className='work-reason' /> : null}
            {app.outcome.legalBasis ? <InfoRow label='法律依据' value={app.outcome.legalBasis} className='work-basis' /> : null}
          </View>
        </View>
      ) : null}

      <View className='card'>
        <Text className='section-title'>办理记录</Text>
        <Timeline rows={timelineRows(app.timeline)} />
      </View>
    </>
  )
}

function formText(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join('、')
  if (value === undefined || value === null) return ''
  return String(value)
}

/** The buttons the state machine allows now; each opens its form, which asks what the law requires. */
function Actions({ app, reload }: { app: Application; reload: () => void }) {
  const [open, setOpen] = useState<ClerkAction | null>(null)
  const [busy, setBusy] = useState(false)
  const [conflict, setConflict] = useState<string | null>(null)
  const refresh = useRefresh()
  const buttons = actionButtons(app.allowedActions)

  const claim = async () => {
    setBusy(true)
    setConflict(null)
    try {
      await claimCase(app.id)
      refresh('case', 'queues', 'queue-cases')
    } catch (err) {
      const error = toApiError(err)
      setConflict(error.status === 409 ? conflictMessage(error.message) : error.message)
      reload()
    } finally {
      setBusy(false)
    }
  }

  if (buttons.length === 0 && !conflict) return null
  return (
    <View className='card work-actions'>
      <Text className='section-title'>办理</Text>
      {conflict ? (
        <View className='action-conflict-box'>
          <Text className='action-conflict'>{conflict}</Text>
        </View>
      ) : null}
      {open ? (
        <ActionPanel
          key={open}
          action={open}
          app={app}
          onCancel={() => setOpen(null)}
          onDone={(moved) => {
            setOpen(null)
            setConflict(null)
            refresh('case', 'queues', 'queue-cases')
            if (moved) {
              if (Taro.getCurrentPages().length > 1) void Taro.navigateBack()
              else void Taro.redirectTo({ url: WORKBENCH_PAGE })
            }
          }}
          onConflict={(message) => {
            setOpen(null)
            setConflict(message)
            reload()
          }}
        />
      ) : (
        <View className='action-bar'>
          {buttons.map((b) =>
            b.action === 'claim' ? (
              <Text key={b.action} className={`action-button action-claim${busy ? ' button-disabled' : ''}`} onClick={() => !busy && void claim()}>
                {busy ? '正在认领…' : '认领'}
              </Text>
            ) : (
              <Text
                key={b.action}
                className={`action-button action-${b.action}${b.danger ? ' action-button-danger' : ''}${b.action === 'release' ? ' action-button-quiet' : ''}`}
                onClick={() => {
                  setConflict(null)
                  setOpen(b.action as ClerkAction)
                }}
              >
                {b.label}
              </Text>
            )
          )}
        </View>
      )}
    </View>
  )
}

const FIELD_ORDER: ActionField[] = ['items', 'certificateNo', 'delivery', 'targetQueueId', 'procedure', 'expectedDays', 'reason', 'legalBasis', 'note']

interface ActionPanelProps {
  action: ClerkAction
  app: Application
  onCancel: () => void
  /** `moved`: the case left the clerk's hands (transferred, released). */
  onDone: (moved: boolean) => void
  onConflict: (message: string) => void
}

function ActionPanel({ action, app, onCancel, onDone, onConflict }: ActionPanelProps) {
  const [form, setForm] = useState<ActionForm>(emptyActionForm)
  const [tried, setTried] = useState(false)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const targets = useTransferTargets(action === 'transfer' ? app.id : null)
  const errors: FieldErrors<ActionField> = tried ? validateAction(action, form) : {}
  const set = <K extends keyof ActionForm>(key: K, value: ActionForm[K]) => setForm((f) => ({ ...f, [key]: value }))
  const choices = correctionChoices(app)

  const submit = async () => {
    setTried(true)
    setMessage(null)
    if (hasErrors(validateAction(action, form)) || busy) return
    if (action === 'deny' || action === 'reject') {
      const { confirm } = await Taro.showModal({ title: caseActionLabels[action], content: `确定作出“${caseActionLabels[action]}”决定吗？决定将告知申请人，且不能撤销。`, confirmText: '确定' })
      if (!confirm) return
    }
    setBusy(true)
    try {
      await actOnCase(app.id, actionBody(action, form, app.revision))
      void Taro.showToast({ title: `已${caseActionLabels[action]}`, icon: 'success' })
      onDone(action === 'transfer' || action === 'release')
    } catch (err) {
      const error = toApiError(err)
      if (error.status === 409) onConflict(conflictMessage(error.message))
      else setMessage(error.message)
    } finally {
      setBusy(false)
    }
  }

  const itemErrors = Object.entries(errors).filter(([k]) => k.startsWith('item:'))
  const summary = [
    ...errorSummary(errors, FIELD_ORDER),
    ...itemErrors.map(([field, msg]) => ({ field: field as ActionField, message: `${choices.find((c) => `item:${c.key}` === field)?.label ?? ''}：${msg}` }))
  ]

  return (
    <View className={`action-form action-form-${action}`}>
      <Text className='action-form-title section-title'>{caseActionLabels[action]}</Text>
      <ErrorSummary items={summary} onSelect={() => undefined} />
      {message ? <Text className='form-message action-message'>{message}</Text> : null}

      {action === 'request_correction' ? (
        <Field name='items' label='需要补正的内容' hint='一次性告知：逐项选出缺少或不符合要求的材料、表单内容，并写明要求' error={errors.items}>
          {choices.map((c) => {
            const chosen = c.key in form.items
            const error = errors[`item:${c.key}` as ActionField]
            return (
              <View key={c.key} className={`correction-choice correction-choice-${c.kind}${error ? ' form-field-invalid' : ''}`}>
                <Text className={`chip correction-pick${chosen ? ' chip-selected' : ''}`} onClick={() => setForm((f) => toggleItem(f, c.key))}>
                  {chosen ? `✓ ${c.label}` : c.label}
                </Text>
                {chosen ? (
                  <>
                    {error ? <Text className='field-error'>{error}</Text> : null}
                    <TextBox className='correction-item-input' value={form.items[c.key]} maxlength={200} placeholder='写明问题和要求，如：照片模糊，请重新拍摄' onChange={(v) => setForm((f) => ({ ...f, items: { ...f.items, [c.key]: v } }))} />
                  </>
                ) : null}
              </View>
            )
          })}
        </Field>
      ) : null}

      {action === 'finish' ? (
        <>
          <Field name='certificateNo' label='证照（结果）编号' error={errors.certificateNo}>
            <TextBox className='input-certificateNo' value={form.certificateNo} maxlength={60} onChange={(v) => set('certificateNo', v)} />
          </Field>
          <Field name='delivery' label='送达方式' error={errors.delivery}>
            <Chips className='delivery-options' options={DELIVERIES.map((d) => ({ value: d, label: d }))} value={form.delivery} onChange={(v) => set('delivery', v)} />
          </Field>
        </>
      ) : null}

      {action === 'transfer' ? (
        <Field name='targetQueueId' label='转办到' hint='本县（市、区）内可以办理该事项的窗口' error={errors.targetQueueId}>
          {targets.error ? <LoadError error={targets.error} onRetry={targets.reload} /> : null}
          {!targets.data && !targets.error ? <Text className='region-loading'>正在加载窗口…</Text> : null}
          {targets.data && targets.data.length === 0 ? <Text className='form-hint'>没有可以转办的窗口</Text> : null}
          {targets.data ? (
            <Chips className='transfer-targets' options={targets.data.map((q) => ({ value: q.id, label: q.name }))} value={form.targetQueueId} onChange={(v) => set('targetQueueId', v)} />
          ) : null}
        </Field>
      ) : null}

      {action === 'special_start' ? (
        <>
          <Field name='procedure' label='特别程序' hint='特别程序所需时间不计入办理时限（行政许可法第四十五条），将告知申请人' error={errors.procedure}>
            <Chips className='procedure-options' options={PROCEDURE_OPTIONS} value={form.procedure} onChange={(v) => set('procedure', v)} />
          </Field>
          <Field name='expectedDays' label='预计所需工作日' error={errors.expectedDays}>
            <TextBox className='input-expectedDays' type='number' value={form.expectedDays} maxlength={3} onChange={(v) => set('expectedDays', v)} />
          </Field>
        </>
      ) : null}

      {action === 'deny' || action === 'reject' || action === 'transfer' ? (
        <Field name='reason' label={action === 'transfer' ? '转办原因' : action === 'deny' ? '不予许可的理由' : '不予受理的理由'} error={errors.reason}>
          <TextBox className='input-reason' value={form.reason} maxlength={500} multiline onChange={(v) => set('reason', v)} />
        </Field>
      ) : null}

      {action === 'deny' || action === 'reject' ? (
        <Field name='legalBasis' label='法律依据' hint='写明法律、法规名称及条款，申请人据此可依法申请行政复议或者提起行政诉讼' error={errors.legalBasis}>
          <TextBox className='input-legalBasis' value={form.legalBasis} maxlength={300} multiline onChange={(v) => set('legalBasis', v)} />
        </Field>
      ) : null}

      {action !== 'deny' && action !== 'reject' && action !== 'transfer' ? (
        <Field name='note' label='说明（选填）' hint={action === 'accept' ? '受理后将生成受理编号和承诺办结日期' : undefined} error={errors.note}>
          <TextBox className='input-note' value={form.note} maxlength={500} multiline onChange={(v) => set('note', v)} />
        </Field>
      ) : null}

      <View className='form-actions action-form-actions'>
        <ActionButton className='secondary-button action-cancel' onClick={onCancel}>
          取消
        </ActionButton>
        <ActionButton className={`primary-button action-submit action-submit-${action}`} busy={busy} onClick={() => void submit()}>
          确认{caseActionLabels[action]}
        </ActionButton>
      </View>
    </View>
  )
}
