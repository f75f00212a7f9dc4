import Taro from '@tarojs/taro'

import { openCasePage, workCaseUrl } from '../caseNavigation'
import { claimNextCase } from '../services/applications'
import { toApiError } from '../services/errors'

/** 认领下一件: the most urgent unclaimed case of the queue opens; a toast says when there is none. */
export async function claimNextAndOpen(queueId: string, after: () => void): Promise<void> {
  try {
    const claimed = await claimNextCase(queueId)
    after()
    if (!claimed) {
      void Taro.showToast({ title: '没有待认领的办件', icon: 'none' })
      return
    }
    openCasePage(workCaseUrl(claimed.id))
  } catch (err) {
    void Taro.showToast({ title: toApiError(err).message, icon: 'none' })
  }
}
