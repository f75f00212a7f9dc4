import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ReactNode } from 'react'

import { useSession } from '../hooks/useSession'
import { STAFF_LOGIN_PAGE } from '../navigation'
import type { StaffUser } from '../services/types'

/** Staff pages show only to a signed-in staff member; anyone else is asked to sign in as staff. */
export default function StaffOnly({ children }: { children: (user: StaffUser, token: string) => ReactNode }) {
  const current = useSession({ refresh: true })
  const user = current?.user ?? null
  if (current && user?.kind === 'staff') return <>{children(user, current.token)}</>
  return <StaffLoginCard waiting={Boolean(current && !user)} />
}

/** What a staff page shows to anyone else: 「工作人员登录」, or a wait while a session's user is being fetched. */
export function StaffLoginCard({ waiting }: { waiting: boolean }) {
  return (
    <View className='card login-required'>
      {waiting ? (
        <Text className='region-loading'>正在获取登录信息…</Text>
      ) : (
        <>
          <Text className='login-required-text'>请先以工作人员身份登录</Text>
          <Button className='primary-button' onClick={() => void Taro.redirectTo({ url: STAFF_LOGIN_PAGE })}>
            工作人员登录
          </Button>
        </>
      )}
    </View>
  )
}
