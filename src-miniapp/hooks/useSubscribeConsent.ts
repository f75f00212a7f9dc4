import Taro from '@tarojs/taro'
import { useEffect, useRef } from 'react'

import { listTemplates, recordConsent } from '../services/notifications'
import type { TemplateKey, TemplateList } from '@shared/contracts/notifications'
import { acceptedTemplates, SUBMIT_TEMPLATES, templatesToAsk } from '../view-models/subscribeConsent'

const WEAPP = process.env.TARO_ENV === 'weapp'

/**
 * WeChat subscribe messages: `wanted` are the templates asked for at one tap (the 补正/办结/不予受理 notices at a
 * submission; the clerk's 回复 at 转人工). The template ids are fetched when the page opens, because WeChat shows its consent sheet only from the tap itself; `ask()` must be the
 * first thing the tap handler awaits. `report()` records what the resident accepted (nothing on H5, which has no
 * such sheet, or when the deployment configured no templates). A failure never blocks the submission.
 */
export function useSubscribeConsent(enabled: boolean, wanted: readonly TemplateKey[] = SUBMIT_TEMPLATES) {
  const templates = useRef<TemplateList['templates']>([])
  useEffect(() => {
    if (!WEAPP || !enabled) return
    listTemplates().then((t) => (templates.current = templatesToAsk(t, wanted))).catch(() => undefined)
  }, [enabled, wanted])
  return {
    async ask(): Promise<TemplateKey[]> {
      const asked = templates.current
      if (!WEAPP || !enabled || asked.length === 0) return []
      try {
        const answer = await Taro.requestSubscribeMessage({ tmplIds: asked.map((t) => t.templateId), entityIds: [] })
        return acceptedTemplates(asked, answer as unknown as Record<string, unknown>)
      } catch {
        return []
      }
    },
    report(applicationId: string | undefined, accepted: TemplateKey[]) {
      if (accepted.length > 0) void recordConsent(accepted, applicationId).catch(() => undefined)
    }
  }
}
