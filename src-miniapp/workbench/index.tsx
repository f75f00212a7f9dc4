import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'

import StaffOnly from '../components/StaffOnly'
import { claimNextAndOpen } from './claim'
import Pending from '../components/Pending'
import { useRefresh } from '../hooks/useApi'
import { useQueues } from '../hooks/useApplications'
import { useTickets } from '../hooks/useConsultations'
import { openCasePage, queueUrl } from '../caseNavigation'
import type { QueueSummary, StaffUser } from '../services/types'
import ActionButton from '../ui/ActionButton'
import { QUEUE_KIND_LABELS, queueFigures } from '../view-models/clerkActions'
import { openTickets } from './ticketLinks'
import { FEEDBACK_ADMIN_PAGE, openFollowUps } from './followUpLinks'
import { useFollowUps } from '../hooks/useFeedback'
import './workbench.css'

/** Where a station clerk confirms, in person, a family binding someone asked for (亲情代办). */
const FAMILY_BINDINGS_PAGE = '/workbench/family'

/**
 * 办件工作台: 咨询工单 (questions handed over by the assistant) with the number waiting, then the queues of my scope
 * with their counts and overdue flags; open one, or claim its next case.
 */
export default function WorkbenchPage() {
  return (
    <View className='page workbench-page'>
      <View className='page-header'>
        <Text className='page-title'>办件工作台</Text>
        <Text className='page-subtitle'>按到期先后办理，红色为已超期，黄色为即将超期</Text>
      </View>
      <StaffOnly>
        {(user, token) => (
          <>
            <TicketsCard token={token} />
            <FollowUpsCard token={token} />
            {user.role === 'county_admin' || user.role === 'city_admin' ? (
              <View className='card feedback-admin-link-card'>
                <View className='menu-item feedback-admin-link' hoverClass='menu-item-hover' onClick={() => openCasePage(FEEDBACK_ADMIN_PAGE)}>
                  <Text className='menu-text'>好差评申诉与投诉建议</Text>
                  <Text className='menu-arrow'>›</Text>
                </View>
              </View>
            ) : null}
            {user.role === 'clerk' && user.scope.some((s) => s.kind === 'village' || s.kind === 'township') ? (
              <View className='card family-bindings-link-card'>
                <View className='menu-item family-bindings-link' hoverClass='menu-item-hover' onClick={() => openCasePage(FAMILY_BINDINGS_PAGE)}>
                  <Text className='menu-text'>亲情代办绑定确认</Text>
                  <Text className='menu-arrow'>›</Text>
                </View>
              </View>
            ) : null}
            <Queues user={user} token={token} />
          </>
        )}
      </StaffOnly>
    </View>
  )
}

/** 咨询工单 and how many wait for an answer (a role the tickets are not for sees no card). */
function TicketsCard({ token }: { token: string }) {
  const open = useTickets(token, 'open', 1, 1)
  if (open.error && (open.error.status === 403 || open.error.status === 404)) return null
  return (
    <View className='card tickets-link-card'>
      <View className='menu-item tickets-link' hoverClass='menu-item-hover' onClick={openTickets}>
        <Text className='menu-text'>咨询工单</Text>
        {open.data ? <Text className={`badge tickets-open${open.data.total > 0 ? ' tickets-waiting' : ''}`}>待答复 {open.data.total}</Text> : null}
        <Text className='menu-arrow'>›</Text>
      </View>
    </View>
  )
}

/** 差评回访 and how many wait for a call back. */
function FollowUpsCard({ token }: { token: string }) {
  const open = useFollowUps(token, 'open')
  if (open.error && (open.error.status === 403 || open.error.status === 404)) return null
  return (
    <View className='card follow-ups-link-card'>
      <View className='menu-item follow-ups-link' hoverClass='menu-item-hover' onClick={openFollowUps}>
        <Text className='menu-text'>差评回访</Text>
        {open.data ? <Text className={`badge follow-ups-open${open.data.total > 0 ? ' tickets-waiting' : ''}`}>待回访 {open.data.total}</Text> : null}
        <Text className='menu-arrow'>›</Text>
      </View>
    </View>
  )
}

function Queues({ user, token }: { user: StaffUser; token: string }) {
  const queues = useQueues(token)
  usePullDownRefresh(() => {
    queues.reload()
    void Taro.stopPullDownRefresh()
  })
  if (queues.error || !queues.data) return <Pending state={queues} />
  if (queues.data.length === 0) {
    return (
      <View className='card'>
        <Text className='region-empty'>您负责的窗口暂无办件</Text>
      </View>
    )
  }
  return (
    <View className='queue-list'>
      {queues.data.map((q) => (
        <QueueCard key={q.id} queue={q} canClaim={user.role === 'clerk'} />
      ))}
    </View>
  )
}

function QueueCard({ queue, canClaim }: { queue: QueueSummary; canClaim: boolean }) {
  const [busy, setBusy] = useState(false)
  const refresh = useRefresh()
  const figures = queueFigures(queue)
  const claim = async () => {
    setBusy(true)
    await claimNextAndOpen(queue.id, () => refresh('queues', 'queue-cases'))
    setBusy(false)
  }
  return (
    <View className={`card queue-card queue-${queue.kind}`} data-queue={queue.id}>
      <View className='queue-head' hoverClass='link-hover' onClick={() => openCasePage(queueUrl(queue))}>
        <View className='queue-title'>
          <Text className='queue-name'>{queue.name}</Text>
          <Text className='queue-kind'>{QUEUE_KIND_LABELS[queue.kind]}</Text>
        </View>
        <Text className='menu-arrow'>›</Text>
      </View>
      <View className='queue-figures'>
        {figures.map((f) => (
          <View key={f.key} className={`queue-figure figure-${f.key} tone-${f.tone}`}>
            <Text className='queue-figure-value'>{f.value}</Text>
            <Text className='queue-figure-label'>{f.label}</Text>
          </View>
        ))}
      </View>
      {canClaim ? (
        <ActionButton className='primary-button claim-next' busy={busy} disabled={queue.counts.unclaimed === 0} onClick={() => void claim()}>
          {queue.counts.unclaimed === 0 ? '暂无待认领的办件' : '认领下一件'}
        </ActionButton>
      ) : null}
    </View>
  )
}
