import { Input } from '@tarojs/components'

import { Field } from '../ui/controls'
import type { FieldErrors } from '../view-models/forms'

/** The fields about a person typed in a text box: the real-name profile has all three, a family member two. */
export type PersonField = 'name' | 'idNumber' | 'phone'

interface PersonInput {
  label: string
  hint?: string
  placeholder: string
  maxlength: number
  /** WeChat's keyboard: the ID-card one (digits and X), or digits. */
  type?: 'idcard' | 'number'
}

const INPUTS: Record<PersonField, PersonInput> = {
  // 姓名 as on the ID card.
  name: { label: '姓名', placeholder: '与身份证上的姓名一致', maxlength: 32 },
  // 18 characters; spaces are allowed while typing (hence the longer maxlength).
  idNumber: { label: '身份证号', hint: '18 位，最后一位可能是 X', placeholder: '请输入 18 位身份证号', maxlength: 22, type: 'idcard' },
  phone: { label: '手机号', hint: '用于接收办件进度通知', placeholder: '请输入 11 位手机号', maxlength: 13, type: 'number' }
}

interface PersonFieldsProps<F extends PersonField> {
  fields: readonly F[]
  /** Before each field's name in ids and classes, e.g. 'family-' (the error summary scrolls to `#field-family-name`). */
  prefix?: string
  values: Record<F, string>
  errors: FieldErrors<F>
  /** The field to put the cursor in (after a tap on the error summary). */
  focus: string | null
  onChange: (field: F, value: string) => void
  onBlur: (field: F, value: string) => void
}

/** The same fields in the real-name profile and for a family member, in the order given. */
export default function PersonFields<F extends PersonField>({ fields, prefix = '', values, errors, focus, onChange, onBlur }: PersonFieldsProps<F>) {
  return (
    <>
      {fields.map((field) => {
        const input = INPUTS[field]
        return (
          <Field key={field} name={`${prefix}${field}`} label={input.label} hint={input.hint} error={errors[field]}>
            <Input
              className={`form-input input-${field}`}
              type={input.type}
              value={values[field]}
              placeholder={input.placeholder}
              maxlength={input.maxlength}
              focus={focus === field}
              onInput={(e) => onChange(field, e.detail.value)}
              onBlur={(e) => onBlur(field, e.detail.value)}
            />
          </Field>
        )
      })}
    </>
  )
}
