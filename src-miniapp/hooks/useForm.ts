import { useState } from 'react'

import { toApiError, type ApiError } from '../services/errors'
import {
  errorAfterBlur,
  errorSummary,
  errorWhileTyping,
  hasErrors,
  problemsFromError,
  type FieldCheck,
  type FieldErrors,
  type SummaryItem
} from '../view-models/forms'

export interface Action {
  /** True while the action runs: its button shows a spinner, and taps are ignored. */
  busy: boolean
  /** What went wrong the last time, shown above the form or under the button. */
  message: string | null
  setMessage: (message: string | null) => void
  /**
   * Runs `action` unless one is running; true when it succeeded. A failure becomes the message: the error's own
   * (server or network), or what `failed` makes of it.
   */
  run: (action: () => Promise<void>, failed?: (error: ApiError) => string | null) => Promise<boolean>
}

/** One action at a time, whose failure is one message: the pattern of every button that calls the server. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const run: Action['run'] = async (action, failed = (error) => error.message) => {
    if (busy) return false
    setBusy(true)
    setMessage(null)
    try {
      await action()
      return true
    } catch (err) {
      setMessage(failed(toApiError(err)))
      return false
    } finally {
      setBusy(false)
    }
  }
  return { busy, message, setMessage, run }
}

export interface Form<F extends string> {
  errors: FieldErrors<F>
  setErrors: (update: FieldErrors<F> | ((errors: FieldErrors<F>) => FieldErrors<F>)) => void
  /** True after the first submit: the error summary shows from then on (GOV.UK). */
  submitted: boolean
  /** The error summary's lines, in form order (none before the first submit). */
  summary: SummaryItem<F>[]
  busy: boolean
  message: string | null
  /**
   * Shows the checks' messages `found`; when there are none, runs `send`. Answers the messages now under the
   * fields (the checks', or those the server gave for fields of this form) when it was not sent; null once sent,
   * or when a send is still running (nothing changes then).
   */
  submit: (found: FieldErrors<F>, send: () => Promise<void>) => Promise<FieldErrors<F> | null>
}

/**
 * A form checked before it is sent, whose refusal by the server is spread over its fields (`fields`, in form
 * order: each detail under its field, the rest as the message above the form).
 */
export function useForm<F extends string>(fields: readonly F[]): Form<F> {
  const [errors, setErrors] = useState<FieldErrors<F>>({})
  const [submitted, setSubmitted] = useState(false)
  const action = useAction()

  const submit: Form<F>['submit'] = async (found, send) => {
    if (action.busy) return null
    setSubmitted(true)
    setErrors(found)
    action.setMessage(null)
    if (hasErrors(found)) return found
    let left: FieldErrors<F> = {}
    const sent = await action.run(send, (error) => {
      const problems = problemsFromError(error, fields)
      left = problems.fields
      setErrors(problems.fields)
      return problems.message
    })
    return sent ? null : left
  }

  return {
    errors,
    setErrors,
    submitted,
    summary: submitted ? errorSummary(errors, fields) : [],
    busy: action.busy,
    message: action.message,
    submit
  }
}

export interface LiveChecks<F extends string> {
  /** The field to put the cursor in (set by a tap on the error summary, cleared when the field is left). */
  focus: F | null
  setFocus: (field: F | null) => void
  /** A value typed: its message goes away as soon as it is right. */
  typed: (field: F, value: string) => void
  /** A field left: what was typed is checked (an empty field is not scolded before the submit). */
  left: (field: F, value: string) => void
}

/** Messages that follow the resident while filling a form in (view-models/forms.ts: errorWhileTyping, errorAfterBlur). */
export function useLiveChecks<F extends string>(checks: Record<F, FieldCheck>, setErrors: Form<F>['setErrors']): LiveChecks<F> {
  const [focus, setFocus] = useState<F | null>(null)
  return {
    focus,
    setFocus,
    typed: (field, value) => setErrors((e) => ({ ...e, [field]: errorWhileTyping(checks[field], value, e[field]) })),
    left: (field, value) => {
      setFocus((f) => (f === field ? null : f))
      setErrors((e) => ({ ...e, [field]: errorAfterBlur(checks[field], value, e[field]) }))
    }
  }
}
