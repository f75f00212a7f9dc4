import { Text, View } from '@tarojs/components'
import Taro, { useReachBottom } from '@tarojs/taro'
import { useEffect, useState } from 'react'

import LoadError from '../../components/LoadError'
import MatterRow from '../../components/MatterRow'
import PageHeader from '../../components/PageHeader'
import { useMatterList } from '../../hooks/useCatalog'
import { usePageParams } from '../../hooks/usePageParams'
import { listFilterFromParams, listTitle } from '../../services/catalog'
import { ApiError } from '../../services/errors'
import './list.css'

const badLink = new ApiError({ status: 0, code: 'BAD_LINK', message: '链接有误：没有指明要查看的部门或主题' })

/** The matters of one department (`?department=<code>&name=`) or one life-event topic (`?topic=`), 20 at a time. */
export default function CatalogListPage() {
  const filter = listFilterFromParams(usePageParams('department', 'topic', 'name'))
  const [onlineOnly, setOnlineOnly] = useState(false)
  const list = useMatterList(filter, onlineOnly)
  const title = listTitle(filter, list.items[0])
  const subtitle = !filter ? '' : filter.kind === 'topic' ? '按主题办' : '按部门办'

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title })
  }, [title])

  useReachBottom(() => {
    if (!list.error) list.loadMore()
  })

  const firstLoad = list.pages === 0

  return (
    <View className='page catalog-page'>
      <PageHeader title={title} subtitle={subtitle || '\u00a0'} titleClass='catalog-title' />
      <View className='card'>
        {!filter ? (
          <LoadError error={badLink} onRetry={() => undefined} />
        ) : (
          <>
            <View className='filter-row'>
              <Text
                className={`chip filter-all${onlineOnly ? '' : ' chip-selected'}`}
                onClick={() => setOnlineOnly(false)}
              >
                全部事项
              </Text>
              <Text
                className={`chip filter-online${onlineOnly ? ' chip-selected' : ''}`}
                onClick={() => setOnlineOnly(true)}
              >
                只看可掌上办
              </Text>
            </View>
            {list.total !== null ? (
              <Text className='list-count catalog-count'>共 {list.total} 个事项</Text>
            ) : null}
            {firstLoad && list.loading ? <Text className='region-loading'>正在加载…</Text> : null}
            {firstLoad && list.error ? <LoadError error={list.error} onRetry={list.loadMore} /> : null}
            {list.total === 0 ? (
              <Text className='region-empty'>{onlineOnly ? '暂无可掌上办的事项' : '暂无事项'}</Text>
            ) : null}
            <View className='matter-list'>
              {list.items.map((matter) => (
                <MatterRow
                  key={matter.id}
                  matter={matter}
                  className='matter-item'
                  showDepartment={filter.kind === 'topic'}
                />
              ))}
            </View>
            {!firstLoad ? <ListFooter list={list} /> : null}
          </>
        )}
      </View>
    </View>
  )
}

function ListFooter({ list }: { list: ReturnType<typeof useMatterList> }) {
  if (list.loading) return <Text className='list-footer'>正在加载…</Text>
  if (list.error) {
    return (
      <View className='list-footer load-more' hoverClass='link-hover' onClick={list.loadMore}>
        <Text className='list-footer-error'>{list.error.message}，点此重试</Text>
      </View>
    )
  }
  if (list.hasMore) {
    return (
      <View className='list-footer load-more' hoverClass='link-hover' onClick={list.loadMore}>
        <Text>加载更多</Text>
      </View>
    )
  }
  if (list.items.length > 0) return <Text className='list-footer list-end'>已显示全部 {list.items.length} 个事项</Text>
  return null
}
