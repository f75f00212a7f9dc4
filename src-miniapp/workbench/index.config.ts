export default definePageConfig({
  navigationBarTitleText: '办件工作台',
  enablePullDownRefresh: true
})
