// Shared admin styles first: this page's own come after and override them.
import '../admin.css'

import { Text, View } from '@tarojs/components'
import { useMemo, useState } from 'react'

import { chinaToday } from '@shared/calendar/china-date'
import LoadError from '../../components/LoadError'
import { useAction } from '../../hooks/useForm'
import { useRegions } from '../../hooks/useRegions'
import { useStats } from '../../hooks/useStats'
import { downloadStats } from '../../services/stats'
import type { StaffUser } from '../../services/types'
import { Chips } from '../../ui/controls'
import { chartsOf, figureCards, PERIODS, periodOf, reportNote, type PeriodValue } from '../../view-models/statsView'
import { adminPage } from '../components/AdminGate'
import { ADMIN_FRAMES } from '../frames'
import ChartCanvas from './ChartCanvas'
import './index.css'

/**
 * 统计分析: a county admin's own county (the city admin any county, or the whole city), optionally one township,
 * over a period: figure cards, five charts and the same figures as an XLSX file.
 */
export default adminPage(ADMIN_FRAMES.stats, StatsPage)

function StatsPage({ user }: { user: StaffUser }) {
  const cityWide = user.role === 'city_admin'
  const ownCounty = user.scope.find((s) => s.kind === 'county')?.regionCode ?? ''
  const [county, setCounty] = useState(cityWide ? '' : ownCounty)
  const [township, setTownship] = useState('')
  const [period, setPeriod] = useState<PeriodValue>('90')
  const query = { county: county || undefined, township: township || undefined, ...periodOf(period, chinaToday()) }
  const stats = useStats(query)
  const counties = useRegions('4105')
  const townships = useRegions(county)
  const download = useAction()
  const s = stats.data
  const charts = useMemo(() => (s ? chartsOf(s) : null), [s])

  const countyOptions = [
    ...(cityWide ? [{ value: '', label: '全市' }] : []),
    ...(counties.data ?? []).filter((c) => cityWide || c.code === ownCounty).map((c) => ({ value: c.code, label: c.name }))
  ]
  return (
    <View className='stats-body'>
      <View className='card admin-card stats-filters'>
        <Chips className='stats-county' options={countyOptions} value={county} onChange={(v) => { setCounty(v); setTownship('') }} />
        {county ? (
          <Chips className='stats-township' options={[{ value: '', label: '全部乡镇' }, ...(townships.data ?? []).map((t) => ({ value: t.code, label: t.name }))]} value={township} onChange={setTownship} />
        ) : null}
        <Chips className='stats-period' options={[...PERIODS]} value={period} onChange={setPeriod} />
        <View className='stats-export'>
          <Text className='link-button stats-export-link' onClick={() => void download.run(() => downloadStats(query))}>
            导出 XLSX
          </Text>
          {download.message ? <Text className='form-error'>{download.message}</Text> : null}
        </View>
      </View>
      {stats.loading ? <Text className='region-loading'>正在统计…</Text> : null}
      {stats.error ? <LoadError error={stats.error} onRetry={stats.reload} /> : null}
      {s && charts ? (
        <>
          <Text className='stats-scope'>
            {s.scope.name}，{s.period.from} 至 {s.period.to} 提交的办件；超期按 {s.today} 计
          </Text>
          <View className='stats-cards'>
            {figureCards(s).map((c) => (
              <View key={c.key} className={`card stats-card stats-card-${c.key}${c.alert ? ' stats-card-alert' : ''}`}>
                <Text className='stats-card-label'>{c.label}</Text>
                <Text className='stats-card-value'>{c.value}</Text>
                {c.note ? <Text className='stats-card-note'>{c.note}</Text> : null}
              </View>
            ))}
          </View>
          {s.times.estimated ? <Text className='stats-scope'>部分日期所在年份尚未录入节假日安排，暂按周一至周五计算工作日</Text> : null}
          <View className='card admin-card stats-charts'>
            <ChartCanvas id='stats-status' title='办件状态' spec={charts.status} />
            <ChartCanvas id='stats-times' title='受理与办结用时（工作日）' spec={charts.times} />
            <ChartCanvas id='stats-satisfaction' title='满意度' spec={charts.satisfaction} height={180} />
            <ChartCanvas id='stats-catalog' title='事项目录与改革目标' spec={charts.catalog} />
            <ChartCanvas id='stats-delegations' title='放权赋能（各县区）' spec={charts.delegations} height={s.delegations.length > 3 ? 280 : 200} />
            <Text className='stats-report'>{reportNote(s)}</Text>
          </View>
        </>
      ) : null}
    </View>
  )
}
