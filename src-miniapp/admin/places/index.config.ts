export default definePageConfig({
  navigationBarTitleText: '便民服务中心与咨询电话'
})
