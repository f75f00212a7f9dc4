/**
 * H5 only: what the browser build needs under the server's Content-Security-Policy (`script-src 'self'`, no
 * inline scripts, no `javascript:` URLs). Called from app.ts before the first page renders.
 */

// Taro turns the pages' px into rem and expects the root font size to follow the screen width (40px for a
// 750px design width, between 20px and 40px). Taro's HTML template sets it with an inline <script>, which the
// policy rightly blocks; the same rule runs here instead (everything on screen is rendered by the bundle
// anyway). Numbers as Taro's H5WebpackPlugin derives them from config/index.ts (designWidth 750,
// deviceRatio[750] = 1, default minRootSize 20 and maxRootSize 40).
const ROOT_VALUE = 40
const DESIGN_WIDTH = 750
const MIN_ROOT_SIZE = 20
const MAX_ROOT_SIZE = 40

export function rootFontSize(width: number, height: number): number {
  const sides = [width, height].filter((side) => side > 0)
  const shorter = sides.length > 0 ? Math.min(...sides) : DESIGN_WIDTH
  const size = (ROOT_VALUE * shorter) / DESIGN_WIDTH
  return Math.min(MAX_ROOT_SIZE, Math.max(MIN_ROOT_SIZE, size))
}

function followScreenWidth(win: Window): void {
  const update = () => {
    const root = win.document.documentElement
    const { width, height } = root.getBoundingClientRect()
    root.style.fontSize = `${rootFontSize(width, height)}px`
  }
  win.addEventListener('resize', () => {
    update()
    // Some browsers report the new size only a moment after the event.
    setTimeout(update, 500)
  })
  update()
}

/** A link that only exists to be clickable (Taro's tab bar items are `<a href="javascript:;">`). */
export function isScriptLink(href: string | null): boolean {
  return href !== null && /^\s*javascript:/i.test(href)
}

/**
 * Following such a link runs a `javascript:` URL, which the policy blocks (with a console error on every tap).
 * The tap's own handlers still run: only the browser's default action is cancelled.
 */
function ignoreScriptLinks(doc: Document): void {
  doc.addEventListener(
    'click',
    (event) => {
      const target = event.target as Element | null
      const link = target?.closest?.('a[href]')
      if (link && isScriptLink(link.getAttribute('href'))) event.preventDefault()
    },
    true
  )
}

export function setUpH5(win: Window): void {
  followScreenWidth(win)
  ignoreScriptLinks(win.document)
}
