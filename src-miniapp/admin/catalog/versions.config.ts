export default definePageConfig({
  navigationBarTitleText: '目录版本记录'
})
