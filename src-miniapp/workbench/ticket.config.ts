export default definePageConfig({
  navigationBarTitleText: '答复咨询'
})
