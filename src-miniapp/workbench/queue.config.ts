export default definePageConfig({
  navigationBarTitleText: '队列办件'
})
