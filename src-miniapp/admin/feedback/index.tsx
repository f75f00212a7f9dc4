// Shared admin styles first: this page's own come after and override them.
import '../admin.css'

import { Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'

import LoadError from '../../components/LoadError'
import { useAction } from '../../hooks/useForm'
import { useTextAction } from '../../hooks/useTextAction'
import { useRefresh } from '../../hooks/useApi'
import { useAppeals, useComplaints } from '../../hooks/useFeedback'
import { answerComplaint, decideAppeal, downloadRatings, type Appeal, type Complaint } from '../../services/feedback'
import type { StaffUser } from '../../services/types'
import { Chips, Field, TextBox } from '../../ui/controls'
import ActionButton from '../../ui/ActionButton'
import { checkText } from '../../view-models/feedbackView'
import { adminPage } from '../components/AdminGate'
import { ADMIN_FRAMES } from '../frames'
import './index.css'

type Section = 'appeals' | 'complaints' | 'export'
const SECTIONS = [
  { value: 'appeals' as const, label: '申诉审核' },
  { value: 'complaints' as const, label: '投诉建议' },
  { value: 'export' as const, label: '评价导出' }
]

/**
 * 好差评与投诉建议 for county and city admins: clerks' appeals of 差评 to decide (upheld: the rating is kept but not
 * counted), residents' complaints and suggestions to answer, and the ratings in the national field names to export.
 */
export default adminPage(ADMIN_FRAMES.feedback, Feedback)

function Feedback({ user }: { user: StaffUser }) {
  const [section, setSection] = useState<Section>('appeals')
  return (
    <>
      <View className='card admin-card'>
        <Chips className='filter-row feedback-sections' options={SECTIONS} value={section} onChange={setSection} />
      </View>
      {section === 'appeals' ? <Appeals /> : section === 'complaints' ? <Complaints /> : <Export user={user} />}
    </>
  )
}

function Appeals() {
  const list = useAppeals('pending')
  return (
    <View className='card admin-card appeals-card'>
      <Text className='section-title'>待审核的申诉</Text>
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {list.data && list.data.items.length === 0 ? <Text className='region-empty appeals-none'>暂无待审核的申诉</Text> : null}
      {list.data?.items.map((a) => <AppealRow key={a.id} a={a} />)}
    </View>
  )
}

function AppealRow({ a }: { a: Appeal }) {
  const refresh = useRefresh()
  // Which button was tapped: read when the decision is sent (a state update would come a render too late).
  const upheld = useRef(false)
  const { text, setText, form, submit } = useTextAction(
    (value) => checkText(value, '审核意见', 2, 500),
    async (decision) => {
      await decideAppeal(a.id, { upheld: upheld.current, decision })
      refresh('appeals')
    }
  )
  const decide = (value: boolean) => {
    upheld.current = value
    return submit()
  }
  return (
    <View className='feedback-item appeal-item'>
      <Text className='feedback-head'>{`${a.receiptNo} · ${a.matterName} · ${a.queueName}`}</Text>
      <Text className='feedback-line'>{`评价：${a.starsLabel}${a.comment ? `（${a.comment}）` : ''}`}</Text>
      <Text className='feedback-line appeal-reason'>{`申诉理由：${a.reason}（${a.appealedBy}）`}</Text>
      {form.message ? <Text className='form-error'>{form.message}</Text> : null}
      <Field name={`decision-${a.id}`} label='审核意见' error={form.errors.text}>
        <TextBox className='appeal-decision' value={text} maxlength={500} multiline onChange={setText} />
      </Field>
      <View className='form-actions'>
        <ActionButton className='secondary-button appeal-reject' busy={form.busy} onClick={() => void decide(false)}>申诉不成立</ActionButton>
        <ActionButton className='primary-button appeal-uphold' busy={form.busy} onClick={() => void decide(true)}>申诉成立</ActionButton>
      </View>
    </View>
  )
}

function Complaints() {
  const [status, setStatus] = useState<'open' | 'answered'>('open')
  const list = useComplaints(status)
  return (
    <View className='card admin-card complaints-card'>
      <Chips className='filter-row complaint-tabs' options={[{ value: 'open' as const, label: '待答复' }, { value: 'answered' as const, label: '已答复' }]} value={status} onChange={setStatus} />
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {list.data && list.data.items.length === 0 ? <Text className='region-empty complaints-none'>暂无投诉建议</Text> : null}
      {list.data?.items.map((c) => <ComplaintRow key={c.id} c={c} />)}
    </View>
  )
}

function ComplaintRow({ c }: { c: Complaint }) {
  const refresh = useRefresh()
  const { text, setText, form, submit: send } = useTextAction(
    (value) => checkText(value, '答复', 5, 1000),
    async (answer) => {
      await answerComplaint(c.id, answer)
      refresh('complaints')
    }
  )
  return (
    <View className='feedback-item complaint-item'>
      <Text className='feedback-head'>{`${c.kindLabel} · ${c.countyName}${c.matter ? ` · ${c.matter.name}` : ''}${c.application ? ` · ${c.application.receiptNo}` : ''}`}</Text>
      <Text className='feedback-line'>{c.text}</Text>
      <Text className={`feedback-line${c.overdue ? ' deadline-overdue' : ''}`}>{`答复期限 ${c.dueDate}${c.overdue ? '（已超期）' : ''}`}</Text>
      {c.answer ? <Text className='feedback-line complaint-answer'>{`答复：${c.answer}（${c.answeredBy ?? ''}）`}</Text> : (
        <>
          {form.message ? <Text className='form-error'>{form.message}</Text> : null}
          <Field name={`answer-${c.id}`} label='答复' error={form.errors.text}>
            <TextBox className='complaint-answer-input' value={text} maxlength={1000} multiline onChange={setText} />
          </Field>
          <ActionButton className='primary-button complaint-answer-submit' busy={form.busy} onClick={() => void send()}>答复</ActionButton>
        </>
      )}
    </View>
  )
}

function Export({ user }: { user: StaffUser }) {
  const action = useAction()
  return (
    <View className='card admin-card export-card'>
      <Text className='feedback-line'>
        按国家好差评字段导出：办件编号、评价渠道、评价时间、满意度代码（1 为非常满意）、文字评价、行政区划。{user.role === 'county_admin' ? '只含本区县。' : ''}申诉成立的评价不导出。
      </Text>
      {action.message ? <Text className='form-error'>{action.message}</Text> : null}
      <View className='form-actions'>
        <ActionButton className='secondary-button export-csv' busy={action.busy} onClick={() => void action.run(() => downloadRatings('csv'))}>导出 CSV</ActionButton>
        <ActionButton className='primary-button export-xlsx' busy={action.busy} onClick={() => void action.run(() => downloadRatings('xlsx'))}>导出 Excel</ActionButton>
      </View>
    </View>
  )
}
