import type { Page } from 'playwright-core'

interface AXNode {
  ignored: boolean
  role?: { value?: string }
  name?: { value?: string }
}

/**
 * The names Chromium gives the page's buttons (the accessibility tree a screen reader reads), of
 * those whose name has neither letter (in any script) nor digit: "+", "−", "×", "➚", "⋯" are read out as symbols.
 */
export async function buttonsNamedBySymbols(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page)
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] }
    return nodes
      .filter((node) => !node.ignored && node.role?.value === 'button')
      .map((node) => node.name?.value ?? '')
      .filter((name) => !/[\p{L}\p{N}]/u.test(name))
  } finally {
    await cdp.detach()
  }
}

/** The accessible name Chromium computes for the first element matching `selector`. */
export async function accessibleName(page: Page, selector: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page)
  try {
    const { root } = (await cdp.send('DOM.getDocument')) as { root: { nodeId: number } }
    const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })) as {
      nodeId: number
    }
    const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', {
      nodeId,
      fetchRelatives: false,
    })) as { nodes: AXNode[] }
    return nodes[0]?.name?.value ?? ''
  } finally {
    await cdp.detach()
  }
}
