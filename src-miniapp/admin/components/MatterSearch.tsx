import { Text, View } from '@tarojs/components'
import { useState } from 'react'

import { searchMatters } from '../../view-models/delegationForm'
import type { MatterSummary } from '../../services/types'
import { LinkButton, TextBox } from '../../ui/controls'
import './MatterSearch.css'

interface MatterSearchProps {
  /** Every published matter (loaded once by the page). */
  matters: readonly MatterSummary[]
  value: MatterSummary | null
  onChange: (matter: MatterSummary | null) => void
  /** Leave out 市级 matters (they cannot be delegated). */
  delegable?: boolean
  className?: string
  placeholder?: string
}

/** Choosing a matter by typing part of its name: up to 8 matches to tap; the choice shows with 「更换」. */
export default function MatterSearch({ matters, value, onChange, delegable = false, className = '', placeholder = '输入事项名称中的字，如 无犯罪记录' }: MatterSearchProps) {
  const [text, setText] = useState('')
  if (value) {
    return (
      <View className={`matter-search matter-chosen ${className}`}>
        <Text className='matter-chosen-name'>{value.name}</Text>
        <Text className='matter-chosen-meta'>
          {value.department.name} · {value.code}
        </Text>
        <LinkButton className='matter-change' onClick={() => onChange(null)}>
          更换
        </LinkButton>
      </View>
    )
  }
  const found = searchMatters(matters, text, { delegable })
  return (
    <View className={`matter-search ${className}`}>
      <TextBox className='matter-search-input' value={text} placeholder={placeholder} maxlength={40} onChange={setText} />
      {text.trim() && found.length === 0 ? <Text className='form-hint matter-none'>没有找到名称中含“{text.trim()}”的在用事项</Text> : null}
      {found.length > 0 ? (
        <View className='matter-options'>
          {found.map((m) => (
            <View
              key={m.id}
              className='matter-option'
              hoverClass='menu-item-hover'
              onClick={() => {
                onChange(m)
                setText('')
              }}
            >
              <Text className='matter-option-name'>{m.name}</Text>
              <Text className='matter-option-meta'>{m.department.name}</Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  )
}
