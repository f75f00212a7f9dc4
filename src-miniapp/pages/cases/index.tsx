import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'

import LoadError from '../../components/LoadError'
import LoginRequired from '../../components/LoginRequired'
import { useMyApplications } from '../../hooks/useApplications'
import { useSession } from '../../hooks/useSession'
import { caseUrl, openCasePage, WORKBENCH_PAGE } from '../../caseNavigation'
import { goHome } from '../../navigation'
import type { ApplicationSummary } from '../../services/types'
import { LinkButton } from '../../ui/controls'
import Pager from '../../ui/Pager'
import { dueText, statusTone, summaryLine } from '../../view-models/caseView'
import './index.css'

/** 办件 (tab): the resident's cases, newest first, each opening its progress. */
export default function MyCasesPage() {
  const current = useSession({ refresh: true })
  const user = current?.user ?? null
  const [page, setPage] = useState(1)
  const list = useMyApplications(user?.kind === 'resident' ? current!.token : null, page)

  usePullDownRefresh(() => {
    list.reload()
    void Taro.stopPullDownRefresh()
  })

  let body
  if (!current) body = <LoginRequired text='登录后可查看您申请的办件' />
  else if (user?.kind === 'staff') {
    body = (
      <View className='staff-note'>
        <Text className='page-note'>您以工作人员身份登录，办件在工作台中办理。</Text>
        <LinkButton className='open-workbench' onClick={() => openCasePage(WORKBENCH_PAGE)}>
          进入工作台
        </LinkButton>
      </View>
    )
  } else if (list.error) body = <LoadError error={list.error} onRetry={list.reload} />
  else if (!list.data) body = <Text className='region-loading'>正在加载…</Text>
  else if (list.data.items.length === 0) {
    body = (
      <View className='cases-empty'>
        <Text className='region-empty'>还没有办件。在首页找到要办的事项，阅读办事指南后点「立即办理」。</Text>
        <LinkButton className='go-home' onClick={goHome}>
          去首页找事项
        </LinkButton>
      </View>
    )
  } else {
    body = (
      <View className='row-list case-list'>
        {list.data.items.map((item) => (
          <CaseRow key={item.id} item={item} />
        ))}
        <Pager page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} onPage={setPage} />
      </View>
    )
  }

  return (
    <View className='page my-cases-page'>
      <View className='page-header'>
        <Text className='page-title'>我的办件</Text>
        <Text className='page-subtitle'>{list.data ? `共 ${list.data.total} 件` : '申请后可在这里查看进度'}</Text>
      </View>
      <View className='card'>{body}</View>
    </View>
  )
}

function CaseRow({ item }: { item: ApplicationSummary }) {
  const due = dueText(item)
  return (
    <View className='row-list-item case-row' hoverClass='link-hover' onClick={() => openCasePage(caseUrl(item.id))}>
      <View className='row-list-head case-row-head'>
        <Text className='row-list-name case-row-name'>{item.matterName}</Text>
        <Text className={`tag tone-${statusTone(item.status)} case-row-status`}>{item.statusLabel}</Text>
      </View>
      <Text className='case-row-line'>{summaryLine(item)}</Text>
      {item.filedAs === 'family' ? <Text className='case-row-line'>为 {item.applicantName} 代办</Text> : null}
      {due ? <Text className={`case-row-due${item.status === 'correction' ? ' case-row-action' : ''}`}>{item.status === 'correction' ? '请尽快补正材料' : due}</Text> : null}
    </View>
  )
}
