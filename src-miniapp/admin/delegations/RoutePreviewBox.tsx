import { Text, View } from '@tarojs/components'
import { useState } from 'react'

import type { RoutePreview } from '@shared/contracts/catalog-admin'
import { useAction } from '../../hooks/useForm'
import { useRegions } from '../../hooks/useRegions'
import { previewRoute } from '../../services/adminApi'
import type { MatterSummary, Region } from '../../services/types'
import ActionButton from '../../ui/ActionButton'
import { Chips, Field, TextBox } from '../../ui/controls'
import { hasErrors, type FieldErrors } from '../../view-models/forms'
import {
  QUEUE_KIND_LABELS,
  checkPreview,
  chinaToday,
  previewRegion,
  type PreviewField,
  type PreviewFormValues
} from '../../view-models/delegationForm'
import MatterSearch from '../components/MatterSearch'
import './RoutePreviewBox.css'

interface RoutePreviewBoxProps {
  countyCode: string
  matters: readonly MatterSummary[]
  townships: readonly Region[]
}

/** 路由预览: matter + township (or village) + date → the queue a case would reach, and why. */
export default function RoutePreviewBox({ countyCode, matters, townships }: RoutePreviewBoxProps) {
  const [values, setValues] = useState<PreviewFormValues>(() => ({ matter: null, townshipCode: '', villageCode: '', at: chinaToday() }))
  const villages = useRegions(values.townshipCode)
  const [errors, setErrors] = useState<FieldErrors<PreviewField>>({})
  const [result, setResult] = useState<RoutePreview | null>(null)
  const action = useAction()

  // Another county: the township chosen belongs to the old one.
  const [forCounty, setForCounty] = useState(countyCode)
  if (forCounty !== countyCode) {
    setForCounty(countyCode)
    setValues((v) => ({ ...v, townshipCode: '', villageCode: '' }))
    setResult(null)
  }

  const change = (next: Partial<PreviewFormValues>) => {
    setValues((v) => ({ ...v, ...next }))
    setResult(null)
  }

  const preview = async () => {
    if (action.busy) return
    const found = checkPreview(values)
    setErrors(found)
    action.setMessage(null)
    const { matter } = values
    if (hasErrors(found) || !matter) return
    await action.run(
      async () => setResult(await previewRoute(matter.id, previewRegion(values), values.at.trim())),
      (error) => {
        setResult(null)
        return error.message
      }
    )
  }

  return (
    <View className='card admin-card route-preview'>
      <Text className='section-title'>路由预览</Text>
      <Text className='form-note'>某事项在某地、某日提交时，会进入哪个办理队列，以及原因。</Text>
      <View className='admin-grid'>
        <Field name='preview-matterId' label='事项' error={errors.matterId} wide>
          <MatterSearch className='preview-matter' matters={matters} value={values.matter} onChange={(matter) => change({ matter })} />
        </Field>
        <Field name='preview-regionCode' label='乡镇（街道）' error={errors.regionCode} wide>
          <Chips
            className='preview-township'
            options={townships.map((t) => ({ value: t.code, label: t.name }))}
            value={values.townshipCode}
            onChange={(townshipCode) => change({ townshipCode, villageCode: '' })}
          />
        </Field>
        {values.townshipCode && villages.data && villages.data.length > 0 ? (
          <Field name='preview-village' label='村（社区）' hint='可不选' wide>
            <Chips
              className='preview-village'
              options={[{ value: '', label: '不选' }, ...villages.data.map((v) => ({ value: v.code, label: v.name }))]}
              value={values.villageCode}
              onChange={(villageCode) => change({ villageCode })}
            />
          </Field>
        ) : null}
        <Field name='preview-at' label='提交日期' hint='YYYY-MM-DD' error={errors.at}>
          <TextBox className='preview-date' value={values.at} maxlength={10} onChange={(at) => change({ at })} />
        </Field>
      </View>
      <View className='action-row'>
        <ActionButton className='primary-button admin-button preview-button' busy={action.busy} onClick={preview}>
          预览
        </ActionButton>
      </View>
      {action.message ? <Text className='form-message preview-message'>{action.message}</Text> : null}
      {result ? (
        <View className='preview-result'>
          <View className='draft-main'>
            <Text className='preview-queue'>{result.queue.name}</Text>
            <Text className='badge preview-kind'>{QUEUE_KIND_LABELS[result.queue.kind] ?? result.queue.kind}</Text>
          </View>
          <Text className='preview-reason'>{result.reason}</Text>
        </View>
      ) : null}
    </View>
  )
}
