import { Text, View } from '@tarojs/components'
import { useState } from 'react'

import type { DemoAccountList } from '@shared/contracts/identity'
import { useApi } from '../../hooks/useApi'
import { demoAccountsRequest } from '../../services/api'
import { Chips } from '../../ui/controls'
import './DemoAccounts.css'

type Account = DemoAccountList['accounts'][number]

/** The order in which a county's accounts are grouped. */
const KINDS = ['县级管理员', '乡镇窗口', '乡镇分管领导', '部门窗口', '服务站']

/**
 * Demo mode: the demo staff accounts the server made (admin, county-…, clerk-…, lead-…, dept-…, station-…), a
 * county's on choosing it; tapping one fills the form. Nothing shows where the server has none (production).
 */
export default function DemoAccounts({ onPick }: { onPick: (username: string, password: string | null) => void }) {
  const top = useApi(['demo-accounts'], () => demoAccountsRequest())
  const [county, setCounty] = useState('')
  const local = useApi(county ? ['demo-accounts', county] : null, () => demoAccountsRequest(county))
  if (!top.data || top.data.accounts.length === 0) return null
  const password = top.data.password
  const admin = top.data.accounts.filter((a) => a.countyCode === null)
  const counties = top.data.accounts.filter((a) => a.kind === '县级管理员')
  const row = (a: Account) => (
    <View key={a.username} className={`demo-account demo-account-${a.username}`} onClick={() => onPick(a.username, password)}>
      <Text className='demo-username'>{a.username}</Text>
      <Text className='demo-name'>{a.displayName}</Text>
    </View>
  )
  return (
    <View className='card demo-accounts'>
      <Text className='section-title'>演示账号</Text>
      <Text className='form-note demo-password'>
        {password ? `演示模式：以下账号的密码均为 ${password}，点选账号即可填入。` : '演示模式：以下账号的密码为部署时设置的 DEMO_PASSWORD，点选账号即可填入用户名。'}
      </Text>
      {admin.map(row)}
      <Text className='demo-group-title'>各县（区）账号</Text>
      <Chips
        className='demo-county'
        options={counties.map((c) => ({ value: c.countyCode ?? '', label: c.displayName.replace(/管理员$/, '') }))}
        value={county}
        onChange={setCounty}
      />
      {county && local.loading ? <Text className='region-loading'>正在加载…</Text> : null}
      {county && local.data
        ? KINDS.map((kind) => {
            const accounts = local.data!.accounts.filter((a) => a.kind === kind)
            return accounts.length ? (
              <View key={kind} className='demo-group'>
                <Text className='demo-group-title'>{kind}</Text>
                {accounts.map(row)}
              </View>
            ) : null
          })
        : null}
    </View>
  )
}
