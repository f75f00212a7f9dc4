import { buildFormSchema } from '@shared/applications/form'

import { formAnswers, type FormValues } from './applyWizard'
import type { FieldErrors, SummaryItem } from './forms'
import type { FormFieldSpec } from '../services/types'

/**
 * The application form's checks: the very zod schema the server checks a submitted form with
 * (`buildFormSchema` of src-shared), so the resident reads the server's words at each field before sending.
 * This module loads zod: only the pages of the `cases` subpackage import it (weapp main package size).
 */

const schemas = new WeakMap<readonly FormFieldSpec[], ReturnType<typeof buildFormSchema>>()

function schemaOf(fields: readonly FormFieldSpec[]) {
  let schema = schemas.get(fields)
  if (!schema) schemas.set(fields, (schema = buildFormSchema(fields)))
  return schema
}

/** Every problem of the form, the first one of each field, keyed by the field's key. */
export function formErrors(fields: readonly FormFieldSpec[], values: FormValues): FieldErrors<string> {
  const result = schemaOf(fields).safeParse(formAnswers(fields, values))
  const errors: FieldErrors<string> = {}
  if (result.success) return errors
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? '')
    if (key && !errors[key]) errors[key] = issue.message
  }
  return errors
}

/**
 * What the form shows while the resident fills it: a field's message once it was touched (typed in, chosen, left),
 * every message after a 「下一步」 that found problems.
 */
export function visibleErrors(all: FieldErrors<string>, touched: ReadonlySet<string>, submitted: boolean): FieldErrors<string> {
  if (submitted) return all
  const shown: FieldErrors<string> = {}
  for (const key of Object.keys(all)) if (touched.has(key)) shown[key] = all[key]
  return shown
}

/** The error summary, in the form's order. */
export function formSummary(fields: readonly FormFieldSpec[], errors: FieldErrors<string>): SummaryItem<string>[] {
  return fields.filter((f) => errors[f.key]).map((f) => ({ field: f.key, message: errors[f.key]! }))
}

/** The problems of only some fields (a correction asks again for a few). */
export function fieldsErrors(fields: readonly FormFieldSpec[], values: FormValues, only: readonly string[]): FieldErrors<string> {
  const all = formErrors(fields, values)
  const errors: FieldErrors<string> = {}
  for (const key of only) if (all[key]) errors[key] = all[key]
  return errors
}
