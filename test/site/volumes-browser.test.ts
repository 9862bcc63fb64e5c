/**
 * The pages of the fixture FRUS volumes in headless Chromium (Debian's /usr/bin/chromium):
 * axe on each kind of page a volume adds, and a person's identification on focus.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { AxeBuilder } from '@axe-core/playwright'
import { serve } from './helpers.ts'
import { slow } from '../helpers/slow.ts'

const executablePath = '/usr/bin/chromium'
const prefix = '/edition/'
const cli = join(import.meta.dirname, '..', '..', 'bin', 'cable-edition.js')
const corpus = join(import.meta.dirname, '..', 'fixtures', 'tei', 'volumes')

test('the pages of a volume in a browser', slow, async (t) => {
  if (!existsSync(executablePath)) {
    t.skip('chromium not installed')
    return
  }
  const outDir = await mkdtemp(join(tmpdir(), 'cable-volumes-browser-'))
  const build = spawnSync(process.execPath, [cli, 'build', corpus, '--out', outDir, '--path-prefix', prefix], { encoding: 'utf8' })
  assert.equal(build.status, 0, build.stderr)
  const server = await serve(outDir, prefix)
  const userDataDir = await mkdtemp(join(tmpdir(), 'cable-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'],
  })
  const page = await context.newPage()
  try {
    await t.test('should show a person\'s identification when the name has focus', async () => {
      await page.goto(`${server.origin}${prefix}documents/frus1969-76v12-d1/`)
      const name = page.locator('a.entry-ref[href$="#p_SB2"]').first()
      const shown = (): Promise<string> => name.evaluate((element) => {
        const after = getComputedStyle(element, '::after')
        return after.display === 'none' ? 'none' : after.content
      })
      assert.equal(await shown(), 'none')
      await name.focus()
      assert.match(await shown(), /Sedov, Boris: Second Secretary of the Embassy of the USSR/)
      await page.keyboard.press('Escape')
      assert.equal(await shown(), 'none', 'Escape dismisses it (WCAG 1.4.13)')
    })

    const pageTypes: [string, string][] = [
      ['volume', 'volumes/frus1969-76v12/'],
      ['front-matter section', 'volumes/frus1969-76v12/persons/'],
      ['document with its persons and terms', 'documents/frus1969-76v12-d1/'],
      ['document with tables and enclosures', 'documents/frus1861-d203/'],
      ['home with volumes', ''],
    ]
    for (const [name, path] of pageTypes) {
      await t.test(`should have no axe violations on the ${name} page`, async () => {
        await page.goto(`${server.origin}${prefix}${path}`)
        const results = await new AxeBuilder({ page }).analyze()
        assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [])
      })
    }
  } finally {
    await context.close()
    await server.close()
    await rm(userDataDir, { recursive: true, force: true })
  }
})
