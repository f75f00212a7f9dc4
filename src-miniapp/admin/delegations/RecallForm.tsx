import { Text, View } from '@tarojs/components'
import { useState } from 'react'

import type { Delegation, RecallInput } from '@shared/contracts/catalog-admin'
import { useForm } from '../../hooks/useForm'
import { recallDelegation } from '../../services/adminApi'
import { Field, TextBox } from '../../ui/controls'
import { RECALL_FIELDS, checkRecall, chinaToday, recallInput, type RecallField } from '../../view-models/delegationForm'
import ConfirmButtons from '../components/ConfirmButtons'
import './RecallForm.css'

const RECALL_LABELS: Record<RecallField, string> = { effectiveUntil: '收回日期', documentNo: '收回文号', reason: '收回原因' }

interface RecallFormProps {
  delegation: Delegation
  onCancel: () => void
  onDone: (delegation: Delegation) => void
}

/** 收回: the date from which new cases go back to the county department, the decision's number and why. */
export default function RecallForm({ delegation, onCancel, onDone }: RecallFormProps) {
  const [values, setValues] = useState<RecallInput>({ effectiveUntil: chinaToday(), documentNo: '', reason: '' })
  const form = useForm(RECALL_FIELDS)
  const { errors } = form
  const set = (field: RecallField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }))
    form.setErrors((e) => ({ ...e, [field]: undefined }))
  }

  const submit = () =>
    form.submit(checkRecall(values, delegation), async () => onDone(await recallDelegation(delegation.id, recallInput(values))))

  return (
    <View className='recall-form'>
      <Text className='form-note'>自收回日期起，新的办件由县直部门办理；已分派的办件不受影响，记录不会删除。</Text>
      <View className='admin-grid'>
        <Field name='recall-effectiveUntil' label={RECALL_LABELS.effectiveUntil} hint='YYYY-MM-DD，应晚于下放生效日期' error={errors.effectiveUntil}>
          <TextBox className='recall-date' value={values.effectiveUntil} maxlength={10} onChange={(v) => set('effectiveUntil', v)} />
        </Field>
        <Field name='recall-documentNo' label={RECALL_LABELS.documentNo} error={errors.documentNo}>
          <TextBox className='recall-document' value={values.documentNo} maxlength={64} placeholder='例如 安殷编〔2022〕11号' onChange={(v) => set('documentNo', v)} />
        </Field>
        <Field name='recall-reason' label={RECALL_LABELS.reason} error={errors.reason} wide>
          <TextBox multiline className='recall-reason' value={values.reason} maxlength={500} onChange={(v) => set('reason', v)} />
        </Field>
      </View>
      {form.message ? <Text className='form-message'>{form.message}</Text> : null}
      <ConfirmButtons cancelClass='recall-cancel' confirmClass='recall-confirm' busy={form.busy} onCancel={onCancel} onConfirm={submit}>
        确认收回
      </ConfirmButtons>
    </View>
  )
}
