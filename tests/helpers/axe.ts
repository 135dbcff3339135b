import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export interface AxeViolation {
  id: string
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null
  /** The first few offending elements' selectors and axe's summary, for a readable failure message. */
  where: string[]
}

/**
 * Runs axe-core on the page as it is now. Evaluated through the debugging protocol, so the app's
 * content security policy (no inline or foreign scripts) does not block it.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE)
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } }).axe
    interface AxeResults {
      violations: {
        id: string
        impact: AxeViolation['impact']
        nodes: { target: unknown[]; failureSummary?: string }[]
      }[]
    }
    const results = await axe.run(document)
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      where: violation.nodes
        .slice(0, 3)
        .map((node) => `${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1).join(' ')}`),
    }))
  })
}
