import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

import LoadError from './LoadError'
import type { ApiState } from '../hooks/useApi'
import Pager from '../ui/Pager'

interface PagedListProps<T> {
  state: ApiState<{ items: T[]; page: number; pageSize: number; total: number }>
  /** Said when the page has no items (e.g. 没有符合条件的办件). */
  empty: string
  /** Classes of the list, e.g. 'row-list work-list'. */
  className: string
  onPage: (page: number) => void
  /** One row (with its key). */
  children: (item: T) => ReactNode
}

/** A page of a paged read inside a card: its failure with 「重试」, 正在加载…, the empty text, or the rows and the pager. */
export default function PagedList<T>({ state, empty, className, onPage, children }: PagedListProps<T>) {
  if (state.error) return <LoadError error={state.error} onRetry={state.reload} />
  if (!state.data) return <Text className='region-loading'>正在加载…</Text>
  const { items, page, pageSize, total } = state.data
  if (items.length === 0) return <Text className='region-empty'>{empty}</Text>
  return (
    <View className={className}>
      {items.map(children)}
      <Pager page={page} pageSize={pageSize} total={total} onPage={onPage} />
    </View>
  )
}
