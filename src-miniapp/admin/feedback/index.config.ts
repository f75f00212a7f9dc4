export default definePageConfig({
  navigationBarTitleText: '好差评与投诉建议'
})
