import { Input } from '@tarojs/components'
import { Field } from '../ui/controls'

interface PersonFieldProps {
  /** Field name in ids and classes, e.g. `name` or `family-name` (the error summary scrolls to it). */
  name: string
  value: string
  error?: string
  focused: boolean
  onChange: (value: string) => void
  onBlur: (value: string) => void
}

/** 姓名 as on the ID card: the same field in the real-name profile and for a family member. */
export function PersonNameField({ name, value, error, focused, onChange, onBlur }: PersonFieldProps) {
  return (
    <Field name={name} label='姓名' error={error}>
      <Input
        className='form-input input-name'
        value={value}
        placeholder='与身份证上的姓名一致'
        maxlength={32}
        focus={focused}
        onInput={(e) => onChange(e.detail.value)}
        onBlur={(e) => onBlur(e.detail.value)}
      />
    </Field>
  )
}

/** 身份证号: 18 characters, the ID-card keyboard on WeChat; spaces are allowed while typing. */
export function IdNumberField({ name, value, error, focused, onChange, onBlur }: PersonFieldProps) {
  return (
    <Field name={name} label='身份证号' hint='18 位，最后一位可能是 X' error={error}>
      <Input
        className='form-input input-idNumber'
        type='idcard'
        value={value}
        placeholder='请输入 18 位身份证号'
        maxlength={22}
        focus={focused}
        onInput={(e) => onChange(e.detail.value)}
        onBlur={(e) => onBlur(e.detail.value)}
      />
    </Field>
  )
}
