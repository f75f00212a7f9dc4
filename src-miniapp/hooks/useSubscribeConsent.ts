import Taro from '@tarojs/taro'
import { useEffect, useRef } from 'react'

import { listTemplates, recordConsent } from '../services/notifications'
import type { TemplateKey, TemplateList } from '@shared/contracts/notifications'
import { acceptedTemplates, templatesToAsk } from '../view-models/subscribeConsent'

const WEAPP = process.env.TARO_ENV === 'weapp'

/**
 * WeChat subscribe messages (受理/补正/办结/不予受理 notices) for a resident's submission: the template ids are
 * fetched when the page opens, because WeChat shows its consent sheet only from the tap itself; `ask()` must be the
 * first thing the tap handler awaits. `report()` records what the resident accepted (nothing on H5, which has no
 * such sheet, or when the deployment configured no templates). A failure never blocks the submission.
 */
export function useSubscribeConsent(enabled: boolean) {
  const templates = useRef<TemplateList['templates']>([])
  useEffect(() => {
    if (!WEAPP || !enabled) return
    listTemplates().then((t) => (templates.current = templatesToAsk(t))).catch(() => undefined)
  }, [enabled])
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
    report(applicationId: string, accepted: TemplateKey[]) {
      if (accepted.length > 0) void recordConsent(accepted, applicationId).catch(() => undefined)
    }
  }
}
