import type { BrowserContext, Page } from 'playwright-core'

export interface PageWatch {
  /** CSP violations ("directive blocked-uri"), from securitypolicyviolation events in every page. */
  violations: string[]
  /** Console errors and uncaught page errors. */
  errors: string[]
  /** Dialogs (alert, confirm, prompt) that opened; each is dismissed. */
  dialogs: string[]
}

const MARK = '[csp-violation]'

/**
 * Watches every page of a context for what hostile input or a too-strict policy would cause.
 * The listener is installed before any of the app's scripts run, and reports through the console
 * so that violations on pages that navigated away are kept too.
 */
export async function watchContext(context: BrowserContext): Promise<PageWatch> {
  const watch: PageWatch = { violations: [], errors: [], dialogs: [] }
  await context.addInitScript((mark: string) => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.warn(mark, `${event.effectiveDirective} ${event.blockedURI || 'inline'}`),
    )
  }, MARK)
  const attach = (page: Page) => {
    page.on('console', (message) => {
      const text = message.text()
      if (text.startsWith(MARK)) watch.violations.push(text.slice(MARK.length + 1))
      else if (message.type() === 'error') watch.errors.push(text)
    })
    page.on('pageerror', (error) => watch.errors.push(error.message))
    page.on('dialog', (dialog) => {
      watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`)
      void dialog.dismiss()
    })
  }
  for (const page of context.pages()) attach(page)
  context.on('page', attach)
  return watch
}
