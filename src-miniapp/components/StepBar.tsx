import { Text, View } from '@tarojs/components'

import type { StepView } from '../view-models/caseView'
import './StepBar.css'

/** 提交 → 受理 → 办理 → 办结, the steps done in blue, the current one ringed. */
export default function StepBar({ steps }: { steps: readonly StepView[] }) {
  return (
    <View className='step-bar'>
      {steps.map((step, i) => (
        <View key={step.label + i} className={`step-bar-item step-${step.state}`}>
          <View className='step-bar-dot'>
            <Text className='step-bar-number'>{step.state === 'done' ? '✓' : i + 1}</Text>
          </View>
          <Text className='step-bar-label'>{step.label}</Text>
        </View>
      ))}
    </View>
  )
}
