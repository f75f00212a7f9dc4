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

/** The admin pages this role may open (catalog office: city admin; delegation lists: county and city admins). */
function AdminLinks({ user }: { user: StaffUser }) {
  const catalog = user.role === 'city_admin'
  const delegations = user.role === 'city_admin' || user.role === 'county_admin'
  if (!catalog && !delegations) return null
  return (
    <View className='card admin-links'>
      <Text className='section-title'>管理</Text>
      {catalog ? (
        <View className='menu-item admin-link-catalog' hoverClass='menu-item-hover' onClick={() => openPage(ADMIN_PAGES.catalog)}>
          <Text className='menu-text'>事项目录管理</Text>
          <Text className='menu-arrow'>›</Text>
        </View>
      ) : null}
      {delegations ? (
        <View className='menu-item admin-link-delegations' hoverClass='menu-item-hover' onClick={() => openPage(ADMIN_PAGES.delegations)}>
          <Text className='menu-text'>权责清单</Text>
          <Text className='menu-arrow'>›</Text>
        </View>
      ) : null}
      {delegations ? (
        <View className='menu-item admin-link-search' hoverClass='menu-item-hover' onClick={() => openPage(ADMIN_PAGES.search)}>
          <Text className='menu-text'>搜索未命中</Text>
          <Text className='menu-arrow'>›</Text>
        </View>
      ) : null}
    </View>
  )
}
