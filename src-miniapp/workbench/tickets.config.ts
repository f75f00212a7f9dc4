export default definePageConfig({
  navigationBarTitleText: '咨询工单',
  enablePullDownRefresh: true
})
