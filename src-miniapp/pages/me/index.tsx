import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'

import ActionButton from '../../ui/ActionButton'
import { useAction } from '../../hooks/useForm'
import { useSession } from '../../hooks/useSession'
import { FAMILY_PAGE, PROFILE_PAGE, STAFF_HOME_PAGE, STAFF_LOGIN_PAGE, openPage } from '../../navigation'
import { regionPathText, roleLabel } from '../../services/identity'
import { RESIDENT_LOGIN, loginResident, logout } from '../../services/session'
import type { ResidentUser, StaffUser } from '../../services/types'
import './index.css'
import InfoRow from '../../components/InfoRow'
import PageHeader from '../../components/PageHeader'

/** 「我的」: log in (WeChat on weapp, demo login on H5), the resident's real-name card, or the staff entry. */
export default function MePage() {
  const current = useSession({ refresh: true })
  const user = current?.user ?? null

  const subtitle = !current
    ? '登录后可办理业务、查看办件进度'
    : user?.kind === 'staff'
      ? `${user.displayName} · ${roleLabel(user.role)}`
      : user?.kind === 'resident'
        ? user.profile.verified && user.profile.name
          ? user.profile.name
          : '尚未完成实名信息'
        : '\u00a0'

  return (
    <View className='page me-page'>
      <PageHeader title='我的' subtitle={subtitle} subtitleClass='me-subtitle' />
      {!current ? <LoggedOut /> : null}
      {current && !user ? (
        <View className='card'>
          <Text className='region-loading'>正在获取登录信息…</Text>
        </View>
      ) : null}
      {user?.kind === 'resident' ? <ResidentView user={user} /> : null}
      {user?.kind === 'staff' ? <StaffView user={user} /> : null}
      {current ? <LogoutButton /> : null}
    </View>
  )
}

function LoggedOut() {
  const { busy, message: error, run } = useAction()
  const login = () =>
    run(async () => {
      await loginResident()
    })

  return (
    <View className='card login-card'>
      <Text className='login-text'>登录后可以填写实名信息、绑定家庭成员并办理业务。</Text>
      {error ? <Text className='form-message login-error'>{error}</Text> : null}
      <ActionButton className='primary-button login-button' busy={busy} onClick={login}>
        登录
      </ActionButton>
      <Text className='login-hint'>
        {RESIDENT_LOGIN === 'wechat' ? '使用微信身份登录' : '演示登录：以本浏览器的演示居民身份登录'}
      </Text>
      <View className='staff-login-link' hoverClass='link-hover' onClick={() => openPage(STAFF_LOGIN_PAGE)}>
        <Text>工作人员登录</Text>
        <Text className='menu-arrow'>›</Text>
      </View>
    </View>
  )
}

function ResidentView({ user }: { user: ResidentUser }) {
  const { profile } = user
  return (
    <>
      {profile.verified ? (
        <View className='card identity-card'>
          <View className='identity-head'>
            <Text className='identity-name'>{profile.name}</Text>
            {/* Filled in and checked for form only: nobody has verified the person, so it does not say 已实名. */}
            <Text className='badge verified-badge'>信息已填写</Text>
          </View>
          <InfoRow label='身份证号' value={profile.idNumber || '未填写'} className='identity-id' />
          <InfoRow label='手机号' value={profile.phone || '未填写'} className='identity-phone' />
          <InfoRow label='所在地区' value={regionPathText(profile.regionPath) || '未填写'} className='identity-region' />
        </View>
      ) : (
        <View className='card identity-prompt' hoverClass='menu-item-hover' onClick={() => openPage(PROFILE_PAGE)}>
          <View className='identity-prompt-text'>
            <Text className='identity-prompt-title'>完成实名信息</Text>
            <Text className='identity-prompt-hint'>办理业务前，请填写姓名、身份证号、手机号和所在地区</Text>
          </View>
          <Text className='menu-arrow'>›</Text>
        </View>
      )}
      <View className='card menu'>
        <MenuItem className='menu-profile' text='实名信息' onClick={() => openPage(PROFILE_PAGE)} />
        <MenuItem className='menu-family' text='家庭成员（亲情代办）' onClick={() => openPage(FAMILY_PAGE)} />
        <MenuItem className='menu-complaint' text='投诉建议' onClick={() => openPage('/cases/complaint')} />
      </View>
    </>
  )
}

function StaffView({ user }: { user: StaffUser }) {
  return (
    <View className='card staff-card'>
      <View className='identity-head'>
        <Text className='identity-name'>{user.displayName}</Text>
        <Text className='badge'>{roleLabel(user.role)}</Text>
      </View>
      <Text className='staff-card-text'>您已以工作人员身份登录，业务在「工作人员首页」办理。</Text>
      <Button className='primary-button staff-home-link' onClick={() => openPage(STAFF_HOME_PAGE)}>
        进入工作人员首页
      </Button>
    </View>
  )
}

function LogoutButton() {
  const [busy, setBusy] = useState(false)
  const onLogout = async () => {
    if (busy) return
    setBusy(true)
    await logout()
    setBusy(false)
    void Taro.showToast({ title: '已退出登录', icon: 'none' })
  }
  return (
    <ActionButton className='secondary-button logout-button' busy={busy} onClick={onLogout}>
      退出登录
    </ActionButton>
  )
}

function MenuItem({ text, onClick, className }: { text: string; onClick: () => void; className: string }) {
  return (
    <View className={`menu-item ${className}`} hoverClass='menu-item-hover' onClick={onClick}>
      <Text className='menu-text'>{text}</Text>
      <Text className='menu-arrow'>›</Text>
    </View>
  )
}
