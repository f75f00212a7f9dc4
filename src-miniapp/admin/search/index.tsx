// Shared admin styles first: this page's own and its components' come after and override them.
import '../admin.css'

import { Text, View } from '@tarojs/components'
import { useState } from 'react'

import LoadError from '../../components/LoadError'
import { useAllMatters } from '../../hooks/useCatalog'
import { useUnfoundSearches } from '../../hooks/useSearch'
import { useAction } from '../../hooks/useForm'
import { addSearchAlias, type UnfoundSearch } from '../../services/search'
import type { MatterSummary, StaffUser } from '../../services/types'
import { Chips } from '../../ui/controls'
import { adminPage } from '../components/AdminGate'
import { ADMIN_FRAMES } from '../frames'
import MatterSearch from '../components/MatterSearch'
import './index.css'

const PERIODS = [
  { value: '7', label: '近 7 天' },
  { value: '30', label: '近 30 天' },
  { value: '90', label: '近 90 天' }
]

/**
 * 搜索未命中: what residents searched for and found nothing — and what the assistant could not answer (tagged
 * 智能客服) — grouped by text, most asked first. The city admin makes
 * such a text an alias of a matter in two taps (「设为别名」, then the matter); the next search finds it.
 */
export default adminPage(ADMIN_FRAMES.search, Unfound)

function Unfound({ user }: { user: StaffUser }) {
  const [days, setDays] = useState('30')
  const list = useUnfoundSearches(Number(days))
  const matters = useAllMatters()
  const [open, setOpen] = useState<string | null>(null)
  const [done, setDone] = useState<Record<string, string>>({})
  const action = useAction()
  const canAdd = user.role === 'city_admin'

  const choose = async (row: UnfoundSearch, matter: MatterSummary | null) => {
    if (!matter) return
    const ok = await action.run(async () => {
      await addSearchAlias(matter.id, row.text)
    })
    if (ok) {
      setDone((d) => ({ ...d, [row.text]: matter.name }))
      setOpen(null)
    }
  }

  return (
    <View className='card admin-card unfound-card'>
      <Chips className='unfound-period' options={PERIODS} value={days} onChange={setDays} />
      {list.loading ? <Text className='region-loading'>正在加载…</Text> : null}
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {action.message ? <Text className='form-error unfound-error'>{action.message}</Text> : null}
      {list.data && list.data.items.length === 0 ? <Text className='region-empty unfound-none'>这段时间没有搜不到结果的搜索或答不上来的问题</Text> : null}
      {list.data && list.data.items.length > 0 ? (
        <View className='unfound-list'>
          <Text className='list-count'>共 {list.data.total} 种说法</Text>
          {list.data.items.map((row) => {
            const aliasOf = done[row.text] ?? row.aliasOf?.name
            return (
              <View key={row.text} className='unfound-item'>
                <View className='unfound-main'>
                  <Text className='unfound-text'>{row.text}</Text>
                  <Text className='unfound-count'>{row.count} 次</Text>
                  {row.sources.includes('chat') ? <Text className='unfound-source'>智能客服</Text> : null}
                  {aliasOf ? (
                    <Text className='unfound-done'>已设为「{aliasOf}」的别名</Text>
                  ) : canAdd ? (
                    <Text className='link-button add-alias' onClick={() => setOpen(open === row.text ? null : row.text)}>
                      {open === row.text ? '收起' : '设为别名'}
                    </Text>
                  ) : null}
                </View>
                {open === row.text && !aliasOf ? (
                  <MatterSearch
                    className='alias-matter'
                    matters={matters.data ?? []}
                    value={null}
                    onChange={(m) => void choose(row, m)}
                    placeholder='输入事项名称中的字，点选事项即添加'
                  />
                ) : null}
              </View>
            )
          })}
        </View>
      ) : null}
    </View>
  )
}
