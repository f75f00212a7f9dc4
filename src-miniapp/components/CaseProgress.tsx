import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

import InfoRow from './InfoRow'
import StepBar from './StepBar'
import type { Application } from '../services/types'
import { promiseView, stepBar } from '../view-models/caseView'

interface CaseProgressProps {
  app: Application
  /** The card's classes. */
  className: string
  /** Starts the values' classes: 'case' on the resident's case page, 'work' on the clerk's (browser tests find them). */
  prefix: 'case' | 'work'
  /** The rows each page adds under the 受理编号. */
  children?: ReactNode
}

/** Where a case stands, for the resident and the clerk alike: the step bar, the promised date and why, the 受理编号. */
export default function CaseProgress({ app, className, prefix, children }: CaseProgressProps) {
  const promise = promiseView(app)
  return (
    <View className={className}>
      <StepBar steps={stepBar(app.status, app.statusLabel)} />
      <View className='info-block'>
        <InfoRow label={promise.label} value={promise.value} className={`${prefix}-promise`} />
        {promise.notes.map((n) => (
          <Text key={n} className='case-promise-note'>
            {n}
          </Text>
        ))}
        {app.acceptanceNo ? <InfoRow label='受理编号' value={app.acceptanceNo} className={`${prefix}-acceptance-no`} /> : null}
        {children}
      </View>
    </View>
  )
}
