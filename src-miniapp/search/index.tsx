import { Input, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useMemo, useState } from 'react'

import LoadError from '../components/LoadError'
import MatterRow from '../components/MatterRow'
import { useAllMatters } from '../hooks/useCatalog'
import { useCounty } from '../hooks/useCounty'
import { useRecentSearches, useSearchResults, useSuggestions } from '../hooks/useSearch'
import { decodeParam, openAssistant, openMatter } from '../navigation'
import { commonMatters } from '../services/catalog'
import { recordSearchClick, type SearchAnswer, type SearchItem } from '../services/search'
import { highlightParts } from '../view-models/searchView'
import '../components/SearchBox.css'
import './index.css'

/**
 * 搜索事项: suggestions while typing (names and aliases, pinyin too), results when the search is sent (the keyboard's
 * 搜索, the button, a suggestion or a recent search), each with department, level, 可掌上办, the words it met and
 * why; recent searches kept on the phone; when nothing is found, the assistant (智能客服, 转人工) and 常用事项.
 */
export default function SearchPage() {
  const router = useRouter()
  const [county] = useCounty()
  const initial = decodeParam(router.params.q)
  const [typing, setTyping] = useState(initial)
  const [query, setQuery] = useState<string | null>(initial.trim() || null)
  const recent = useRecentSearches()
  const results = useSearchResults(query, county?.code)
  const suggestions = useSuggestions(query === null || typing.trim() !== query ? typing : '')

  const submit = (text: string) => {
    const clean = text.trim()
    if (!clean) return
    setTyping(clean)
    setQuery(clean)
    recent.add(clean)
  }
  const editing = typing.trim() !== '' && typing.trim() !== query

  return (
    <View className='page search-page'>
      <View className='search-bar'>
        <View className='search-box search-page-box'>
          <View className='search-icon' />
          <Input
            className='search-input'
            type='text'
            confirmType='search'
            focus
            value={typing}
            maxlength={100}
            placeholder='说说您要办什么，如：残疾证丢了、dibao'
            placeholderClass='search-placeholder'
            onInput={(e) => setTyping(e.detail.value)}
            onConfirm={(e) => submit(e.detail.value)}
          />
          {typing ? (
            <Text className='search-clear' onClick={() => { setTyping(''); setQuery(null) }}>
              清除
            </Text>
          ) : null}
        </View>
        <Text className='search-go' onClick={() => submit(typing)}>
          搜索
        </Text>
      </View>

      {editing && suggestions.data && suggestions.data.items.length > 0 ? (
        <View className='card suggest-card'>
          {suggestions.data.items.map((s) => (
            <View key={`${s.text}-${s.matterId}`} className='suggest-item' hoverClass='menu-item-hover' onClick={() => submit(s.text)}>
              <Text className='suggest-text'>{s.text}</Text>
            </View>
          ))}
        </View>
      ) : null}

      {query === null ? <Recent list={recent.list} onPick={submit} onClear={recent.clear} /> : null}
      {query !== null && !editing ? (
        <View className='card result-card'>
          {results.loading ? <Text className='region-loading'>正在搜索…</Text> : null}
          {results.error ? <LoadError error={results.error} onRetry={results.reload} /> : null}
          {results.data ? <Results answer={results.data} query={query} /> : null}
        </View>
      ) : null}
      {query === null || (results.data && results.data.items.length === 0) ? <CommonMatters /> : null}
    </View>
  )
}

function Results({ answer, query }: { answer: SearchAnswer; query: string }) {
  if (answer.items.length === 0) {
    return (
      <View className='search-empty'>
        <Text className='search-empty-text'>没有找到与「{query}」相关的事项。可以换个说法试试，或者问问智能客服。</Text>
        <View className='assistant-entry' hoverClass='link-hover' onClick={() => openAssistant(query)}>
          <Text>问问智能客服（转人工）</Text>
        </View>
      </View>
    )
  }
  const understood = answer.understood.filter((u) => !/^[a-z]+$/.test(u.from))
  return (
    <View className='matter-list'>
      <Text className='list-count search-count'>找到 {answer.total} 个事项</Text>
      {understood.length > 0 ? (
        <Text className='search-understood'>
          已按常用说法理解：{understood.map((u) => `${u.from} → ${u.to.slice(0, 3).join('、')}`).join('；')}
        </Text>
      ) : null}
      {answer.items.map((item) => (
        <ResultRow key={item.id} item={item} queryId={answer.queryId} />
      ))}
    </View>
  )
}

function ResultRow({ item, queryId }: { item: SearchItem; queryId: string | null }) {
  const parts = useMemo(() => highlightParts(item.name, item.highlights), [item.name, item.highlights])
  const open = () => {
    void recordSearchClick(queryId, item.id)
    openMatter(item)
  }
  return (
    <View className='matter-row search-result' hoverClass='menu-item-hover' onClick={open}>
      <View className='matter-row-main'>
        <Text className='matter-name'>
          {parts.map((p, i) => (
            <Text key={i} className={p.hit ? 'name-hit' : undefined}>
              {p.text}
            </Text>
          ))}
        </Text>
        <View className='matter-meta'>
          {item.handheld ? <Text className='tag tag-handheld'>可掌上办</Text> : null}
          <Text className='matter-department'>{item.department.name}</Text>
          <Text className='matter-level'>{item.levelName}</Text>
        </View>
        {item.reason ? <Text className='result-reason'>{item.reason}</Text> : null}
      </View>
      <Text className='menu-arrow'>›</Text>
    </View>
  )
}

function Recent({ list, onPick, onClear }: { list: string[]; onPick: (text: string) => void; onClear: () => void }) {
  if (list.length === 0) return null
  return (
    <View className='card recent-card'>
      <View className='recent-head'>
        <Text className='section-title'>最近搜索</Text>
        <Text className='recent-clear' onClick={onClear}>
          清空
        </Text>
      </View>
      <View className='recent-list'>
        {list.map((text) => (
          <Text key={text} className='recent-item' onClick={() => onPick(text)}>
            {text}
          </Text>
        ))}
      </View>
    </View>
  )
}

function CommonMatters() {
  const all = useAllMatters()
  const common = useMemo(() => commonMatters(all.data ?? []), [all.data])
  if (common.length === 0) return null
  return (
    <View className='card common-card'>
      <Text className='section-title'>常用事项</Text>
      <View className='matter-list'>
        {common.map((matter) => (
          <MatterRow key={matter.id} matter={matter} className='matter-item common-matter' />
        ))}
      </View>
    </View>
  )
}
