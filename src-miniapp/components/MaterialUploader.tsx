import { Text, View } from '@tarojs/components'
import { useState } from 'react'

import FileThumb from './FileThumb'
import { toApiError } from '../services/errors'
import { choosePdfs, choosePhotos } from '../services/materialFiles'
import { uploadMaterial } from '../services/uploads'
import type { MyMaterial } from '../services/types'
import { MAX_FILES_PER_MATERIAL, attached, type AttachedFile } from '../view-models/applyWizard'
import './MaterialUploader.css'

interface MaterialUploaderProps {
  files: readonly AttachedFile[]
  onAdd: (files: AttachedFile[]) => void
  onRemove: (id: string) => void
  /** 我的材料 to reuse (null while loading or when the list failed). */
  mine: readonly MyMaterial[] | null
}

/**
 * The files of one material: what is attached (tap to look, × to take off), 拍照 and 相册 (photos are compressed and
 * uploaded at once), a PDF (from a WeChat chat on the mini-program), and 我的材料 (a file uploaded for an earlier
 * case, used again without uploading it again).
 */
export default function MaterialUploader({ files, onAdd, onRemove, mine }: MaterialUploaderProps) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [picking, setPicking] = useState(false)
  const room = MAX_FILES_PER_MATERIAL - files.length

  const take = async (source: 'album' | 'camera' | 'pdf') => {
    if (busy || room <= 0) return
    setError(null)
    const count = Math.min(9, room)
    const picked = source === 'pdf' ? await choosePdfs(count) : await choosePhotos(source, count)
    if (picked.length === 0) return
    setBusy(true)
    try {
      const added: AttachedFile[] = []
      for (const file of picked) added.push(attached(await uploadMaterial(file)))
      onAdd(added)
    } catch (err) {
      setError(toApiError(err).message)
    } finally {
      setBusy(false)
    }
  }

  const reusable = (mine ?? []).filter((m) => !files.some((f) => f.id === m.id))

  return (
    <View className='material-uploader'>
      {files.length > 0 ? (
        <View className='uploaded-files'>
          {files.map((f) => (
            <FileThumb key={f.id} file={f} siblings={files} onRemove={() => onRemove(f.id)} />
          ))}
        </View>
      ) : null}
      {error ? <Text className='upload-error'>{error}</Text> : null}
      {busy ? <Text className='upload-busy'>正在上传…</Text> : null}
      {room > 0 ? (
        <View className='upload-actions'>
          <Text className='upload-action upload-camera' onClick={() => void take('camera')}>
            拍照
          </Text>
          <Text className='upload-action upload-album' onClick={() => void take('album')}>
            从相册选择
          </Text>
          <Text className='upload-action upload-pdf' onClick={() => void take('pdf')}>
            {process.env.TARO_ENV === 'weapp' ? '从聊天选PDF' : '选择PDF文件'}
          </Text>
          {reusable.length > 0 ? (
            <Text className='upload-action upload-mine' onClick={() => setPicking((p) => !p)}>
              {picking ? '收起我的材料' : '我的材料'}
            </Text>
          ) : null}
        </View>
      ) : (
        <Text className='upload-full'>每项材料最多 {MAX_FILES_PER_MATERIAL} 个文件</Text>
      )}
      {picking && reusable.length > 0 ? (
        <View className='my-materials'>
          <Text className='my-materials-hint'>点选以前上传过的文件，直接用于本项材料</Text>
          {reusable.map((m) => (
            <View
              key={m.id}
              className='my-material-item'
              hoverClass='link-hover'
              onClick={() => {
                onAdd([attached(m)])
                setPicking(false)
              }}
            >
              <FileThumb file={m} className='my-material-thumb' />
              <View className='my-material-text'>
                <Text className='my-material-name'>{m.fileName ?? '未命名文件'}</Text>
                <Text className='my-material-used'>
                  {m.usedFor.length > 0 ? `曾用于：${m.usedFor.map((u) => u.materialName).join('、')}` : '尚未用于办件'}
                </Text>
              </View>
              <Text className='my-material-use'>使用</Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  )
}
