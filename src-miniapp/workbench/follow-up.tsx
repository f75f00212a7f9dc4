import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'

import InfoRow from '../components/InfoRow'
import Pending from '../components/Pending'
import StaffOnly from '../components/StaffOnly'
import { useRefresh } from '../hooks/useApi'
import { useFollowUp } from '../hooks/useFeedback'
import { useTextAction } from '../hooks/useTextAction'
import { usePageParams } from '../hooks/usePageParams'
import { appealRating, callBack, replyFollowUp, type FollowUp } from '../services/feedback'
import type { StaffUser } from '../services/types'
import { Field, TextBox } from '../ui/controls'
import ActionButton from '../ui/ActionButton'
import { chinaDateTime } from '../view-models/caseView'
import { checkText, deadlineText, followUpDeadlines } from '../view-models/feedbackView'
import './workbench.css'

/** 差评回访 (`?id=`): the rating, the deadlines; 回访 (with a note), then 整改答复; 申诉 of a malicious rating. */
export default function FollowUpPage() {
  return (
    <View className='page follow-up-page'>
      <StaffOnly>{(user) => <Body user={user} />}</StaffOnly>
    </View>
  )
}

function Body({ user }: { user: StaffUser }) {
  const f = useFollowUp(usePageParams('id').id)
  if (f.error || !f.data) return <Pending state={f} />
  const d = f.data
  const works = user.role === 'clerk' || user.role === 'township_lead'
  return (
    <>
      <View className='page-header'>
        <Text className='page-title follow-up-title'>{d.matterName}</Text>
        <View className='case-header-line'>
          <Text className={`tag tone-${d.status === 'replied' ? 'success' : 'warn'} follow-up-status`}>{d.statusLabel}</Text>
          <Text className='page-subtitle follow-up-receipt'>办件编号 {d.receiptNo}</Text>
        </View>
      </View>
      <View className='card'>
        <View className='info-block'>
          <InfoRow label='评价' value={d.starsLabel} className='follow-up-stars' />
          {d.comment ? <InfoRow label='文字评价' value={d.comment} className='follow-up-comment' /> : null}
          <InfoRow label='评价时间' value={chinaDateTime(d.ratedAt)} className='follow-up-rated' />
          <InfoRow label='办理窗口' value={d.queue.name} className='follow-up-queue' />
        </View>
        {followUpDeadlines(d).map((line) => (
          <Text key={line.label} className={`work-row-line follow-up-deadline${line.overdue ? ' deadline-overdue' : ''}`}>{deadlineText(line)}</Text>
        ))}
      </View>
      {d.calledAt ? (
        <View className='card follow-up-called'>
          <Text className='section-title'>回访记录</Text>
          <Text className='work-section-text follow-up-note'>{d.callNote}</Text>
          <Text className='work-row-line follow-up-called-by'>{`${d.handledBy ?? ''} · ${chinaDateTime(d.calledAt)}`}</Text>
        </View>
      ) : null}
      {d.reply ? (
        <View className='card follow-up-replied'>
          <Text className='section-title'>整改答复</Text>
          <Text className='work-section-text follow-up-reply-text'>{d.reply}</Text>
          <Text className='work-row-line'>{chinaDateTime(d.repliedAt!)}</Text>
        </View>
      ) : null}
      {works && d.status === 'open' ? <TextAction f={d} kind='call' /> : null}
      {works && d.status === 'called' ? <TextAction f={d} kind='reply' /> : null}
      {works ? <Appeal f={d} /> : null}
    </>
  )
}

const ACTIONS = {
  call: { title: '记录回访', label: '回访情况', hint: '电话或上门回访的时间、居民反映的问题', min: 2, max: 500, button: '提交回访', done: '已记录回访', send: callBack },
  reply: { title: '整改答复', label: '整改答复', hint: '居民会在办件页看到，请写明整改措施和结果', min: 5, max: 1000, button: '提交答复', done: '已答复', send: replyFollowUp },
  appeal: { title: '申诉', label: '申诉理由', hint: '认为是恶意差评时申诉，由区县管理员审核；成立后该评价不计入统计', min: 5, max: 500, button: '提交申诉', done: '已提交申诉', send: (f: string, text: string) => appealRating(f, text) }
} as const
function TextAction({ f, kind }: { f: FollowUp; kind: keyof typeof ACTIONS }) {
  const a = ACTIONS[kind]
  const refresh = useRefresh()
  const { text, setText, form, submit } = useTextAction(
    (value) => checkText(value, a.label, a.min, a.max),
    async (value) => {
      await a.send(kind === 'appeal' ? f.ratingId : f.id, value)
      void Taro.showToast({ title: a.done, icon: 'success' })
      refresh('follow-up', 'follow-ups')
    }
  )
  return (
    <View className={`card form-card follow-up-${kind}-form`}>
      <Text className='section-title'>{a.title}</Text>
      {form.message ? <Text className='form-message follow-up-message'>{form.message}</Text> : null}
      <Field name='text' label={a.label} hint={a.hint} error={form.errors.text}>
        <TextBox className={`input-${kind}`} value={text} maxlength={a.max} multiline onChange={setText} />
      </Field>
      <ActionButton className={`primary-button ${kind}-submit`} busy={form.busy} onClick={() => void submit()}>
        {a.button}
      </ActionButton>
    </View>
  )
}

function Appeal({ f }: { f: FollowUp }) {
  const [open, setOpen] = useState(false)
  if (f.appealStatus) {
    const words = { pending: '已申诉，待区县审核', upheld: '申诉成立，该评价不计入统计', rejected: '申诉不成立' }
    return <Text className='work-row-line follow-up-appeal-status'>{words[f.appealStatus]}</Text>
  }
  if (!open) {
    return (
      <ActionButton className='secondary-button appeal-open' onClick={() => setOpen(true)}>
        申诉恶意差评
      </ActionButton>
    )
  }
  return <TextAction f={f} kind='appeal' />
}
