import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'

import { ErrorSummary, Field } from '../../ui/controls'
import ActionButton from '../../ui/ActionButton'
import { IdNumberField, PersonNameField } from '../../components/PersonFields'
import LoadError from '../../components/LoadError'
import LoginRequired from '../../components/LoginRequired'
import {
  FAMILY_FIELDS,
  FAMILY_RELATIONS,
  MAX_FAMILY_MEMBERS,
  canAddFamilyMember,
  errorAfterBlur,
  errorSummary,
  errorWhileTyping,
  familyChecks,
  hasErrors,
  normalizeFamilyMember,
  problemsFromError,
  validateFamilyMember,
  type FamilyField,
  type FamilyFormValues,
  type FieldErrors
} from '../../view-models/forms'
import { useApi } from '../../hooks/useApi'
import { useSession } from '../../hooks/useSession'
import { addFamilyMember, listFamily, removeFamilyMember } from '../../services/api'
import { toApiError } from '../../services/errors'
import type { FamilyMember } from '../../services/types'
import './index.css'

/** 家庭成员（亲情代办）: the bound family members, adding one (at most 5) and removing one. */
export default function FamilyPage() {
  const current = useSession()
  const token = current?.token ?? ''
  const family = useApi(token ? ['family', token] : null, listFamily)
  const [adding, setAdding] = useState(false)
  const [message, setMessage] = useState<string | null>(null)

  const members = family.data ?? []
  const canAdd = canAddFamilyMember(members.length)

  const remove = async (member: FamilyMember) => {
    const { confirm } = await Taro.showModal({
      title: '解除绑定',
      content: `确定解除与${member.name}（${member.relation}）的亲情代办绑定吗？`,
      confirmText: '解除',
      confirmColor: '#d54941',
      cancelText: '取消'
    })
    if (!confirm) return
    setMessage(null)
    try {
      await removeFamilyMember(member.id)
      void Taro.showToast({ title: '已解除绑定', icon: 'none' })
    } catch (err) {
      setMessage(toApiError(err).message)
    }
    family.reload()
  }

  let body
  if (!current) body = <LoginRequired text='登录后才能绑定家庭成员' />
  else if (current.user?.kind === 'staff') body = <Text className='page-note'>工作人员账号不能绑定家庭成员。</Text>
  else if (family.loading && !family.data) body = <Text className='region-loading'>正在加载…</Text>
  else if (family.error) body = <LoadError error={family.error} onRetry={family.reload} />
  else {
    body = (
      <>
        <View className='family-count-row'>
          <Text className='family-count'>
            已绑定 {members.length} 位，最多绑定 {MAX_FAMILY_MEMBERS} 位
          </Text>
        </View>
        {message ? <Text className='form-message'>{message}</Text> : null}
        {members.length === 0 ? <Text className='region-empty family-empty'>还没有绑定家庭成员</Text> : null}
        <View className='family-list'>
          {members.map((member) => (
            <View key={member.id} className='family-item'>
              <View className='family-item-main'>
                <Text className='family-name'>{member.name}</Text>
                <Text className='badge family-relation'>{member.relation}</Text>
              </View>
              <View className='family-item-side'>
                <Text className='family-id'>{member.idNumber}</Text>
                <Text className='family-delete' onClick={() => void remove(member)}>
                  解除绑定
                </Text>
              </View>
            </View>
          ))}
        </View>
        {adding ? (
          <AddMemberForm
            onCancel={() => setAdding(false)}
            onAdded={() => {
              setAdding(false)
              family.reload()
            }}
          />
        ) : (
          <ActionButton
            className='primary-button add-family-button'
            disabled={!canAdd}
            onClick={() => {
              setMessage(null)
              setAdding(true)
            }}
          >
            {canAdd ? '添加家庭成员' : `已达上限（最多绑定 ${MAX_FAMILY_MEMBERS} 位）`}
          </ActionButton>
        )}
      </>
    )
  }

  return (
    <View className='page family-page'>
      <View className='page-header'>
        <Text className='page-title'>家庭成员（亲情代办）</Text>
        <Text className='page-subtitle'>绑定后可为家人代办业务，最多绑定 {MAX_FAMILY_MEMBERS} 位</Text>
      </View>
      <View className='card form-card'>{body}</View>
    </View>
  )
}

const emptyMember: FamilyFormValues = { name: '', idNumber: '', relation: '' }

function AddMemberForm({ onAdded, onCancel }: { onAdded: (member: FamilyMember) => void; onCancel: () => void }) {
  const [values, setValues] = useState<FamilyFormValues>(emptyMember)
  const [errors, setErrors] = useState<FieldErrors<FamilyField>>({})
  const [submitted, setSubmitted] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const [focus, setFocus] = useState<FamilyField | null>(null)

  const change = (field: FamilyField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }))
    setErrors((e) => ({ ...e, [field]: errorWhileTyping(familyChecks[field], value, e[field]) }))
  }

  const blur = (field: FamilyField, value: string) => {
    setFocus((f) => (f === field ? null : f))
    setErrors((e) => ({ ...e, [field]: errorAfterBlur(familyChecks[field], value, e[field]) }))
  }

  const goToField = (field: FamilyField) => {
    if (field !== 'relation') setFocus(field)
    void Taro.pageScrollTo({ selector: `#field-family-${field}`, duration: 200 }).catch(() => undefined)
  }

  const submit = async () => {
    if (saving) return
    const found = validateFamilyMember(values)
    setSubmitted(true)
    setMessage(null)
    setErrors(found)
    if (hasErrors(found)) return
    setSaving(true)
    try {
      const member = await addFamilyMember(normalizeFamilyMember(values))
      void Taro.showToast({ title: '已添加', icon: 'success' })
      onAdded(member)
    } catch (err) {
      const problems = problemsFromError(toApiError(err), FAMILY_FIELDS)
      setErrors(problems.fields)
      setMessage(problems.message)
    } finally {
      setSaving(false)
    }
  }

  return (
    <View className='family-form'>
      <Text className='section-title family-form-title'>添加家庭成员</Text>
      <ErrorSummary items={submitted ? errorSummary(errors, FAMILY_FIELDS) : []} onSelect={goToField} />
      {message ? <Text className='form-message'>{message}</Text> : null}
      <PersonNameField
        name='family-name'
        value={values.name}
        error={errors.name}
        focused={focus === 'name'}
        onChange={(v) => change('name', v)}
        onBlur={(v) => blur('name', v)}
      />
      <IdNumberField
        name='family-idNumber'
        value={values.idNumber}
        error={errors.idNumber}
        focused={focus === 'idNumber'}
        onChange={(v) => change('idNumber', v)}
        onBlur={(v) => blur('idNumber', v)}
      />
      <Field name='family-relation' label='与您的关系' error={errors.relation}>
        <View className='chip-group relation-options'>
          {FAMILY_RELATIONS.map((relation) => (
            <Text
              key={relation}
              className={`chip relation-option${values.relation === relation ? ' chip-selected' : ''}`}
              onClick={() => change('relation', relation)}
            >
              {relation}
            </Text>
          ))}
        </View>
      </Field>
      <View className='form-actions'>
        <ActionButton className='secondary-button cancel-button' disabled={saving} onClick={onCancel}>
          取消
        </ActionButton>
        <ActionButton className='primary-button save-button' busy={saving} onClick={submit}>
          保存
        </ActionButton>
      </View>
    </View>
  )
}
