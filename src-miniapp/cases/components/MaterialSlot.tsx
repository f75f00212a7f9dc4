import { Text } from '@tarojs/components'
import type { Dispatch, SetStateAction } from 'react'

import MaterialUploader from '../../components/MaterialUploader'
import type { MyMaterial } from '../../services/types'
import { addFiles, removeFile, type WizardState } from '../../view-models/applyWizard'

interface MaterialSlotProps {
  materialId: string
  /** Shown over the uploader once the resident has tried to go on. */
  error: string | undefined
  mine: readonly MyMaterial[] | null
  state: WizardState
  setState: Dispatch<SetStateAction<WizardState>>
}

/** The files of one material being gathered (the apply checklist, an item of a correction), under its error. */
export default function MaterialSlot({ materialId, error, mine, state, setState }: MaterialSlotProps) {
  return (
    <>
      {error ? <Text className='field-error'>{error}</Text> : null}
      <MaterialUploader
        files={state.materials[materialId] ?? []}
        mine={mine}
        onAdd={(files) => setState((s) => addFiles(s, materialId, files))}
        onRemove={(fileId) => setState((s) => removeFile(s, materialId, fileId))}
      />
    </>
  )
}
