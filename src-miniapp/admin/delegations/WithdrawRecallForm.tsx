import { Text, View } from '@tarojs/components'
import { useState } from 'react'

import type { Delegation } from '@shared/contracts/catalog-admin'
import { useAction } from '../../hooks/useForm'
import { withdrawRecall } from '../../services/adminApi'
import { Field, TextBox } from '../../ui/controls'
import { checkWithdrawReason } from '../../view-models/delegationForm'
import ConfirmButtons from '../components/ConfirmButtons'
import './RecallForm.css'

interface WithdrawRecallFormProps {
  delegation: Delegation
  onCancel: () => void
  onDone: (delegation: Delegation) => void
}

/** 撤回收回: a recall whose day has not come is taken back, with the reason (kept in the audit trail). */
export default function WithdrawRecallForm({ delegation, onCancel, onDone }: WithdrawRecallFormProps) {
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | undefined>()
  const action = useAction()

  const submit = () => {
    const problem = checkWithdrawReason(reason)
    setError(problem ?? undefined)
    if (problem) return
    void action.run(async () => onDone(await withdrawRecall(delegation.id, reason.trim())))
  }

  return (
    <View className='recall-form withdraw-recall-form'>
      <Text className='form-note'>撤回后，这条下放恢复为长期有效，{delegation.effectiveUntil} 起不再收回；撤回记录会保留。</Text>
      <Field name='withdraw-reason' label='撤回原因' error={error} wide>
        <TextBox
          multiline
          className='withdraw-reason'
          value={reason}
          maxlength={500}
          placeholder='例如：收回日期登记有误'
          onChange={(v) => {
            setReason(v)
            setError(undefined)
          }}
        />
      </Field>
      {action.message ? <Text className='form-message withdraw-message'>{action.message}</Text> : null}
      <ConfirmButtons cancelClass='withdraw-cancel' confirmClass='withdraw-confirm' busy={action.busy} onCancel={onCancel} onConfirm={submit}>
        确认撤回收回
      </ConfirmButtons>
    </View>
  )
}
