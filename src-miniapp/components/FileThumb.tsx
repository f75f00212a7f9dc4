import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'

import { useFileUrl } from '../hooks/useFileUrl'
import { toApiError } from '../services/errors'
import { openFile } from '../services/materialFiles'
import type { Upload } from '../services/types'
import './FileThumb.css'

export interface ThumbFile {
  id: string
  mime: Upload['mime'] | null
  hasPreview: boolean
  name?: string | null
}

interface FileThumbProps {
  file: ThumbFile
  /** The images shown with it when it opens full screen (swipe through a material's photos). */
  siblings?: readonly ThumbFile[]
  /** Shows × (the wizard, before the file is sent). */
  onRemove?: () => void
  className?: string
}

/**
 * One material file as a small square: the image's preview, or a PDF badge. Tapping opens it (images full screen with
 * zoom, a PDF in the document viewer or a browser tab).
 */
export default function FileThumb({ file, siblings, onRemove, className = '' }: FileThumbProps) {
  const isPdf = file.mime === 'application/pdf'
  const preview = useFileUrl(file.hasPreview && !isPdf ? file.id : null, 'preview')

  const open = () => {
    if (!file.mime) return
    const known = (siblings ?? [file]).filter((f): f is ThumbFile & { mime: Upload['mime'] } => f.mime !== null)
    openFile({ id: file.id, mime: file.mime }, known).catch((err) => {
      void Taro.showToast({ title: toApiError(err).message, icon: 'none' })
    })
  }

  return (
    <View className={`file-thumb${isPdf ? ' file-thumb-pdf' : ''} ${className}`}>
      <View className='file-thumb-body' onClick={open}>
        {preview.data ? (
          <Image className='file-thumb-image' src={preview.data} mode='aspectFill' />
        ) : (
          <Text className='file-thumb-kind'>{isPdf ? 'PDF' : file.mime ? '图片' : '文件'}</Text>
        )}
      </View>
      {file.name ? <Text className='file-thumb-name'>{file.name}</Text> : null}
      {onRemove ? (
        <Text className='file-remove' onClick={onRemove}>
          ×
        </Text>
      ) : null}
    </View>
  )
}
