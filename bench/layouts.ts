/**
 * How well the layouts of real releases are read, as numbers (issue 8): on the real sets
 * copied into test/fixtures (`real/`, `foia-F-2017-13804/`), the share of files that give
 * valid and lossless TEI, that are titled by their subject line, whose date-time group is
 * machine-readable, whose TAGS codes all reach the header, and that are one witness (each of
 * these files is one released copy). A layout that breaks shows up as a share below 1.
 * Run alone with `node --import tsx bench/layouts.ts`; `benchLayouts()` returns the figures.
 *
 * The checks read the raw file on their own terms, not with the pipeline's recognisers:
 * - subject line: a line opening with `SUBJECT:`/`SUBJ:`/`Subject:` (any spacing, `.` for `:`)
 *   or POEMS' `Item Subject:`; the title must be that line's words (with the next lines', for
 *   a subject continued, or a label alone whose value a header read by columns puts below),
 *   whatever the case and punctuation;
 * - date-time group: a `DDHHMMZ` group anywhere; the model's DTG must have an ISO `@when`;
 * - TAGS: every code of every `TAGS` line must be a keyword of the header.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { EditionModel } from '../src/edition/model.ts'
import { editionOf } from '../src/pipeline.ts'
import { readSource } from '../src/source/read.ts'
import { toTei } from '../src/tei/document.ts'
import { validateTei } from '../src/validate/index.ts'
import { lostWords, parseTei } from '../test/helpers/tei.ts'
import { time } from './timing.ts'

/** The real sets, as copied into the test fixtures. */
export const REAL_SETS = ['real', 'foia-F-2017-13804'].map((name) => fileURLToPath(new URL(`../test/fixtures/${name}/`, import.meta.url)))

/** Every `.txt` file of the real sets. */
export function realFiles(): string[] {
  return REAL_SETS.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f)))
}

/** What one file gives against each check; `undefined` where the check does not apply (no subject line, no DTG, no TAGS). */
export interface LayoutCheck {
  file: string
  lossless: boolean
  titled?: boolean
  dated?: boolean
  tagged?: boolean
  oneWitness: boolean
}

const SUBJECT_LINE = /^\s*(?:SUBJ(?:ECT)?\s*[:.;]|[/I1l]tem\s+Subject\s*:)(.*)$/i
const GROUP = /(?<![\dA-Za-z])\d{6}Z(?![\dA-Za-z])/
const TAGS_LINE = /^\s*TAGS\b\s*[:.;]*\s*(.+)$/i

/** The checks of one raw file against its model and TEI. */
export function checkLayout(file: string, raw: string, model: EditionModel, tei: string): LayoutCheck {
  const lines = raw.split(/\r\n?|\n/)
  const tree = parseTei(tei)
  const check: LayoutCheck = {
    file,
    lossless: model.descriptions.every((w) => lostWords(raw, w.lines, tree, w.siglum).length === 0),
    oneWitness: model.descriptions.length === 1
  }
  const subjects = lines.flatMap((line, i) => {
    const m = SUBJECT_LINE.exec(line)
    // A label alone (a header read by columns) has its value a few lines below, after the other labels.
    const below = m?.[1]?.trim() ? 2 : 6
    return m ? [[m[1] ?? '', lines.slice(i + 1, i + 1 + below).join(' ')] as const] : []
  })
  if (subjects.length > 0) {
    // The title is the subject (continued on up to two lines), or holds its first line whole.
    const title = squeeze(model.title)
    check.titled = title.length >= 8 && subjects.some(([value, next]) => squeeze(`${value} ${next}`).includes(title) || (squeeze(value).length >= 8 && title.includes(squeeze(value))))
  }
  if (GROUP.test(raw)) check.dated = model.facts.dateTime?.when !== undefined
  const codes = lines.flatMap((line) => {
    const m = TAGS_LINE.exec(line)
    return m ? (m[1] ?? '').toUpperCase().split(/[\s,;.]+/).filter((t) => /^[A-Z][A-Z0-9]{1,5}$/.test(t)) : []
  })
  if (codes.length > 0) check.tagged = codes.every((code) => model.facts.tags.includes(code))
  return check
}

/** Letters and digits only, in lower case: `Talbott - Shahbaz` and `TALBOTT-SHAHBAZ` agree. */
function squeeze(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
}

/** The checks of every real file, and which files' TEI is invalid. */
export async function checkRealSets(): Promise<{ checks: LayoutCheck[]; invalid: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'cable-layouts-'))
  const checks: LayoutCheck[] = []
  const written: string[] = []
  for (const file of realFiles()) {
    const model = editionOf(readSource(file))
    const tei = toTei(model)
    const out = join(dir, `${checks.length}.xml`)
    writeFileSync(out, tei)
    written.push(out)
    checks.push(checkLayout(file, readFileSync(file, 'utf8'), model, tei))
  }
  const errors = await validateTei(written)
  const invalid = [...new Set(errors.map((e) => checks[written.indexOf(e.file)]?.file ?? e.file))]
  return { checks, invalid }
}

/** Shares (0–1, three decimals) of the real files that pass each check, and the median ms of raw → TEI for all of them. */
export async function benchLayouts(runs = 7): Promise<Record<string, number>> {
  const { checks, invalid } = await checkRealSets()
  const share = (key: 'titled' | 'dated' | 'tagged'): number => {
    const applies = checks.filter((c) => c[key] !== undefined)
    return round(applies.filter((c) => c[key]).length / Math.max(1, applies.length))
  }
  const sources = realFiles().map((file) => readSource(file))
  const ms = time(() => sources.map((source) => toTei(editionOf(source))), runs)
  return {
    realFiles: checks.length,
    realValidLosslessShare: round(checks.filter((c) => c.lossless && !invalid.includes(c.file)).length / checks.length),
    realTitledShare: share('titled'),
    realDatedShare: share('dated'),
    realTaggedShare: share('tagged'),
    realOneWitnessShare: round(checks.filter((c) => c.oneWitness).length / checks.length),
    realToTeiMs: Math.round(ms * 100) / 100
  }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { checks } = await checkRealSets()
  for (const c of checks) {
    const failed = (['lossless', 'titled', 'dated', 'tagged', 'oneWitness'] as const).filter((key) => c[key] === false)
    if (failed.length > 0) console.log(`${c.file}: ${failed.join(', ')}`)
  }
  for (const [name, value] of Object.entries(await benchLayouts())) console.log(`${name.padEnd(28)} ${value.toLocaleString('en')}`)
}
