import { Text, View } from '@tarojs/components'

import { consentMethodLabels, consentMethods } from '@shared/applications/consent'

import PersonFields from '../../components/PersonFields'
import { Chips, Field, TextBox } from '../../ui/controls'
import type { FieldErrors, StationField, StationValues } from '../../view-models/forms'

interface StationApplicantProps {
  /** Where the case will be done: the station's village or the centre's township. */
  placeName: string
  values: StationValues
  errors: FieldErrors<StationField>
  onChange: (field: StationField, value: string) => void
}

const CONSENT_OPTIONS = consentMethods.map((m) => ({ value: m, label: consentMethodLabels[m] }))

/**
 * 代办: the person present at the station, as on their ID card, and how they agreed that the station files for them
 * (the server records both with the case; the case follows the person's own account when they have one).
 */
export default function StationApplicant({ placeName, values, errors, onChange }: StationApplicantProps) {
  return (
    <View className='station-applicant'>
      <Text className='form-label'>申请人（在场居民）</Text>
      <Text className='form-hint'>
        由本站为在场居民代办，办件由{placeName}办理。请核对身份证原件后填写；居民没有手机的，手机号可不填。
      </Text>
      <PersonFields
        fields={['name', 'idNumber', 'phone'] as const}
        prefix='station-'
        values={values}
        errors={errors}
        focus={null}
        onChange={onChange}
        onBlur={onChange}
      />
      <Field name='station-consentMethod' label='本人同意的方式' error={errors.consentMethod}>
        <Chips className='consent-options' options={CONSENT_OPTIONS} value={values.consentMethod} onChange={(v) => onChange('consentMethod', v)} />
      </Field>
      <Field name='station-consentNote' label='同意情况说明' hint='如：签字的代办同意书留存本站；口头同意的见证人姓名' error={errors.consentNote}>
        <TextBox className='input-consentNote' value={values.consentNote} maxlength={200} multiline onChange={(v) => onChange('consentNote', v)} />
      </Field>
    </View>
  )
}
