import { Text, View } from '@tarojs/components'

import FileThumb from './FileThumb'
import { NECESSITY_LABELS } from '../view-models/guideView'
import { latestFiles } from '../view-models/caseView'
import type { CaseMaterial } from '../services/types'
import './CaseMaterials.css'

/** A case's materials with their files: the latest round first, earlier rounds (before a correction) after. */
export default function CaseMaterials({ materials }: { materials: readonly CaseMaterial[] }) {
  if (materials.length === 0) return <Text className='region-empty'>没有上传材料</Text>
  return (
    <View className='row-list case-materials'>
      {materials.map((m) => {
        const { current, earlier } = latestFiles(m)
        return (
          <View key={m.materialId} className='row-list-item case-material' data-material={m.materialId}>
            <View className='row-list-head case-material-head'>
              <Text className='row-list-name case-material-name'>{m.name}</Text>
              {m.necessity ? <Text className={`tag necessity necessity-${m.necessity}`}>{NECESSITY_LABELS[m.necessity]}</Text> : null}
            </View>
            <View className='case-material-files'>
              {current.map((f) => (
                <FileThumb key={f.id} file={f} siblings={current} />
              ))}
            </View>
            {earlier.length > 0 ? (
              <View className='case-material-earlier'>
                <Text className='case-material-earlier-title'>补正前的文件</Text>
                <View className='case-material-files'>
                  {earlier.map((f) => (
                    <FileThumb key={f.id} file={f} siblings={earlier} className='file-thumb-earlier' />
                  ))}
                </View>
              </View>
            ) : null}
          </View>
        )
      })}
    </View>
  )
}
