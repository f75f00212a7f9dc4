import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'

import { ADMIN_PAGES } from '../../adminNavigation'
import ActionButton from '../../ui/ActionButton'
import { useRegion } from '../../hooks/useRegion'
import { useSession } from '../../hooks/useSession'
import { ME_PAGE, openPage } from '../../navigation'
import { WORKBENCH_PAGE, openCasePage } from '../../caseNavigation'
import { roleLabel, scopeLabel } from '../../services/identity'
import { logout } from '../../services/session'
import type { Scope, StaffUser } from '../../services/types'
import './home.css'
import PageHeader from '../../components/PageHeader'
import { StaffLoginCard } from '../../components/StaffOnly'

/** 工作人员首页: who is logged in, in which role, for which offices; the workbench of their queues. */
export default function StaffHomePage() {
  const current = useSession({ refresh: true })
  const user = current?.user ?? null

  if (user?.kind === 'staff') return <StaffHome user={user} />

  return (
    <View className='page staff-home-page'>
      <PageHeader title='工作人员首页' />
      <StaffLoginCard waiting={Boolean(current && !user)} />
    </View>
  )
}

function StaffHome({ user }: { user: StaffUser }) {
  const [busy, setBusy] = useState(false)

  const onLogout = async () => {
    if (busy) return
    setBusy(true)
    await logout()
    void Taro.reLaunch({ url: ME_PAGE })
  }

  return (
    <View className='page staff-home-page staff-home'>
      <PageHeader title={`${user.displayName}，您好`} titleClass='staff-greeting' subtitle={roleLabel(user.role)} subtitleClass='staff-role' />
      <View className='card'>
        <Text className='section-title'>负责范围</Text>
        {user.scope.length === 0 ? <Text className='region-empty'>尚未分配负责范围，请联系管理员</Text> : null}
        <View className='row-list scope-list'>
          {user.scope.map((scope) => (
            <ScopeRow key={`${scope.kind}-${scope.regionCode}-${scope.departmentCode ?? ''}`} scope={scope} />
          ))}
        </View>
      </View>
      <View className='card workbench-link-card'>
        <View className='menu-item workbench-link' hoverClass='menu-item-hover' onClick={() => openCasePage(WORKBENCH_PAGE)}>
          <Text className='menu-text'>办件工作台</Text>
          <Text className='menu-arrow'>›</Text>
        </View>
      </View>
      <AdminLinks user={user} />
      <ActionButton className='secondary-button logout-button' busy={busy} onClick={onLogout}>
        退出登录
      </ActionButton>
    </View>
  )
}

/** One scope, e.g. 殷都区 · 水冶镇 便民服务中心; the region's path comes from GET /api/regions/:code. */
function ScopeRow({ scope }: { scope: Scope }) {
  const region = useRegion(scope.regionCode)
  return (
    <View className='row-list-item scope-item'>
      <Text className='scope-name'>{scopeLabel(scope, region.data?.path)}</Text>
    </View>
  )
}

/** The admin pages this role may open (catalog office: city admin; the others: county and city admins). */
const ADMIN_LINKS: { page: keyof typeof ADMIN_PAGES; label: string; cityOnly?: true }[] = [
  { page: 'catalog', label: '事项目录管理', cityOnly: true },
  { page: 'delegations', label: '权责清单' },
  { page: 'places', label: '便民服务中心与咨询电话' },
  { page: 'stats', label: '统计分析' },
  { page: 'search', label: '搜索未命中' },
  { page: 'notifications', label: '消息投递' }
]

function AdminLinks({ user }: { user: StaffUser }) {
  const city = user.role === 'city_admin'
  if (!city && user.role !== 'county_admin') return null
  return (
    <View className='card admin-links'>
      <Text className='section-title'>管理</Text>
      {ADMIN_LINKS.filter((l) => city || !l.cityOnly).map((l) => (
        <View key={l.page} className={`menu-item admin-link-${l.page}`} hoverClass='menu-item-hover' onClick={() => openPage(ADMIN_PAGES[l.page])}>
          <Text className='menu-text'>{l.label}</Text>
          <Text className='menu-arrow'>›</Text>
        </View>
      ))}
    </View>
  )
}
