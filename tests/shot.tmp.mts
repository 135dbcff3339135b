import { launchBrowser } from './helpers/browser.ts'
const [url, out, locale] = process.argv.slice(2)
const browser = await launchBrowser()
const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: locale ?? 'en-US' })
const page = await ctx.newPage()
page.on('pageerror', (e) => console.log('pageerror:', e.message))
await page.goto(url!)
if (await page.getByTestId('join-name').count()) {
  await page.getByTestId('join-name').fill('Mei')
  await page.getByTestId('join-submit').click()
}
await page.getByTestId('board-grid').waitFor()
const cells = page.getByTestId('cell')
const texts = ['LinkedIn ads', 'Webinar on ROI', 'Pricing page unclear', 'Security review takes 6 weeks', 'Free trial lacks SSO']
for (let i = 0; i < texts.length; i++) {
  await cells.nth(i * 7 % 40).dblclick({ position: { x: 30, y: 50 } })
  const editor = page.getByTestId('note-editor')
  await editor.waitFor()
  await editor.pressSequentially(texts[i]!)
  await editor.press('Escape')
}
await page.waitForTimeout(500)
await page.screenshot({ path: out! })
await browser.close()
