import { Text, View } from '@tarojs/components'

import './Pager.css'

interface PagerProps {
  page: number
  pageSize: number
  total: number
  onPage: (page: number) => void
}

/** 「上一页 · 第 2 / 8 页（共 376 条） · 下一页」; nothing when everything fits on one page. */
export default function Pager({ page, pageSize, total, onPage }: PagerProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize))
  if (pages <= 1) return null
  return (
    <View className='pager'>
      <Text className={`link-button pager-prev${page <= 1 ? ' link-disabled' : ''}`} onClick={() => page > 1 && onPage(page - 1)}>
        上一页
      </Text>
      <Text className='pager-text'>
        第 {page} / {pages} 页（共 {total} 条）
      </Text>
      <Text
        className={`link-button pager-next${page >= pages ? ' link-disabled' : ''}`}
        onClick={() => page < pages && onPage(page + 1)}
      >
        下一页
      </Text>
    </View>
  )
}
