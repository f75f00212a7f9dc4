export default definePageConfig({
  navigationBarTitleText: '掌上办'
})
