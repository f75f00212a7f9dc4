import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'

import { consentMethodLabels, consentMethods, type ConsentMethod } from '@shared/applications/consent'

import StaffOnly from '../components/StaffOnly'
import { useForm } from '../hooks/useForm'
import { confirmFamilyBinding, lookupFamilyBindings, type StationFamilyBinding } from '../services/familyBindings'
import ActionButton from '../ui/ActionButton'
import { Chips, Field, TextBox } from '../ui/controls'
import './workbench.css'

const CONSENT_OPTIONS = consentMethods.map((m) => ({ value: m, label: consentMethodLabels[m] }))

/**
 * 亲情代办绑定确认: a person present at the station (with their ID card) agrees to a family binding someone asked
 * for; the clerk finds it by that person's ID number and records how they consented.
 */
export default function FamilyBindingsPage() {
  return (
    <View className='page family-bindings-page'>
      <View className='page-header'>
        <Text className='page-title'>亲情代办绑定确认</Text>
        <Text className='page-subtitle'>请核对在场居民的身份证原件，确认其本人同意后再办理</Text>
      </View>
      <StaffOnly>{() => <Lookup />}</StaffOnly>
    </View>
  )
}

const LOOKUP_FIELDS = ['idNumber'] as const

function Lookup() {
  const [idNumber, setIdNumber] = useState('')
  const [found, setFound] = useState<{ idNumber: string; bindings: StationFamilyBinding[] } | null>(null)
  const form = useForm(LOOKUP_FIELDS)

  const search = async (id = idNumber.trim()) => {
    await form.submit(id ? {} : { idNumber: '请填写在场居民的身份证号' }, async () => {
      setFound({ idNumber: id, bindings: await lookupFamilyBindings(id) })
    })
  }

  return (
    <>
      <View className='card form-card family-lookup'>
        {form.message ? <Text className='form-message'>{form.message}</Text> : null}
        <Field name='idNumber' label='在场居民的身份证号' hint='即被绑定为家庭成员的人，不是发起绑定的人' error={form.errors.idNumber}>
          <TextBox className='input-idNumber' value={idNumber} maxlength={18} placeholder='18 位身份证号' onChange={setIdNumber} />
        </Field>
        <ActionButton className='primary-button lookup-button' busy={form.busy} onClick={() => void search()}>
          查找绑定申请
        </ActionButton>
      </View>
      {found ? (
        <View className='card family-binding-list'>
          {found.bindings.length === 0 ? <Text className='empty-text'>没有以这个身份证号发起的绑定申请</Text> : null}
          {found.bindings.map((b) => (
            <Binding key={b.id} binding={b} idNumber={found.idNumber} onConfirmed={() => void search(found.idNumber)} />
          ))}
        </View>
      ) : null}
    </>
  )
}

const CONFIRM_FIELDS = ['consentMethod', 'consentNote'] as const

function Binding({ binding, idNumber, onConfirmed }: { binding: StationFamilyBinding; idNumber: string; onConfirmed: () => void }) {
  const [method, setMethod] = useState<ConsentMethod | ''>('')
  const [note, setNote] = useState('')
  const form = useForm(CONFIRM_FIELDS)

  const confirm = async () => {
    const problems = {
      ...(method ? {} : { consentMethod: '请选择本人同意的方式' }),
      ...(note.trim().length >= 4 ? {} : { consentNote: '请写明同意情况（至少 4 个字），如签字的同意书留存本站' }),
    }
    await form.submit(problems, async () => {
      await confirmFamilyBinding(binding.id, idNumber, { method: method as ConsentMethod, note: note.trim() })
      void Taro.showToast({ title: '已确认绑定', icon: 'success' })
      onConfirmed()
    })
  }

  return (
    <View className='family-binding' data-id={binding.id}>
      <Text className='work-row-title family-binding-text'>
        {binding.requesterName}（{binding.requesterIdNumber}）申请将{binding.memberName}绑定为其「{binding.relation}」
      </Text>
      <Text className={`badge family-binding-status${binding.status === 'active' ? '' : ' tickets-waiting'}`}>
        {binding.status === 'active' ? '已生效' : '待确认'}
      </Text>
      {binding.status === 'pending' ? (
        <View className='family-binding-form'>
          {form.message ? <Text className='form-message'>{form.message}</Text> : null}
          <Field name='consentMethod' label='本人同意的方式' error={form.errors.consentMethod}>
            <Chips className='consent-options' options={CONSENT_OPTIONS} value={method} onChange={setMethod} />
          </Field>
          <Field name='consentNote' label='同意情况说明' hint='如：签字的同意书留存本站；口头同意的见证人姓名' error={form.errors.consentNote}>
            <TextBox className='input-consentNote' value={note} maxlength={200} multiline onChange={setNote} />
          </Field>
          <ActionButton className='primary-button confirm-binding-button' busy={form.busy} onClick={() => void confirm()}>
            确认绑定
          </ActionButton>
        </View>
      ) : null}
    </View>
  )
}
