import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'

import { decodeParam, goHome } from '../navigation'
import { SERVICE_HOTLINE } from '../view-models/searchView'
import './index.css'

/**
 * 智能客服 from a search that found nothing. There is no online assistant yet, and this page says so: it offers the
 * people who can answer (转人工: the 12345 hotline, the service centre of the county) and the catalog by topic.
 */
export default function SearchHelpPage() {
  const router = useRouter()
  const asked = decodeParam(router.params.q)
  const call = () => {
    void Taro.makePhoneCall({ phoneNumber: SERVICE_HOTLINE }).catch(() => undefined)
  }
  return (
    <View className='page search-help-page'>
      <View className='card help-card'>
        <Text className='section-title'>智能客服</Text>
        <Text className='help-text'>
          在线智能客服正在建设中，暂时不能在线回答{asked ? `「${asked}」` : '您的问题'}。您可以转人工咨询：
        </Text>
        <View className='help-action help-call' hoverClass='menu-item-hover' onClick={call}>
          <Text className='help-action-title'>拨打 {SERVICE_HOTLINE} 政务服务便民热线</Text>
          <Text className='help-action-note'>工作人员会告诉您该办哪个事项、去哪里办</Text>
        </View>
        <View className='help-action'>
          <Text className='help-action-title'>到县区政务服务中心咨询</Text>
          <Text className='help-action-note'>每个事项的办事指南都写有办理地点、时间和咨询电话</Text>
        </View>
        <View className='help-action help-home' hoverClass='menu-item-hover' onClick={goHome}>
          <Text className='help-action-title'>按主题、部门查找事项</Text>
          <Text className='help-action-note'>回到首页，从生活中的事情找起</Text>
        </View>
      </View>
    </View>
  )
}
