// Shared admin styles first: this page's own come after and override them.
import '../admin.css'

import { Text, View } from '@tarojs/components'
import { useState } from 'react'

import LoadError from '../../components/LoadError'
import { useAction } from '../../hooks/useForm'
import { useAdminNotifications } from '../../hooks/useNotifications'
import { retryNotification } from '../../services/notifications'
import type { StaffUser } from '../../services/types'
import { Chips } from '../../ui/controls'
import Pager from '../../ui/Pager'
import { chinaDateTime } from '../../view-models/caseView'
import { adminPage } from '../components/AdminGate'
import { ADMIN_FRAMES } from '../frames'
import './index.css'

const STATUSES = [
  { value: 'dead', label: '投递失败' },
  { value: 'skipped', label: '未发送' },
  { value: 'pending', label: '待发送' }
] as const
type Status = (typeof STATUSES)[number]['value']

/**
 * 消息投递: the residents' subscribe messages (受理, 补正, 办结 … notices) that WeChat did not take after every retry
 * (投递失败), that were not sent (no consent, template not configured) or that still wait. The city admin sends a
 * failed one again (重试) once the cause is fixed; a county admin sees those of the county's cases.
 */
export default adminPage(ADMIN_FRAMES.notifications, Notifications)

function Notifications({ user }: { user: StaffUser }) {
  const [status, setStatus] = useState<Status>('dead')
  const [page, setPage] = useState(1)
  const [retried, setRetried] = useState<Set<string>>(() => new Set())
  const list = useAdminNotifications(status, page)
  const action = useAction()
  const canRetry = user.role === 'city_admin' && status === 'dead'

  const retry = async (id: string) => {
    if (await action.run(() => retryNotification(id))) setRetried((s) => new Set(s).add(id))
  }

  return (
    <View className='card admin-card notifications-card'>
      <Chips className='notification-status' options={[...STATUSES]} value={status} onChange={(v) => { setStatus(v as Status); setPage(1) }} />
      {list.loading ? <Text className='region-loading'>正在加载…</Text> : null}
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {action.message ? <Text className='form-error notification-error'>{action.message}</Text> : null}
      {list.data && list.data.items.length === 0 ? <Text className='region-empty notifications-none'>没有这类消息</Text> : null}
      {list.data && list.data.items.length > 0 ? (
        <View className='notification-list'>
          <Text className='list-count'>共 {list.data.total} 条</Text>
          {list.data.items.map((m) => (
            <View key={m.id} className='notification-item' data-id={m.id}>
              <View className='notification-main'>
                <Text className='notification-event'>{m.eventLabel}</Text>
                <Text className='notification-case'>{m.receiptNo ? `${m.receiptNo} ${m.matterName ?? ''}` : '咨询答复'}</Text>
              </View>
              <Text className='notification-meta'>
                {chinaDateTime(m.createdAt)} · 已尝试 {m.attempts} 次{m.status === 'pending' ? ` · 下次 ${chinaDateTime(m.nextAttemptAt)}` : ''}
              </Text>
              {m.lastError ? <Text className='notification-reason'>原因：{m.lastError}</Text> : null}
              {retried.has(m.id) ? (
                <Text className='notification-done'>已重新排队</Text>
              ) : canRetry ? (
                <Text className='link-button notification-retry' onClick={() => void retry(m.id)}>重试</Text>
              ) : null}
            </View>
          ))}
          <Pager page={page} pageSize={list.data.pageSize} total={list.data.total} onPage={setPage} />
        </View>
      ) : null}
    </View>
  )
}
