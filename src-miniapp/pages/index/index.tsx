import { Text, View } from '@tarojs/components'
import { useMemo, useState, type ReactNode } from 'react'

import CountyPicker from '../../components/CountyPicker'
import LoadError from '../../components/LoadError'
import MatterRow from '../../components/MatterRow'
import PageHeader from '../../components/PageHeader'
import RegionList from '../../components/RegionList'
import type { ApiState } from '../../hooks/useApi'
import { useAllMatters, useDepartments } from '../../hooks/useCatalog'
import { useCounty } from '../../hooks/useCounty'
import { useRegions } from '../../hooks/useRegions'
import { openAssistant, openCatalogList, openPage, openRegion, SEARCH_PAGE } from '../../navigation'
import { commonMatters, departmentsByCount, topicCounts } from '../../services/catalog'
import type { Region } from '../../services/types'
import '../../components/SearchBox.css'
import './index.css'

/** Division code of 安阳市; its children are the county-level units. */
const CITY_CODE = '4105'

/** Departments shown before 「查看全部部门」. */
const FIRST_DEPARTMENTS = 8

/**
 * Home: the search box (opens the search page), 智能客服, 按主题办 (life events), 按部门办, 常用事项, and the 办事地区
 * (county) whose office the guides show. Every published matter is loaded once for the topics and 常用事项.
 */
export default function IndexPage() {
  const regions = useRegions(CITY_CODE)
  const [county, setCounty] = useCounty()
  const townships = useRegions(county?.code ?? '')
  // The first option keeps the whole county; any other makes that township the 办事地区.
  const townshipOptions = county ? [{ code: county.code, name: '全县（区）' }, ...(townships.data ?? [])] : []

  // Choosing a county in the list below also makes it the 办事地区.
  const selectRegion = (region: Region) => {
    setCounty({ code: region.code, name: region.name })
    openRegion(region)
  }

  return (
    <View className='page home-page'>
      <PageHeader title='掌上办' subtitle='安阳市政务服务 · 指尖办理' className='home-header' titleClass='home-title' subtitleClass='home-subtitle'>
        <CountyPicker
          className='home-county'
          label='办事地区'
          placeholder='未选择（默认文峰区）'
          counties={regions.data ?? []}
          value={county}
          onChange={setCounty}
        />
        {county ? (
          <CountyPicker
            className='home-township'
            label='乡镇街道'
            counties={townshipOptions}
            value={county.township ?? townshipOptions[0]}
            onChange={(t) => setCounty(t.code === county.code ? { code: county.code, name: county.name } : { ...county, township: t })}
          />
        ) : null}
        <View className='search-box home-search' hoverClass='link-hover' onClick={() => openPage(SEARCH_PAGE)}>
          <View className='search-icon' />
          <Text className='search-placeholder home-search-text'>搜索事项，如：残疾证丢了、低保、dibao</Text>
        </View>
        <Text className='home-ask' onClick={() => openAssistant()}>智能客服 ›</Text>
      </PageHeader>
      <Catalog />
      <View className='card'>
        <Text className='section-title'>选择办事地区</Text>
        <RegionList {...regions} onSelect={selectRegion} emptyText='暂无可选地区' onHomePage />
      </View>
    </View>
  )
}

function Catalog() {
  const all = useAllMatters()
  const departments = useDepartments()
  const [allDepartments, setAllDepartments] = useState(false)
  const common = useMemo(() => commonMatters(all.data ?? []), [all.data])
  const topics = useMemo(() => topicCounts(all.data ?? []), [all.data])
  const sortedDepartments = useMemo(() => departmentsByCount(departments.data ?? []), [departments.data])
  const shownDepartments = allDepartments ? sortedDepartments : sortedDepartments.slice(0, FIRST_DEPARTMENTS)

  return (
    <>
      <HomeCard className='topic-card' title='按主题办' state={all}>
        {topics.length > 0 ? (
          <View className='topic-grid'>
            {topics.map(({ topic, count }) => (
              <View
                key={topic}
                className='topic-item'
                hoverClass='menu-item-hover'
                onClick={() => openCatalogList({ kind: 'topic', topic })}
              >
                <Text className='topic-name'>{topic}</Text>
                <Text className='topic-count'>{count} 项</Text>
              </View>
            ))}
          </View>
        ) : null}
      </HomeCard>

      <HomeCard className='common-card' title='常用事项' state={all}>
        {common.length > 0 ? (
          <View className='matter-list'>
            {common.map((matter) => (
              <MatterRow key={matter.id} matter={matter} className='matter-item common-matter' />
            ))}
          </View>
        ) : null}
      </HomeCard>

      <HomeCard className='department-card' title='按部门办' state={departments}>
        {shownDepartments.length > 0 ? (
          <View className='department-list'>
            {shownDepartments.map((d) => (
              <View
                key={d.code}
                className='department-item'
                hoverClass='menu-item-hover'
                onClick={() => openCatalogList({ kind: 'department', code: d.code, name: d.name })}
              >
                <Text className='department-name'>{d.name}</Text>
                <Text className='department-count'>{d.matterCount} 项</Text>
                <Text className='menu-arrow'>›</Text>
              </View>
            ))}
          </View>
        ) : null}
        {departments.data && departments.data.length > FIRST_DEPARTMENTS ? (
          <View
            className='list-toggle department-toggle'
            hoverClass='link-hover'
            onClick={() => setAllDepartments((shown) => !shown)}
          >
            <Text>{allDepartments ? '收起' : `查看全部 ${departments.data.length} 个部门`}</Text>
          </View>
        ) : null}
      </HomeCard>
    </>
  )
}

interface HomeCardProps {
  className: string
  title: string
  /** What the card lists: 正在加载… until it is there, or the error with 「重试」. */
  state: Pick<ApiState<unknown>, 'loading' | 'error' | 'reload'>
  loadingText?: string
  children: ReactNode
}

function HomeCard({ className, title, state, loadingText = '正在加载…', children }: HomeCardProps) {
  return (
    <View className={`card ${className}`}>
      <Text className='section-title'>{title}</Text>
      {state.loading ? <Text className='region-loading'>{loadingText}</Text> : null}
      {state.error ? <LoadError error={state.error} onRetry={state.reload} onHomePage /> : null}
      {children}
    </View>
  )
}
