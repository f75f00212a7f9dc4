export default definePageConfig({
  navigationBarTitleText: '事项目录管理'
})
