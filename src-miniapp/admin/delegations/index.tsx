// Shared admin styles first: this page's own and its components' come after and override them.
import '../admin.css'

import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'

import type { Delegation } from '@shared/contracts/catalog-admin'
import LoadError from '../../components/LoadError'
import { useApi, useRefresh } from '../../hooks/useApi'
import { useAllMatters } from '../../hooks/useCatalog'
import { useRegions } from '../../hooks/useRegions'
import { listDelegations } from '../../services/adminApi'
import type { MatterSummary, StaffUser } from '../../services/types'
import ActionButton from '../../ui/ActionButton'
import { Chips, Field } from '../../ui/controls'
import Pager from '../../ui/Pager'
import { canRecall, canWithdrawRecall } from '../../view-models/delegationForm'
import { CITY_CODE } from '../../view-models/regionChoice'
import { adminPage } from '../components/AdminGate'
import { ADMIN_FRAMES } from '../frames'
import MatterSearch from '../components/MatterSearch'
import DelegationForm from './DelegationForm'
import DelegationRow from './DelegationRow'
import RoutePreviewBox from './RoutePreviewBox'
import './index.css'

const PAGE_SIZE = 20

/**
 * 权责清单: a county's delegations (下放记录). The county admin keeps their county's list (新增下放, 收回); the city
 * admin reads any county's. The 「路由预览」 box tells where a case would go on a given day, and why.
 */
export default adminPage(ADMIN_FRAMES.delegations, Delegations)

function Delegations({ user }: { user: StaffUser }) {
  const ownCounties = user.role === 'county_admin' ? user.scope.filter((s) => s.kind === 'county').map((s) => s.regionCode) : []
  const [county, setCounty] = useState(ownCounties[0] ?? '')
  const counties = useRegions(CITY_CODE)
  const townships = useRegions(county)
  const matters = useAllMatters()
  const [filter, setFilter] = useState<MatterSummary | null>(null)
  const [page, setPage] = useState(1)
  const [formOpen, setFormOpen] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)

  const refresh = useRefresh()
  const list = useApi(['delegations', county, filter?.id ?? '', page], () =>
    listDelegations({ county, matterId: filter?.id ?? '', page, pageSize: PAGE_SIZE })
  )
  const [updated, setUpdated] = useState<Record<string, Delegation>>({})

  const matterById = new Map((matters.data ?? []).map((m) => [m.id, m]))
  const townshipNames = new Map((townships.data ?? []).map((t) => [t.code, t.name]))
  const countyName = counties.data?.find((c) => c.code === county)?.name ?? user.scope.find((s) => s.regionCode === county)?.regionName ?? county
  const editable = ownCounties.includes(county)

  return (
    <>
      <View className='card admin-card delegation-toolbar'>
        {user.role === 'city_admin' ? (
          <Field name='county' label='县（区）' hint='市级管理员只能查看' wide>
            <Chips
              className='county-filter'
              options={(counties.data ?? []).map((c) => ({ value: c.code, label: c.name }))}
              value={county}
              onChange={(code) => {
                setCounty(code)
                setPage(1)
              }}
            />
          </Field>
        ) : (
          <Text className='section-title county-name'>{countyName}权责清单</Text>
        )}
        {county ? (
          <View className='admin-grid'>
            <Field name='matter-filter' label='按事项筛选'>
              <MatterSearch
                className='delegation-filter'
                matters={matters.data ?? []}
                value={filter}
                placeholder='输入事项名称，只看该事项的下放记录'
                onChange={(m) => {
                  setFilter(m)
                  setPage(1)
                }}
              />
            </Field>
            {editable ? (
              <View className='admin-field toolbar-actions'>
                <ActionButton
                  className='primary-button admin-button add-delegation-button'
                  onClick={() => {
                    setFormOpen((o) => !o)
                    setNotice(null)
                  }}
                >
                  {formOpen ? '收起新增下放' : '新增下放'}
                </ActionButton>
              </View>
            ) : null}
          </View>
        ) : null}
        {matters.error ? <LoadError error={matters.error} onRetry={matters.reload} /> : null}
      </View>

      {notice ? <Text className='form-success delegation-notice'>{notice}</Text> : null}

      {formOpen && editable ? (
        <DelegationForm
          countyCode={county}
          matters={matters.data ?? []}
          townships={townships.data ?? []}
          onCreated={(d) => {
            setFormOpen(false)
            setNotice(`已新增下放：${matterById.get(d.matterId)?.name ?? ''}（${d.documentNo}）`)
            refresh('delegations')
          }}
          onCancel={() => setFormOpen(false)}
        />
      ) : null}

      {county ? <RoutePreviewBox countyCode={county} matters={matters.data ?? []} townships={townships.data ?? []} /> : null}

      <View className='card admin-card delegations-card'>
        <Text className='section-title'>
          下放记录{list.data ? `（${list.data.total} 条）` : ''}
          {filter ? ` · ${filter.name}` : ''}
        </Text>
        {!county ? <Text className='region-empty'>请先选择县（区）</Text> : null}
        {county && list.loading ? <Text className='region-loading'>正在加载…</Text> : null}
        {county && list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
        {county && list.data && list.data.items.length === 0 ? <Text className='region-empty'>没有下放记录</Text> : null}
        {county && list.data
          ? list.data.items.map((item) => {
              const d = updated[item.id] ?? item
              return (
                <DelegationRow
                  key={d.id}
                  delegation={d}
                  matterName={matterById.get(d.matterId)?.name ?? (matters.loading ? '…' : '（已不在目录中的事项）')}
                  townshipNames={townshipNames}
                  recallable={canRecall(d, ownCounties)}
                  withdrawable={canWithdrawRecall(d, ownCounties)}
                  onChanged={(next, change) => {
                    setUpdated((u) => ({ ...u, [next.id]: next }))
                    const title = change === 'withdrawn' ? '已撤回收回' : next.recall?.pending ? '已登记收回' : '已收回'
                    void Taro.showToast({ title, icon: 'success' })
                  }}
                />
              )
            })
          : null}
        {county && list.data ? <Pager page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} onPage={setPage} /> : null}
      </View>
    </>
  )
}
