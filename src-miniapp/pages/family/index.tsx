import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'

import { ErrorSummary, Field } from '../../ui/controls'
import ActionButton from '../../ui/ActionButton'
import PersonFields from '../../components/PersonFields'
import LoadError from '../../components/LoadError'
import LoginRequired from '../../components/LoginRequired'
import PageHeader from '../../components/PageHeader'
import {
  FAMILY_FIELDS,
  FAMILY_RELATIONS,
  MAX_FAMILY_MEMBERS,
  canAddFamilyMember,
  familyChecks,
  normalizeFamilyMember,
  validateFamilyMember,
  type FamilyField,
  type FamilyFormValues
} from '../../view-models/forms'
import { useApi } from '../../hooks/useApi'
import { useForm, useLiveChecks } from '../../hooks/useForm'
import { useSession } from '../../hooks/useSession'
import { addFamilyMember, answerFamilyRequest, listFamily, listFamilyRequests, removeFamilyMember } from '../../services/api'
import { familyBindMethodLabels } from '@shared/identity/family-binding'
import { toApiError } from '../../services/errors'
import type { FamilyMember, FamilyRequest } from '../../services/types'
import './index.css'

/** 家庭成员（亲情代办）: the bound family members, adding one (at most 5) and removing one. */
export default function FamilyPage() {
  const current = useSession()
  const token = current?.token ?? ''
  const family = useApi(token ? ['family', token] : null, listFamily)
  const requests = useApi(token && current?.user?.kind !== 'staff' ? ['familyRequests', token] : null, listFamilyRequests)
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
        {requests.data?.length ? (
          <FamilyRequests
            items={requests.data}
            onAnswered={(msg) => {
              setMessage(msg)
              requests.reload()
            }}
          />
        ) : null}
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
              <Text className={`family-status family-status-${member.status}`}>
                {member.status === 'active' && member.bindMethod
                  ? `已生效 · ${familyBindMethodLabels[member.bindMethod]}`
                  : '待对方确认：请对方登录后在「家庭成员」中同意，或到村（社区）便民服务站当面确认'}
              </Text>
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
      <PageHeader title='家庭成员（亲情代办）' subtitle={`绑定后可为家人代办业务，最多绑定 ${MAX_FAMILY_MEMBERS} 位`} />
      <View className='card form-card'>{body}</View>
    </View>
  )
}

const emptyMember: FamilyFormValues = { name: '', idNumber: '', relation: '' }
const PERSON_FIELDS = ['name', 'idNumber'] as const

function AddMemberForm({ onAdded, onCancel }: { onAdded: (member: FamilyMember) => void; onCancel: () => void }) {
  const [values, setValues] = useState<FamilyFormValues>(emptyMember)
  const form = useForm(FAMILY_FIELDS)
  const live = useLiveChecks(familyChecks, form.setErrors)

  const change = (field: FamilyField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }))
    live.typed(field, value)
  }

  const goToField = (field: FamilyField) => {
    if (field !== 'relation') live.setFocus(field)
    void Taro.pageScrollTo({ selector: `#field-family-${field}`, duration: 200 }).catch(() => undefined)
  }

  const submit = () =>
    form.submit(validateFamilyMember(values), async () => {
      const member = await addFamilyMember(normalizeFamilyMember(values))
      void Taro.showToast({ title: member.status === 'active' ? '已添加' : '已发出绑定申请', icon: member.status === 'active' ? 'success' : 'none' })
      onAdded(member)
    })

  return (
    <View className='family-form'>
      <Text className='section-title family-form-title'>添加家庭成员</Text>
      <ErrorSummary items={form.summary} onSelect={goToField} />
      {form.message ? <Text className='form-message'>{form.message}</Text> : null}
      <PersonFields
        fields={PERSON_FIELDS}
        prefix='family-'
        values={values}
        errors={form.errors}
        focus={live.focus}
        onChange={change}
        onBlur={live.left}
      />
      <Field name='family-relation' label='与您的关系' error={form.errors.relation}>
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
        <ActionButton className='secondary-button cancel-button' disabled={form.busy} onClick={onCancel}>
          取消
        </ActionButton>
        <ActionButton className='primary-button save-button' busy={form.busy} onClick={submit}>
          保存
        </ActionButton>
      </View>
    </View>
  )
}

/** Others asking to bind this resident (matched by the ID number of their profile): 同意 or 拒绝. */
function FamilyRequests({ items, onAnswered }: { items: FamilyRequest[]; onAnswered: (message: string) => void }) {
  const answer = async (item: FamilyRequest, accept: boolean) => {
    try {
      await answerFamilyRequest(item.id, accept)
      onAnswered(accept ? `已同意${item.requesterName}的绑定，对方可以为您代办业务` : `已拒绝${item.requesterName}的绑定`)
    } catch (err) {
      onAnswered(toApiError(err).message)
    }
  }
  return (
    <View className='family-list family-requests'>
      <Text className='section-title'>等待您确认的绑定</Text>
      {items.map((item) => (
        <View key={item.id} className='family-item family-request'>
          <Text className='family-request-text'>
            {item.requesterName}申请将您绑定为其「{item.relation}」，同意后对方可以为您代办业务
          </Text>
          <View className='form-actions'>
            <ActionButton className='secondary-button decline-button' onClick={() => void answer(item, false)}>
              拒绝
            </ActionButton>
            <ActionButton className='primary-button accept-button' onClick={() => void answer(item, true)}>
              同意
            </ActionButton>
          </View>
        </View>
      ))}
    </View>
  )
}
