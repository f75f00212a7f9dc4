import { Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'

import { ErrorSummary, Field } from '../../ui/controls'
import ActionButton from '../../ui/ActionButton'
import { IdNumberField, PersonNameField } from '../../components/PersonFields'
import LoadError from '../../components/LoadError'
import LoginRequired from '../../components/LoginRequired'
import RegionPicker from '../../components/RegionPicker'
import {
  PROFILE_FIELDS,
  errorAfterBlur,
  errorSummary,
  errorWhileTyping,
  hasErrors,
  normalizeProfile,
  problemsFromError,
  profileChecks,
  validateProfile,
  type FieldErrors,
  type ProfileField
} from '../../view-models/forms'
import { choiceCode, choiceFromPath, emptyRegionChoice, type RegionChoice } from '../../view-models/regionChoice'
import { useApi } from '../../hooks/useApi'
import { useSession } from '../../hooks/useSession'
import { backToMe } from '../../navigation'
import { getProfile, updateProfile } from '../../services/api'
import { toApiError } from '../../services/errors'
import { session } from '../../services/session'
import type { Profile } from '../../services/types'

type TextField = Exclude<ProfileField, 'regionCode'>

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
      <View className='page-header'>
        <Text className='page-title'>实名信息</Text>
        <Text className='page-subtitle'>请填写与居民身份证一致的信息</Text>
      </View>
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
  const [errors, setErrors] = useState<FieldErrors<ProfileField>>({})
  /** The error summary appears after the first submit (GOV.UK), then follows the fields' errors. */
  const [submitted, setSubmitted] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const [focus, setFocus] = useState<ProfileField | null>(null)

  // Scroll once the summary or message is on screen.
  const [scrollTarget, setScrollTarget] = useState<string | null>(null)
  useEffect(() => {
    if (!scrollTarget) return
    void Taro.pageScrollTo({ selector: scrollTarget, duration: 200 }).catch(() => undefined)
    setScrollTarget(null)
  }, [scrollTarget])

  const change = (field: TextField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }))
    setErrors((e) => ({ ...e, [field]: errorWhileTyping(profileChecks[field], value, e[field]) }))
  }

  const blur = (field: TextField, value: string) => {
    setFocus((f) => (f === field ? null : f))
    setErrors((e) => ({ ...e, [field]: errorAfterBlur(profileChecks[field], value, e[field]) }))
  }

  const changeRegion = (next: RegionChoice) => {
    setChoice(next)
    const code = choiceCode(next)
    setErrors((e) => ({ ...e, regionCode: errorWhileTyping(profileChecks.regionCode, code, e.regionCode) }))
  }

  const goToField = (field: ProfileField) => {
    if (field !== 'regionCode') setFocus(field)
    setScrollTarget(`#field-${field}`)
  }

  const submit = async () => {
    if (saving) return
    const input = { ...values, regionCode: choiceCode(choice) }
    const found = validateProfile(input)
    setSubmitted(true)
    setMessage(null)
    setErrors(found)
    if (hasErrors(found)) {
      setScrollTarget('#error-summary')
      return
    }
    setSaving(true)
    try {
      const saved = await updateProfile(normalizeProfile(input))
      session.setProfile(saved)
      void Taro.showToast({ title: '已保存', icon: 'success' })
      backToMe()
    } catch (err) {
      const problems = problemsFromError(toApiError(err), PROFILE_FIELDS)
      setErrors(problems.fields)
      setMessage(problems.message)
      setScrollTarget(hasErrors(problems.fields) ? '#error-summary' : '.form-message')
    } finally {
      setSaving(false)
    }
  }

  const summary = submitted ? errorSummary(errors, PROFILE_FIELDS) : []

  return (
    <View className='profile-form'>
      <ErrorSummary items={summary} onSelect={goToField} />
      {message ? <Text className='form-message'>{message}</Text> : null}
      <PersonNameField
        name='name'
        value={values.name}
        error={errors.name}
        focused={focus === 'name'}
        onChange={(v) => change('name', v)}
        onBlur={(v) => blur('name', v)}
      />
      <IdNumberField
        name='idNumber'
        value={values.idNumber}
        error={errors.idNumber}
        focused={focus === 'idNumber'}
        onChange={(v) => change('idNumber', v)}
        onBlur={(v) => blur('idNumber', v)}
      />
      <Field name='phone' label='手机号' hint='用于接收办件进度通知' error={errors.phone}>
        <Input
          className='form-input input-phone'
          type='number'
          value={values.phone}
          placeholder='请输入 11 位手机号'
          maxlength={13}
          focus={focus === 'phone'}
          onInput={(e) => change('phone', e.detail.value)}
          onBlur={(e) => blur('phone', e.detail.value)}
        />
      </Field>
      <Field name='regionCode' label='所在地区' hint='选到乡镇（街道），也可再选村（社区）' error={errors.regionCode}>
        <RegionPicker choice={choice} onChange={changeRegion} />
      </Field>
      <Text className='form-note'>身份证号和手机号加密保存，只有您本人和办理您业务的工作人员能看到完整号码。</Text>
      <ActionButton className='primary-button save-button' busy={saving} onClick={submit}>
        保存
      </ActionButton>
    </View>
  )
}
