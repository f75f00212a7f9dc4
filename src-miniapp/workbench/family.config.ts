export default definePageConfig({ navigationBarTitleText: '亲情代办绑定确认' })
