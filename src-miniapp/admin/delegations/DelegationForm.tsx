import { Text, View } from '@tarojs/components'
import { useState } from 'react'

import type { Delegation } from '@shared/contracts/catalog-admin'
import { scrollToSelector } from '../../adminNavigation'
import { useForm } from '../../hooks/useForm'
import { createDelegation } from '../../services/adminApi'
import type { MatterSummary, Region } from '../../services/types'
import { Chips, ErrorSummary, Field, TextBox, Toggle, fieldId } from '../../ui/controls'
import {
  DELEGATION_FIELDS,
  POWER_SOURCES,
  checkDelegation,
  chinaToday,
  chooseAllTownships,
  delegationInput,
  emptyDelegationForm,
  toggleTownship,
  type DelegationField,
  type DelegationFormValues
} from '../../view-models/delegationForm'
import ConfirmButtons from '../components/ConfirmButtons'
import MatterSearch from '../components/MatterSearch'

const DELEGATION_LABELS: Record<DelegationField, string> = {
  matterId: '事项',
  townshipCodes: '承接的乡镇（街道）',
  powerSource: '权力来源',
  documentNo: '决定文号',
  effectiveFrom: '生效日期'
}

interface DelegationFormProps {
  countyCode: string
  matters: readonly MatterSummary[]
  townships: readonly Region[]
  onCreated: (delegation: Delegation) => void
  onCancel: () => void
}

/** 新增下放: a matter, the townships that take it up, the power source, the decision and its date. */
export default function DelegationForm({ countyCode, matters, townships, onCreated, onCancel }: DelegationFormProps) {
  const [values, setValues] = useState<DelegationFormValues>(() => emptyDelegationForm(chinaToday()))
  const form = useForm(DELEGATION_FIELDS)
  const { errors } = form

  const change = (next: DelegationFormValues) => {
    setValues(next)
    // Once submitted, messages follow the values.
    if (form.submitted) form.setErrors(checkDelegation(next))
  }

  const submit = () => form.submit(checkDelegation(values), async () => onCreated(await createDelegation(delegationInput(countyCode, values))))

  return (
    <View className='card admin-card delegation-form'>
      <Text className='section-title'>新增下放</Text>
      <ErrorSummary
        items={form.summary.map((s) => ({ field: s.field, message: `${DELEGATION_LABELS[s.field]}：${s.message}` }))}
        onSelect={(field) => scrollToSelector(`#${fieldId(`new-${field}`)}`)}
      />
      {form.message ? <Text className='form-message'>{form.message}</Text> : null}
      <View className='admin-grid'>
        <Field name='new-matterId' label={DELEGATION_LABELS.matterId} hint='市级事项不能下放' error={errors.matterId} wide>
          <MatterSearch className='new-matter' matters={matters} value={values.matter} delegable onChange={(matter) => change({ ...values, matter })} />
        </Field>
        <Field name='new-townshipCodes' label={DELEGATION_LABELS.townshipCodes} error={errors.townshipCodes} wide>
          <View className='chip-group township-choices'>
            <Toggle className='township-all' label='全部乡镇（街道）' value={values.allTownships} onChange={() => change(chooseAllTownships(values))} />
            {townships.map((t) => (
              <Toggle
                key={t.code}
                className={`township-${t.code}`}
                label={t.name}
                value={values.townshipCodes.includes(t.code)}
                onChange={() => change(toggleTownship(values, t.code))}
              />
            ))}
          </View>
          <View className='chip-group'>
            <Toggle
              className='to-villages'
              label='并延伸至村（社区）便民服务站'
              value={values.toVillages}
              onChange={(toVillages) => change({ ...values, toVillages })}
            />
          </View>
        </Field>
        <Field name='new-powerSource' label={DELEGATION_LABELS.powerSource} error={errors.powerSource}>
          <Chips className='power-source' options={POWER_SOURCES} value={values.powerSource} onChange={(powerSource) => change({ ...values, powerSource })} />
        </Field>
        <Field name='new-documentNo' label={DELEGATION_LABELS.documentNo} error={errors.documentNo}>
          <TextBox className='new-document' value={values.documentNo} maxlength={64} placeholder='例如 安殷编〔2021〕6号' onChange={(documentNo) => change({ ...values, documentNo })} />
        </Field>
        <Field name='new-effectiveFrom' label={DELEGATION_LABELS.effectiveFrom} hint='YYYY-MM-DD' error={errors.effectiveFrom}>
          <TextBox className='new-date' value={values.effectiveFrom} maxlength={10} onChange={(effectiveFrom) => change({ ...values, effectiveFrom })} />
        </Field>
        <Field name='new-takenUp' label='承接情况' hint='乡镇尚未承接时，办件仍由县直部门办理'>
          <View className='chip-group'>
            <Toggle className='taken-up' label='已承接' value={values.takenUp} onChange={(takenUp) => change({ ...values, takenUp })} />
          </View>
        </Field>
      </View>
      <ConfirmButtons cancelClass='delegation-cancel' confirmClass='delegation-submit' busy={form.busy} onCancel={onCancel} onConfirm={submit}>
        保存下放
      </ConfirmButtons>
    </View>
  )
}
