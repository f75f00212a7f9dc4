import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

interface FormFieldProps {
  /** Names the field in ids and classes: `field-<name>` (the error summary scrolls to it). */
  name: string
  label: string
  hint?: string
  error?: string
  children: ReactNode
}

/** A labelled field with its error under it (GOV.UK pattern). Class names are used by browser tests. */
export default function FormField({ name, label, hint, error, children }: FormFieldProps) {
  return (
    <View id={`field-${name}`} className={`form-field field-${name}${error ? ' form-field-invalid' : ''}`}>
      <Text className='form-label'>{label}</Text>
      {hint ? <Text className='form-hint'>{hint}</Text> : null}
      {error ? <Text className='field-error'>{error}</Text> : null}
      {children}
    </View>
  )
}
