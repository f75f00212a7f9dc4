export default definePageConfig({
  navigationBarTitleText: '搜索未命中'
})
