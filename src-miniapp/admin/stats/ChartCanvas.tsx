import { Canvas as TaroCanvas, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { createElement, useEffect, useState } from 'react'

import type { ChartSpec } from '../../view-models/statsView'
import { drawChart, type CanvasTarget } from './charts'

/** What the mini-program's `type="2d"` canvas node offers. */
interface CanvasNode {
  width: number
  height: number
  getContext(kind: '2d'): CanvasRenderingContext2D
  requestAnimationFrame(callback: () => void): number
  cancelAnimationFrame(id: number): void
  createImage(): unknown
}

/**
 * The 2D context of the canvas `id`, sized for the screen: on H5 a plain canvas element (Taro's H5 canvas resets
 * its size whenever it renders again), in the mini-program the `type="2d"` canvas node.
 */
function canvasTarget(id: string): Promise<CanvasTarget | null> {
  if (process.env.TARO_ENV === 'h5') {
    const el = document.getElementById(id) as HTMLCanvasElement | null
    const context = el?.getContext('2d')
    if (!el || !context) return Promise.resolve(null)
    return Promise.resolve({ context, width: el.clientWidth, height: el.clientHeight, pixelRatio: window.devicePixelRatio || 1 })
  }
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${id}`)
      .fields({ node: true, size: true })
      .exec((res) => {
        const found = res?.[0] as { node?: CanvasNode; width: number; height: number } | undefined
        if (!found?.node) return resolve(null)
        const pixelRatio = Taro.getSystemInfoSync().pixelRatio || 2
        found.node.width = found.width * pixelRatio
        found.node.height = found.height * pixelRatio
        const node = found.node
        resolve({
          context: node.getContext('2d'),
          width: found.width,
          height: found.height,
          pixelRatio,
          requestAnimationFrame: (callback) => node.requestAnimationFrame(callback),
          cancelAnimationFrame: (id) => node.cancelAnimationFrame(id),
          createImage: () => node.createImage()
        })
      })
  })
}

/** One chart of the statistics page, drawn again when its data changes. */
export default function ChartCanvas({ id, title, spec, height = 220 }: { id: string; title: string; spec: ChartSpec; height?: number }) {
  const [failed, setFailed] = useState(false)
  const empty = spec.data.every((d) => d.y === 0)
  useEffect(() => {
    if (empty) return undefined
    let chart: { destroy(): void } | null = null
    let gone = false
    // After the canvas is laid out (the next tick), not while React is still placing it.
    Taro.nextTick(() => {
      void canvasTarget(id)
        .then((target) => (target && !gone ? drawChart(target, spec) : null))
        .then((drawn) => {
          if (gone) drawn?.destroy()
          else chart = drawn
        })
        .catch(() => setFailed(true))
    })
    return () => {
      gone = true
      chart?.destroy()
    }
  }, [id, spec, empty])

  const style = { width: '100%', height: `${height}px` }
  return (
    <View className={`stats-chart stats-chart-${id}`}>
      <Text className='section-title'>{title}</Text>
      {empty ? <Text className='region-empty'>这段时间没有数据</Text> : null}
      {failed ? <Text className='form-error'>图表没能画出来，请看上方数字</Text> : null}
      {empty ? null : process.env.TARO_ENV === 'h5' ? (
        createElement('canvas', { id, className: 'stats-canvas', style })
      ) : (
        <TaroCanvas type='2d' id={id} className='stats-canvas' style={style} />
      )}
    </View>
  )
}
