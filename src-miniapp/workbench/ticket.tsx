import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'

import InfoRow from '../components/InfoRow'
import Pending from '../components/Pending'
import StaffOnly from '../components/StaffOnly'
import { useRefresh } from '../hooks/useApi'
import { useTicket } from '../hooks/useConsultations'
import { useForm } from '../hooks/useForm'
import { usePageParams } from '../hooks/usePageParams'
import { answerTicket, type TicketDetail } from '../services/chat'
import { Field, TextBox } from '../ui/controls'
import ActionButton from '../ui/ActionButton'
import { chinaDateTime } from '../view-models/caseView'
import { answeredLine, checkAnswer, conversationLines } from '../view-models/chatView'
import './workbench.css'

/** 答复咨询 (`?id=`): the resident's question, the conversation with the assistant before it, and the answer. */
export default function TicketPage() {
  return (
    <View className='page ticket-page'>
      <StaffOnly>{() => <Ticket />}</StaffOnly>
    </View>
  )
}

function Ticket() {
  const ticket = useTicket(usePageParams('id').id)
  if (ticket.error || !ticket.data) return <Pending state={ticket} />
  const t = ticket.data
  return (
    <>
      <View className='page-header'>
        <Text className='page-title ticket-title'>{t.question}</Text>
        <View className='case-header-line'>
          <Text className={`tag tone-${t.status === 'open' ? 'warn' : 'success'} ticket-status`}>
            {t.status === 'open' ? '待答复' : '已答复'}
          </Text>
          <Text className='page-subtitle ticket-created'>{chinaDateTime(t.createdAt)}</Text>
        </View>
      </View>

      <View className='card'>
        <View className='info-block'>
          <InfoRow label='咨询窗口' value={t.queue.name} className='ticket-queue' />
          {t.matter ? <InfoRow label='相关事项' value={t.matter.name} className='ticket-matter' /> : null}
          <InfoRow label='转人工原因' value={t.reasonName} className='ticket-reason' />
        </View>
      </View>

      <View className='card'>
        <Text className='section-title'>对话记录</Text>
        <View className='ticket-conversation'>
          {conversationLines(t).map((line) => (
            <View key={line.key} className={`ticket-line ticket-line-${line.author}`}>
              <Text className='ticket-line-who'>
                {line.who} · {line.at}
              </Text>
              <Text className='ticket-line-text'>{line.text}</Text>
            </View>
          ))}
        </View>
      </View>

      {t.status === 'answered' ? <Answered ticket={t} /> : <AnswerForm ticket={t} />}
    </>
  )
}

function Answered({ ticket }: { ticket: TicketDetail }) {
  return (
    <View className='card ticket-answered'>
      <Text className='section-title'>答复</Text>
      <Text className='work-section-text ticket-answer'>{ticket.answer}</Text>
      <Text className='work-row-line ticket-answered-by'>{answeredLine(ticket)}</Text>
    </View>
  )
}

const FIELDS = ['text'] as const

function AnswerForm({ ticket }: { ticket: TicketDetail }) {
  const [text, setText] = useState('')
  const form = useForm(FIELDS)
  const refresh = useRefresh()

  const submit = async () => {
    const problem = checkAnswer(text)
    await form.submit(problem ? { text: problem } : {}, async () => {
      await answerTicket(ticket.id, text.trim())
      void Taro.showToast({ title: '已答复', icon: 'success' })
      refresh('tickets', 'ticket')
    })
  }

  return (
    <View className='card form-card ticket-answer-form'>
      <Text className='section-title'>答复居民</Text>
      {form.message ? <Text className='form-message answer-message'>{form.message}</Text> : null}
      <Field name='text' label='答复内容' hint='居民会在智能客服的对话中看到，请写明办理方式、所需材料或办理地点' error={form.errors.text}>
        <TextBox
          className='input-answer'
          value={text}
          maxlength={1000}
          multiline
          placeholder='请输入答复内容'
          onChange={(v) => {
            setText(v)
            if (form.errors.text && !checkAnswer(v)) form.setErrors({})
          }}
        />
      </Field>
      <ActionButton className='primary-button answer-submit' busy={form.busy} onClick={() => void submit()}>
        答复
      </ActionButton>
    </View>
  )
}
