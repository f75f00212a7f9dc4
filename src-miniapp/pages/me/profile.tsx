import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'

import { ErrorSummary, Field } from '../../ui/controls'
import ActionButton from '../../ui/ActionButton'
import PersonFields from '../../components/PersonFields'
import LoadError from '../../components/LoadError'
import LoginRequired from '../../components/LoginRequired'
import RegionPicker from '../../components/RegionPicker'
import PageHeader from '../../components/PageHeader'
import { PROFILE_FIELDS, hasErrors, normalizeProfile, profileChecks, validateProfile, type ProfileField } from '../../view-models/forms'
import { choiceCode, choiceFromPath, emptyRegionChoice, type RegionChoice } from '../../view-models/regionChoice'
import { useApi } from '../../hooks/useApi'
import { useForm, useLiveChecks } from '../../hooks/useForm'
import { useSession } from '../../hooks/useSession'
import { useScrollTarget } from '../../hooks/useScrollTarget'
import { backToMe } from '../../navigation'
import { getProfile, updateProfile } from '../../services/api'
import { session } from '../../services/session'
import type { Profile } from '../../services/types'

type TextField = Exclude<ProfileField, 'regionCode'>
const TEXT_FIELDS: readonly TextField[] = ['name', 'idNumber', 'phone']

/** A masked number (4105**********1234) cannot be sent back: the field starts empty instead. */
const unmasked = (value: string | null) => (value && !value.includes('*') ? value : '')

/** 实名信息: the real-name form (姓名, 身份证号, 手机号, 所在地区). */
export default function ProfilePage() {
  const current = useSession()
  const token = current?.token ?? ''
  // The owner's own profile with full numbers, to pre-fill the form; keyed by token so a new login reloads it.
  const profile = useApi(token ? ['profile', token] : null, () => getProfile(true), { fresh: true })

  let body
  if (!current) body = <LoginRequired text='登录后才能填写实名信息' />
  else if (current.user?.kind === 'staff') body = <Text className='page-note'>工作人员账号无需填写实名信息。</Text>
  else if (profile.loading) body = <Text className='region-loading'>正在加载…</Text>
  else if (profile.error || !profile.data) {
    body = profile.error ? <LoadError error={profile.error} onRetry={profile.reload} /> : null
  } else body = <ProfileForm initial={profile.data} />

  return (
    <View className='page profile-page'>
      <PageHeader title='实名信息' subtitle='请填写与居民身份证一致的信息' />
      <View className='card form-card'>{body}</View>
    </View>
  )
}

function ProfileForm({ initial }: { initial: Profile }) {
  const [values, setValues] = useState<Record<TextField, string>>({
    name: initial.name ?? '',
    idNumber: unmasked(initial.idNumber),
    phone: unmasked(initial.phone)
  })
  const [choice, setChoice] = useState<RegionChoice>(() =>
    initial.regionPath.length > 0 ? choiceFromPath(initial.regionPath) : emptyRegionChoice
  )
  const form = useForm(PROFILE_FIELDS)
  const live = useLiveChecks(profileChecks, form.setErrors)

  // Scroll once the summary or message is on screen.
  const setScrollTarget = useScrollTarget()

  const change = (field: TextField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }))
    live.typed(field, value)
  }

  const changeRegion = (next: RegionChoice) => {
    setChoice(next)
    live.typed('regionCode', choiceCode(next))
  }

  const goToField = (field: ProfileField) => {
    if (field !== 'regionCode') live.setFocus(field)
    setScrollTarget(`#field-${field}`)
  }

  const submit = async () => {
    const input = { ...values, regionCode: choiceCode(choice) }
    const left = await form.submit(validateProfile(input), async () => {
      session.setProfile(await updateProfile(normalizeProfile(input)))
      void Taro.showToast({ title: '已保存', icon: 'success' })
      backToMe()
    })
    if (left) setScrollTarget(hasErrors(left) ? '#error-summary' : '.form-message')
  }

  return (
    <View className='profile-form'>
      <ErrorSummary items={form.summary} onSelect={goToField} />
      {form.message ? <Text className='form-message'>{form.message}</Text> : null}
      <PersonFields
        fields={TEXT_FIELDS}
        values={values}
        errors={form.errors}
        focus={live.focus}
        onChange={change}
        onBlur={live.left}
      />
      <Field name='regionCode' label='所在地区' hint='选到乡镇（街道），也可再选村（社区）' error={form.errors.regionCode}>
        <RegionPicker choice={choice} onChange={changeRegion} />
      </Field>
      <Text className='form-note'>身份证号和手机号加密保存，只有您本人和办理您业务的工作人员能看到完整号码。</Text>
      <ActionButton className='primary-button save-button' busy={form.busy} onClick={submit}>
        保存
      </ActionButton>
    </View>
  )
}
