import { existsSync } from 'node:fs'
import { type Browser, chromium, type Page } from 'playwright-core'

/**
 * PNG and PDF of an HTML page through headless Chromium (playwright-core). Chromium lays out the
 * map exactly as the browser app does, shapes Chinese with the system's Noto CJK fonts, paginates
 * tables for PDF and repeats their header rows on each page; a pure-JS renderer would need its own
 * layout engine and a bundled 20 MB CJK font. The cost: Chromium must be installed where the
 * server runs. When it is not, renders fail with RendererUnavailable (the API answers 501).
 */
export class RendererUnavailable extends Error {
  constructor(detail: string) {
    super(
      `PNG and PDF export needs Chromium on the server (${detail}). Install Debian's chromium and ` +
        'fonts-noto-cjk (scripts/bootstrap.sh --browser), or set CHROMIUM_PATH.',
    )
    this.name = 'RendererUnavailable'
  }
}

export interface RendererOptions {
  /** Chromium's executable; the usual Debian/Ubuntu paths are tried when omitted. */
  executablePath?: string
  /**
   * How long an unused browser stays open for the next export.
   * @default 60_000
   */
  idleMs?: number
}

export interface Renderer {
  /** A PNG of the element `#capture`, at up to 2 device pixels per CSS pixel. */
  png(html: string): Promise<Uint8Array>
  /** An A3 landscape PDF: each `.map` on a page when it fits readably, else scaled to the page width. */
  pdf(html: string): Promise<Uint8Array>
  close(): Promise<void>
}

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable']
const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
/** Chromium refuses screenshots much past 16384 px on a side. */
const MAX_PNG_SIDE_PX = 16_000
/** A3 landscape at 96 CSS px per inch, minus the 10 mm margins. */
const PDF_CONTENT_WIDTH_PX = ((420 - 20) / 25.4) * 96
const PDF_CONTENT_HEIGHT_PX = ((297 - 20) / 25.4) * 96
/** Below this, 14 px note text prints under 8 pt: better to use another page. */
const MIN_READABLE_PDF_SCALE = 0.6
const RENDER_TIMEOUT_MS = 30_000

export function chromiumRenderer(options: RendererOptions = {}): Renderer {
  const idleMs = options.idleMs ?? 60_000
  let browser: Promise<Browser> | null = null
  let idleTimer: NodeJS.Timeout | undefined
  // One render at a time: the machine is small and each page holds a whole board.
  let queue: Promise<unknown> = Promise.resolve()

  const launch = (): Promise<Browser> => {
    const executablePath = options.executablePath ?? CANDIDATES.find((path) => existsSync(path))
    if (!executablePath || !existsSync(executablePath))
      return Promise.reject(
        new RendererUnavailable(`no browser at ${executablePath ?? CANDIDATES.join(', ')}`),
      )
    return chromium
      .launch({ executablePath, headless: true, args: LAUNCH_ARGS, timeout: RENDER_TIMEOUT_MS })
      .catch((error: unknown) => {
        throw new RendererUnavailable(
          `it did not start: ${String((error as Error).message ?? error).split('\n')[0]}`,
        )
      })
  }

  const closeBrowser = async () => {
    clearTimeout(idleTimer)
    const open = browser
    browser = null
    if (open) await open.then((b) => b.close()).catch(() => undefined)
  }

  const withPage = <T>(html: string, scale: number, work: (page: Page) => Promise<T>) => {
    const run = async (): Promise<T> => {
      clearTimeout(idleTimer)
      browser ??= launch()
      const current = browser
      const instance = await current.catch((error: unknown) => {
        if (browser === current) browser = null
        throw error
      })
      // Note text is user content: the page runs no script and loads nothing from the network.
      const context = await instance.newContext({
        javaScriptEnabled: false,
        offline: true,
        deviceScaleFactor: scale,
        viewport: { width: 1280, height: 800 },
      })
      try {
        const page = await context.newPage()
        page.setDefaultTimeout(RENDER_TIMEOUT_MS)
        await page.setContent(html, { waitUntil: 'load' })
        return await work(page)
      } finally {
        await context.close()
        idleTimer = setTimeout(() => void closeBrowser(), idleMs)
        idleTimer.unref()
      }
    }
    const result = queue.then(run, run)
    queue = result.catch(() => undefined)
    return result
  }

  const capture = (page: Page) => page.locator('#capture')

  return {
    async png(html) {
      const sharp = await withPage(html, 2, async (page) => {
        const box = await capture(page).boundingBox()
        if (box && Math.max(box.width, box.height) * 2 > MAX_PNG_SIDE_PX) return { box, png: null }
        return { box, png: await capture(page).screenshot() }
      })
      if (sharp.png) return new Uint8Array(sharp.png)
      // A very large board: fewer device pixels, so the image stays within Chromium's limit.
      const scale = MAX_PNG_SIDE_PX / Math.max(sharp.box?.width ?? 1, sharp.box?.height ?? 1)
      return withPage(html, scale, async (page) => new Uint8Array(await capture(page).screenshot()))
    },
    async pdf(html) {
      return withPage(html, 1, async (page) => {
        const width = (await capture(page).boundingBox())?.width ?? PDF_CONTENT_WIDTH_PX
        const head = (await page.locator('.doc-head').boundingBox())?.height ?? 0
        const maps = await Promise.all((await page.locator('.map').all()).map((map) => map.boundingBox()))
        const tallest = head + Math.max(1, ...maps.map((box) => box?.height ?? 0))
        const fitWidth = Math.min(1, PDF_CONTENT_WIDTH_PX / width)
        // 5% slack for collapsed margins and print rounding, which the screen boxes do not show.
        const fitPage = Math.min(fitWidth, (0.95 * PDF_CONTENT_HEIGHT_PX) / tallest)
        const pdf = await page.pdf({
          format: 'A3',
          landscape: true,
          printBackground: true,
          // Each map on one page while its text stays readable; a taller map flows onto more pages.
          scale: Math.max(0.1, fitPage >= MIN_READABLE_PDF_SCALE ? fitPage : fitWidth),
          margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' },
        })
        return new Uint8Array(pdf)
      })
    },
    close: closeBrowser,
  }
}
