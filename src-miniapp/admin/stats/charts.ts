// Charts drawn with AntV F2 5 on a canvas 2D context (the mini-program's `type="2d"` canvas node, or an HTML
// canvas on H5). F2's own JSX is built with its `jsx` function, so React's JSX stays React's. Static charts:
// no animation, nothing to tap.
import { Axis, Canvas, Chart, Interval, jsx, Legend } from '@antv/f2'
import type { ChartSpec } from '../../view-models/statsView'

export interface CanvasTarget {
  context: CanvasRenderingContext2D
  width: number
  height: number
  pixelRatio: number
  /** The mini-program's canvas node has its own frame timer and images (there is no window). */
  requestAnimationFrame?: (callback: () => void) => number
  cancelAnimationFrame?: (id: number) => void
  createImage?: () => unknown
}

/** F2's `jsx`, loosely typed: its component generics do not fit a plain call. */
type Node = { props: Record<string, unknown> }
const h = jsx as unknown as (type: unknown, props: Record<string, unknown>, children?: unknown) => Node

const COLORS = ['#1677ff', '#fa8c16', '#52c41a', '#f5222d', '#722ed1', '#13c2c2', '#8a919f', '#eb2f96']

function chartOf(spec: ChartSpec) {
  if (spec.kind === 'pie') {
    // One stacked bar in polar coordinates: a ring.
    const data = spec.data.map((d) => ({ ...d, all: '1' }))
    return h(Chart, { data, coord: { type: 'polar', transposed: true, innerRadius: 0.55 } }, [
      h(Interval, { x: 'all', y: 'y', adjust: 'stack', color: { field: 'x', range: ['#52c41a', '#faad14', '#f5222d'] } }),
      h(Legend, { position: 'right' })
    ])
  }
  const grouped = spec.data.some((d) => d.group)
  return h(Chart, { data: spec.data }, [
    h(Axis, { field: 'x' }),
    h(Axis, { field: 'y' }),
    h(Interval, { x: 'x', y: 'y', ...(grouped ? { color: { field: 'group', range: COLORS }, adjust: 'dodge' } : { color: COLORS[0] }) }),
    grouped ? h(Legend, { position: 'top' }) : null
  ])
}

/** Draws `spec` on the target; destroy the returned canvas before drawing again. */
export async function drawChart(target: CanvasTarget, spec: ChartSpec): Promise<{ destroy(): void }> {
  // F2 sizes are for a 750-wide design and halved by default: 0.6 keeps its 24px labels readable (about 14px).
  const { props } = h(Canvas, { ...target, animate: false, px2hd: (v: number) => v * 0.6 }, chartOf(spec))
  const canvas = new Canvas(props as ConstructorParameters<typeof Canvas>[0])
  await canvas.render()
  return canvas
}
