import { Text, View } from '@tarojs/components'
import { useState } from 'react'

import { addTag } from '../view-models/draftEditor/values'
import { TextBox } from './controls'
import './Tags.css'

/** Tags (别名, 关键词): each with ×, and a box that adds one on 「添加」 or Enter. */
export default function Tags({ tags, onChange, placeholder, className = '' }: { tags: readonly string[]; onChange: (tags: string[]) => void; placeholder?: string; className?: string }) {
  const [text, setText] = useState('')
  const add = () => {
    const next = addTag(tags, text)
    if (next.length !== tags.length) onChange(next)
    setText('')
  }
  return (
    <View className={`tags ${className}`}>
      <View className='tag-list'>
        {tags.map((tag, i) => (
          <View key={`${tag}-${i}`} className='tag'>
            <Text className='tag-text'>{tag}</Text>
            <Text className='tag-remove' onClick={() => onChange(tags.filter((_, j) => j !== i))}>
              ×
            </Text>
          </View>
        ))}
      </View>
      <View className='tag-add'>
        <TextBox className='tag-input' value={text} onChange={setText} placeholder={placeholder} maxlength={30} onConfirm={add} />
        <Text className='link-button tag-add-button' onClick={add}>
          添加
        </Text>
      </View>
    </View>
  )
}
