import { chromium } from 'playwright-core'
const [url, out, selector] = process.argv.slice(2)
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } })
await page.goto(url as string)
if (selector) { const l = page.locator(selector).first(); await l.scrollIntoViewIfNeeded(); await l.focus().catch(() => {}) }
await page.screenshot({ path: out as string, fullPage: false })
await browser.close()
