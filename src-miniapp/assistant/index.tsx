import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useMemo, useState } from 'react'

import LoadError from '../components/LoadError'
import { useChat } from '../hooks/useChat'
import { usePageParams } from '../hooks/usePageParams'
import { useSession } from '../hooks/useSession'
import { useSubscribeConsent } from '../hooks/useSubscribeConsent'
import { applyUrl, openCasePage } from '../caseNavigation'
import { goToMe } from '../navigation'
import type { ChatMatter } from '../services/chat'
import { isRetryable } from '../services/errors'
import ActionButton from '../ui/ActionButton'
import { asksForPerson, bubblesOf, canSend, MAX_QUESTION_LENGTH, welcomeBubble } from '../view-models/chatView'
import ChatBubble from './ChatBubble'
import './index.css'

/**
 * 智能客服 (`?ask=`: a first question, e.g. a guide's matter name from 问一问): the conversation with the assistant —
 * matter cards with 查看指南 / 立即办理, quick replies, my cases, the hand-over to a person (转人工) whose answer
 * appears here from 人工客服. The conversation is kept and read back when the page opens again.
 */
const ANSWER_TEMPLATE = ['answered'] as const

export default function AssistantPage() {
  const { ask } = usePageParams('ask')
  const chat = useChat(ask)
  const signedIn = useSession() !== null
  // 转人工: the clerk's answer can also come as a WeChat notice (weapp; asked from the tap itself).
  const answerNotice = useSubscribeConsent(signedIn, ANSWER_TEMPLATE)
  const [text, setText] = useState('')
  const bubbles = useMemo(() => bubblesOf(chat.turns, chat.sending), [chat.turns, chat.sending])
  const empty = bubbles.length === 0 && !chat.restoring && !chat.restoreError

  // The newest message in view: after each question, answer, clerk's reply or failure.
  const last = bubbles[bubbles.length - 1]?.key ?? ''
  useEffect(() => {
    void Taro.pageScrollTo({ scrollTop: 1_000_000, duration: 0 }).catch(() => undefined)
  }, [last, bubbles.length, chat.failed])

  const send = async (value: string) => {
    if (!canSend(value, chat.sending !== null)) return
    if (asksForPerson(value)) answerNotice.report(undefined, await answerNotice.ask())
    chat.send(value)
    setText('')
  }

  const apply = (matter: ChatMatter) => {
    if (signedIn) {
      openCasePage(applyUrl(matter))
    } else {
      void Taro.showToast({ title: '请先登录', icon: 'none' })
      goToMe()
    }
  }

  return (
    <View className='page assistant-page'>
      <View className='chat-notice'>
        <Text className='chat-notice-text'>智能客服的回答仅供参考，以办事指南为准；说「转人工」可由工作人员答复。</Text>
        {process.env.TARO_ENV === 'weapp' ? (
          <Button className='contact-button' size='mini' openType='contact'>
            联系客服
          </Button>
        ) : null}
      </View>

      <View className='chat-list'>
        {chat.restoring ? <Text className='region-loading'>正在读取对话…</Text> : null}
        {chat.restoreError ? (
          <View className='chat-error restore-error'>
            <LoadError error={chat.restoreError} onRetry={chat.reload} />
          </View>
        ) : null}
        {empty ? <ChatBubble bubble={welcomeBubble()} onChip={(v) => void send(v)} onApply={apply} /> : null}
        {bubbles.map((bubble) => (
          <ChatBubble key={bubble.key} bubble={bubble} onChip={(v) => void send(v)} onApply={apply} />
        ))}
        {chat.failed ? (
          <View className='chat-row chat-row-resident'>
            <View className='chat-bubble bubble-resident bubble-failed'>
              <Text className='bubble-text'>{chat.failed.text}</Text>
            </View>
            <View className='chat-error send-error'>
              <Text className='chat-error-message'>{chat.failed.error.message}</Text>
              {isRetryable(chat.failed.error) ? (
                <Text className='chat-retry' onClick={chat.retry}>
                  重试
                </Text>
              ) : null}
            </View>
          </View>
        ) : null}
        <View id='chat-end' />
      </View>

      <View className='chat-composer'>
        <Input
          className='chat-input'
          type='text'
          confirmType='send'
          value={text}
          maxlength={MAX_QUESTION_LENGTH}
          placeholder='请输入您的问题'
          placeholderClass='chat-placeholder'
          onInput={(e) => setText(e.detail.value)}
          onConfirm={(e) => void send(e.detail.value)}
        />
        <ActionButton
          className='primary-button chat-send'
          busy={chat.sending !== null}
          disabled={!canSend(text, chat.sending !== null)}
          onClick={() => void send(text)}
        >
          发送
        </ActionButton>
      </View>
    </View>
  )
}
