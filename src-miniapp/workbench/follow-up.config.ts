export default definePageConfig({
  navigationBarTitleText: '差评回访'
})
