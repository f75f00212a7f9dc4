import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'

import { caseUrl, openCasePage } from '../caseNavigation'
import { openMatter } from '../navigation'
import type { ChatCase, ChatMatter } from '../services/chat'
import type { Bubble, ReplyView } from '../view-models/chatView'

interface ChatBubbleProps {
  bubble: Bubble
  /** A quick reply tapped: sent as the resident's next question. */
  onChip: (text: string) => void
  /** 立即办理 on a matter card (asks for login first when signed out). */
  onApply: (matter: ChatMatter) => void
}

/** Copies a bubble's words (长按复制); WeChat and Taro's H5 say 内容已复制 themselves. */
function copy(text: string) {
  if (!text) return
  void Taro.setClipboardData({ data: text }).catch(() => undefined)
}

/**
 * One message: the resident's on the right, the assistant's on the left with its cards (matters, cases, the
 * hand-over), a clerk's answer on the left marked 人工客服; quick replies as chips under the newest one.
 */
export default function ChatBubble({ bubble, onChip, onApply }: ChatBubbleProps) {
  return (
    <View className={`chat-row chat-row-${bubble.author} chat-${bubble.key}`}>
      {bubble.author !== 'resident' ? <Text className='chat-author'>{bubble.authorName}</Text> : null}
      <View
        className={`chat-bubble bubble-${bubble.author}${bubble.sending ? ' bubble-sending' : ''}`}
        onLongPress={() => copy(bubble.copyText)}
      >
        {bubble.paragraphs.map((text, i) => (
          <Text key={i} className='bubble-text' userSelect>
            {text}
          </Text>
        ))}
        {bubble.parts.map((part, i) => (
          <ReplyPart key={i} part={part} onApply={onApply} />
        ))}
      </View>
      {bubble.sending ? <Text className='chat-status'>发送中…</Text> : null}
      {bubble.chips.length > 0 ? (
        <View className='quick-replies'>
          {bubble.chips.map((option) => (
            <Text key={option} className='chip quick-reply' onClick={() => onChip(option)}>
              {option}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  )
}

function ReplyPart({ part, onApply }: { part: ReplyView; onApply: (matter: ChatMatter) => void }) {
  if (part.kind === 'matters') {
    return (
      <View className='chat-cards matter-cards'>
        {part.items.map((matter) => (
          <MatterCard key={matter.id} matter={matter} onApply={onApply} />
        ))}
      </View>
    )
  }
  if (part.kind === 'cases') {
    return (
      <View className='chat-cards case-cards'>
        {part.items.map((item) => (
          <CaseCard key={item.id} item={item} />
        ))}
      </View>
    )
  }
  if (part.kind === 'handoff') {
    return (
      <View className={`handoff-notice handoff-${part.status}`} data-ticket={part.ticketId}>
        <Text className='handoff-text'>{part.text}</Text>
        <Text className={`tag handoff-status tone-${part.status === 'open' ? 'warn' : 'success'}`}>{part.statusText}</Text>
      </View>
    )
  }
  return <Text className='bubble-text'>{part.text}</Text>
}

function MatterCard({ matter, onApply }: { matter: ChatMatter; onApply: (matter: ChatMatter) => void }) {
  return (
    <View className='chat-card matter-card' data-id={matter.id}>
      <Text className='chat-card-title matter-card-name'>{matter.name}</Text>
      <Text className='chat-card-line matter-card-department'>{matter.department}</Text>
      <View className='chat-card-actions'>
        <Text className='chat-card-action open-guide' onClick={() => openMatter(matter)}>
          查看指南
        </Text>
        {matter.handheld ? (
          <Text className='chat-card-action chat-card-primary start-apply' onClick={() => onApply(matter)}>
            立即办理
          </Text>
        ) : null}
      </View>
    </View>
  )
}

function CaseCard({ item }: { item: ChatCase }) {
  return (
    <View className='chat-card case-card' data-id={item.id} hoverClass='link-hover' onClick={() => openCasePage(caseUrl(item.id))}>
      <View className='case-card-head'>
        <Text className='chat-card-title case-card-matter'>{item.matterName}</Text>
        <Text className='tag case-card-status'>{item.statusName}</Text>
      </View>
      <Text className='chat-card-line case-card-receipt'>办件编号 {item.receiptNo}</Text>
      {item.next ? <Text className='chat-card-line case-card-next'>{item.next}</Text> : null}
    </View>
  )
}
