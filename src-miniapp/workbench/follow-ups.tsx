import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'

import Pending from '../components/Pending'
import StaffOnly from '../components/StaffOnly'
import { useFollowUps } from '../hooks/useFeedback'
import type { FollowUp } from '../services/feedback'
import { deadlineText, followUpDeadlines } from '../view-models/feedbackView'
import { openFollowUp } from './followUpLinks'
import './workbench.css'

/** 差评回访: the 差评 of my windows (the latest 50), by deadline, with overdue flags; open one to call back, reply or appeal. */
export default function FollowUpsPage() {
  return (
    <View className='page follow-ups-page'>
      <View className='page-header'>
        <Text className='page-title'>差评回访</Text>
        <Text className='page-subtitle'>差评须在规定工作日内回访，并在整改后答复居民</Text>
      </View>
      <StaffOnly>{(_user, token) => <FollowUps token={token} />}</StaffOnly>
    </View>
  )
}

function FollowUps({ token }: { token: string }) {
  const list = useFollowUps(token, '')
  usePullDownRefresh(() => {
    list.reload()
    void Taro.stopPullDownRefresh()
  })
  if (list.error || !list.data) return <Pending state={list} />
  // The server lists 待回访 first, then 待答复, then 已答复, each by its reply deadline.
  return (
    <View className='card ticket-list-card'>
      {list.data.items.length === 0 ? <Text className='region-empty follow-ups-none'>暂无差评回访</Text> : null}
      <View className='row-list follow-up-list'>
        {list.data.items.map((f) => (
          <Row key={f.id} f={f} />
        ))}
      </View>
    </View>
  )
}

function Row({ f }: { f: FollowUp }) {
  const late = f.callBackOverdue || f.replyOverdue
  return (
    <View className='row-list-item follow-up-row' data-id={f.id} hoverClass='link-hover' onClick={() => openFollowUp(f.id)}>
      <View className='case-row-head'>
        <Text className='row-list-name follow-up-matter'>{f.matterName}</Text>
        <Text className={`tag tone-${late ? 'danger' : f.status === 'replied' ? 'success' : 'warn'} follow-up-status`}>{late ? '已超期' : f.statusLabel}</Text>
      </View>
      <Text className='work-row-line follow-up-line'>{`${f.receiptNo} · ${f.starsLabel}${f.comment ? ` · ${f.comment}` : ''}`}</Text>
      {followUpDeadlines(f).map((d) => (
        <Text key={d.label} className={`work-row-line follow-up-deadline${d.overdue ? ' deadline-overdue' : ''}`}>{deadlineText(d)}</Text>
      ))}
    </View>
  )
}
