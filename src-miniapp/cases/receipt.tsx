import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'

import InfoRow from '../components/InfoRow'
import LoadError from '../components/LoadError'
import { useApplication } from '../hooks/useApplications'
import { usePageParams } from '../hooks/usePageParams'
import { caseUrl, goToMyCases } from '../caseNavigation'
import { dayText } from '../view-models/caseView'
import './receipt.css'

/** 提交成功 (`?id=`): the receipt — 办件编号, the 受理 deadline, the window that will handle it and why. */
export default function ReceiptPage() {
  const { id } = usePageParams('id')
  const app = useApplication(id)

  return (
    <View className='page receipt-page'>
      <View className='page-header receipt-header'>
        <Text className='page-title'>申请已提交</Text>
        <Text className='page-subtitle'>请记下办件编号，可在「办件」中随时查看进度</Text>
      </View>
      <View className='card receipt-card'>
        {app.data ? (
          <>
            <View className='receipt-number-box'>
              <Text className='receipt-label'>办件编号</Text>
              <Text className='receipt-number'>{app.data.receiptNo}</Text>
            </View>
            <InfoRow label='办理事项' value={app.data.matter.name} className='receipt-matter' />
            <InfoRow label='受理期限' value={`${dayText(app.data.acceptDue)}前${app.data.clock.estimated ? '（暂按工作日估算）' : ''}`} className='receipt-accept-due' />
            <InfoRow label='办理窗口' value={app.data.queue.name} className='receipt-queue' />
            <InfoRow label='分派依据' value={app.data.routeReason} className='receipt-route-reason' />
            <Text className='form-note'>窗口将在受理期限内审查您的申请；如需补正，会一次性告知需要补充的全部内容。</Text>
          </>
        ) : app.error ? (
          <LoadError error={app.error} onRetry={app.reload} />
        ) : (
          <Text className='region-loading'>正在加载…</Text>
        )}
      </View>
      <Button className='primary-button receipt-open-case' onClick={() => void Taro.redirectTo({ url: caseUrl(id) })}>
        查看办件进度
      </Button>
      <Button className='secondary-button receipt-my-cases' onClick={goToMyCases}>
        返回我的办件
      </Button>
    </View>
  )
}
