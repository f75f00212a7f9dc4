import type { TemplateKey, TemplateList } from '@shared/contracts/notifications'

type Template = TemplateList['templates'][number]

/** WeChat takes at most 3 templates per request (one tap); at submit the ones where the resident must act or learns the result. */
export const SUBMIT_TEMPLATES: readonly TemplateKey[] = ['correction', 'finished', 'refused']
const MAX_PER_REQUEST = 3

/** The templates to ask for at the submit tap: configured ones among SUBMIT_TEMPLATES, in that order. */
export function templatesToAsk(templates: readonly Template[], wanted: readonly TemplateKey[] = SUBMIT_TEMPLATES): Template[] {
  return wanted.flatMap((key) => templates.filter((t) => t.key === key)).slice(0, MAX_PER_REQUEST)
}

/** What the resident agreed to: WeChat answers `{[templateId]: 'accept' | 'reject' | 'ban' | 'filter'}`. */
export function acceptedTemplates(asked: readonly Template[], answer: Record<string, unknown> | null | undefined): TemplateKey[] {
  if (!answer) return []
  return asked.filter((t) => answer[t.templateId] === 'accept').map((t) => t.key)
}
