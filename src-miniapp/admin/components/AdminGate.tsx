import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ComponentType, ReactNode } from 'react'

import { useSession } from '../../hooks/useSession'
import { STAFF_LOGIN_PAGE } from '../../navigation'
import type { StaffRole, StaffUser } from '../../services/types'

/** An admin page's header and who may open it (admin/frames.ts). */
export interface AdminFrame {
  /** Roles that may open the page. */
  roles: readonly StaffRole[]
  /** e.g. 'catalog-admin' (used by browser tests), after 'page admin-page'. */
  className: string
  title: string
  subtitle?: string
}

interface AdminGateProps extends AdminFrame {
  /** Buttons or links at the right of the header (desktop) or under the title (phone). */
  actions?: ReactNode
  children: (user: StaffUser) => ReactNode
}

/**
 * The frame of every admin page: header, and the page itself only for a signed-in staff member with one of
 * `roles`; otherwise why not, with the way to sign in. The server checks the role again on every call.
 */
export default function AdminGate({ roles, className, title, subtitle, actions, children }: AdminGateProps) {
  const current = useSession({ refresh: true })
  const user = current?.user ?? null
  const allowed = user?.kind === 'staff' && roles.includes(user.role)

  return (
    <View className={`page admin-page ${className}`}>
      <View className='page-header admin-header'>
        <View className='admin-header-text'>
          <Text className='page-title admin-title'>{title}</Text>
          {subtitle ? <Text className='page-subtitle'>{subtitle}</Text> : null}
        </View>
        {allowed && actions ? <View className='admin-header-actions'>{actions}</View> : null}
      </View>
      <View className='admin-body'>
        {allowed ? (
          children(user)
        ) : (
          <View className='card admin-card login-required'>
            {current && !user ? (
              <Text className='region-loading'>正在获取登录信息…</Text>
            ) : (
              <>
                <Text className='login-required-text'>
                  {user?.kind === 'staff' ? '您的账号没有使用此页面的权限' : '请先以管理员身份登录'}
                </Text>
                <Button className='primary-button' onClick={() => void Taro.navigateTo({ url: STAFF_LOGIN_PAGE })}>
                  工作人员登录
                </Button>
              </>
            )}
          </View>
        )}
      </View>
    </View>
  )
}

/** An admin page: `Body` inside the frame of AdminGate (admin/frames.ts), given the signed-in staff member. */
export function adminPage(frame: AdminFrame, Body: ComponentType<{ user: StaffUser }>, actions?: ReactNode) {
  return function AdminPage() {
    return (
      <AdminGate {...frame} actions={actions}>
        {(user) => <Body user={user} />}
      </AdminGate>
    )
  }
}
