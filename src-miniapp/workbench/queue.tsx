import { Text, View } from '@tarojs/components'
import { useState } from 'react'

import StaffOnly from '../components/StaffOnly'
import { claimNextAndOpen } from './claim'
import PagedList from '../components/PagedList'
import { useRefresh } from '../hooks/useApi'
import { useQueueCases } from '../hooks/useApplications'
import { usePageParams } from '../hooks/usePageParams'
import { openCasePage, workCaseUrl } from '../caseNavigation'
import type { ApplicationSummary, StaffUser } from '../services/types'
import { Chips, SearchBox } from '../ui/controls'
import ActionButton from '../ui/ActionButton'
import { dueText, flagView, statusTone, summaryLine, FILED_AS_LABELS } from '../view-models/caseView'
import { QUEUE_FILTERS, queueFilter, type QueueFilterValue } from '../view-models/clerkActions'
import './workbench.css'

/** A queue's cases (`?id=&name=`), most urgent first, personal data masked; filters, search and 认领下一件. */
export default function QueuePage() {
  const { id, name } = usePageParams('id', 'name')
  return (
    <View className='page queue-page'>
      <View className='page-header'>
        <Text className='page-title queue-page-name'>{name || '队列办件'}</Text>
        <Text className='page-subtitle'>按到期日先后排列，申请人信息已脱敏</Text>
      </View>
      <StaffOnly>{(user) => <QueueCases queueId={id} user={user} />}</StaffOnly>
    </View>
  )
}

function QueueCases({ queueId, user }: { queueId: string; user: StaffUser }) {
  const [filter, setFilter] = useState<QueueFilterValue>('all')
  const [q, setQ] = useState('')
  const [page, setPage] = useState(1)
  const [busy, setBusy] = useState(false)
  const refresh = useRefresh()
  const cases = useQueueCases(queueId, { ...queueFilter(filter), q: q || undefined, sort: 'due', page, pageSize: 20 })

  const claim = async () => {
    setBusy(true)
    await claimNextAndOpen(queueId, () => refresh('queues', 'queue-cases'))
    setBusy(false)
  }

  return (
    <>
      <View className='card queue-tools'>
        <Chips
          className='filter-row queue-filters'
          options={QUEUE_FILTERS.map((f) => ({ value: f.value, label: f.label }))}
          value={filter}
          onChange={(v) => {
            setFilter(v)
            setPage(1)
          }}
        />
        <SearchBox
          className='queue-search'
          inputClass='queue-search-input'
          placeholder='办件编号或事项名称'
          onSearch={(text) => {
            setQ(text.trim())
            setPage(1)
          }}
        />
        {user.role === 'clerk' ? (
          <ActionButton className='primary-button claim-next' busy={busy} onClick={() => void claim()}>
            认领下一件
          </ActionButton>
        ) : null}
      </View>
      <View className='card'>
        <PagedList state={cases} empty='没有符合条件的办件' className='row-list work-list' onPage={setPage}>
          {(item) => <WorkRow key={item.id} item={item} />}
        </PagedList>
      </View>
    </>
  )
}

function WorkRow({ item }: { item: ApplicationSummary }) {
  const flag = flagView(item.flag)
  const due = dueText(item)
  return (
    <View className='row-list-item work-row' data-id={item.id} hoverClass='link-hover' onClick={() => openCasePage(workCaseUrl(item.id))}>
      <View className='case-row-head'>
        <Text className='row-list-name work-row-name'>{item.matterName}</Text>
        <Text className={`tag tone-${statusTone(item.status)} work-row-status`}>{item.statusLabel}</Text>
      </View>
      <Text className='work-row-line work-row-applicant'>
        {item.applicantName} · {item.applicantIdNumber} · {FILED_AS_LABELS[item.filedAs]}
      </Text>
      <Text className='work-row-line'>{summaryLine(item)}</Text>
      <View className='row-list-meta work-row-foot'>
        {due ? <Text className='work-row-due'>{due}</Text> : null}
        {flag ? <Text className={`tag tone-${flag.tone} work-row-flag`}>{flag.text}</Text> : null}
        <Text className='work-row-claimed'>{item.claimedBy ? `${item.claimedBy.name} 已认领` : '未认领'}</Text>
      </View>
    </View>
  )
}
