import { useState } from 'react'

import { useForm, type Form } from './useForm'

const FIELDS = ['text'] as const

export interface TextAction {
  text: string
  setText: (text: string) => void
  form: Form<'text'>
  /** Checks the text, sends it trimmed, and empties the box once sent. */
  submit: () => Promise<unknown>
}

/** A form of one text (回访情况, 整改答复, 申诉理由, 审核意见, 答复): its check, its send, its error at the field. */
export function useTextAction(check: (text: string) => string | null, send: (text: string) => Promise<void>): TextAction {
  const [text, setText] = useState('')
  const form = useForm(FIELDS)
  const submit = () => {
    const problem = check(text)
    return form.submit(problem ? { text: problem } : {}, async () => {
      await send(text.trim())
      setText('')
    })
  }
  return { text, setText, form, submit }
}
