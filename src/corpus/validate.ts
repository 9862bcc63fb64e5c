/**
 * TEI masters are validated against tei_all before anything is built from them, with every
 * problem at its `file:line:col`. Markup of other namespaces (FRUS's `frus:attachment`,
 * `@frus:doc-dateTime-min`) is not TEI and tei_all refuses it; it is reported as one warning
 * per file and per name, never as an error, and what it contains is not validated (tei_all
 * cannot say what a foreign element may hold). Every other schema error stops the build.
 * A file whose root is a TEI element other than `TEI`/`teiCorpus` (a `div` cut from a
 * volume) is validated as the body of a minimal TEI document, its places mapped back.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import type { Diagnostic } from '../source/errors.ts'
import { validateTei } from '../validate/index.ts'
import { childElements, foreignElements, TEI_NS, type Element, type Root } from '../render/tei.ts'

/** A master as read: its path, its text and its tree (parsed once, by the caller). */
export interface ParsedMaster {
  file: string
  xml: string
  root: Root
}

/** What validation found: errors stop the build, warnings are printed. */
export interface Validation {
  errors: Diagnostic[]
  warnings: Diagnostic[]
}

/** Opening of a minimal TEI document around a fragment; on one line, so only that line's columns move. */
const WRAP_START = `<TEI xmlns="${TEI_NS}"><teiHeader><fileDesc><titleStmt><title>Fragment</title></titleStmt><publicationStmt><p>Fragment</p></publicationStmt><sourceDesc><p>Fragment</p></sourceDesc></fileDesc></teiHeader><text><body>`
const WRAP_END = '</body></text></TEI>'

/** Validate parsed masters against tei_all; foreign markup is a warning. */
export async function validateMasters(masters: ParsedMaster[]): Promise<Validation> {
  if (masters.length === 0) return { errors: [], warnings: [] }
  const scratch = mkdtempSync(join(tmpdir(), 'cable-edition-validate-'))
  try {
    const plans = masters.map((master, index) => planOf(master, scratch, index))
    const problems = await validateTei(plans.map((plan) => plan.path))
    const errors: Diagnostic[] = []
    const foreign = new Map<string, { count: number; first: Diagnostic; file: string }>()
    for (const problem of problems) {
      // jing names files by their absolute path.
      const plan = plans.find((candidate) => resolve(candidate.path) === resolve(problem.file))
      if (!plan) {
        errors.push(problem)
        continue
      }
      const place = plan.map(problem)
      const name = plan.foreignName(place)
      if (name === undefined) {
        errors.push(place)
        continue
      }
      const key = `${plan.master.file}\0${name}`
      const seen = foreign.get(key)
      if (seen) seen.count++
      else foreign.set(key, { count: 1, first: place, file: plan.master.file })
    }
    const warnings = [...foreign.entries()].map(([key, { count, first }]): Diagnostic => ({
      ...first,
      severity: 'warning',
      message: `${key.split('\0')[1]} is not TEI: left out of validation against tei_all (${count} schema message${count === 1 ? '' : 's'} about it and what it holds)`
    }))
    return { errors, warnings }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

interface Plan {
  master: ParsedMaster
  /** the file jing reads: the master itself, or its wrapped copy */
  path: string
  /** a diagnostic of `path` at its place in the master */
  map: (problem: Diagnostic) => Diagnostic
  /** the foreign name a diagnostic is about (`frus:attachment`), undefined when it is a TEI error */
  foreignName: (problem: Diagnostic) => string | undefined
}

function planOf(master: ParsedMaster, scratch: string, index: number): Plan {
  const root = childElements(master.root)[0]
  const rootName = root ? root.name.replace(/^.*:/, '') : ''
  const spans = foreignSpans(master.root)
  const prefixes = foreignPrefixes(master.root)
  const foreignName = (problem: Diagnostic): string | undefined => {
    const quoted = [...problem.message.matchAll(/"([\w.-]+):([\w.-]+)"|\{([^}]+)\}([\w.-]+)/g)]
      .find((match) => (match[1] !== undefined && prefixes.has(match[1])) || (match[3] !== undefined && match[3] !== TEI_NS))
    if (quoted) {
      const attribute = /attribute/i.test(problem.message.slice(0, (quoted.index ?? 0) + 1))
      const name = quoted[1] !== undefined ? `${quoted[1]}:${quoted[2]}` : `{${quoted[3]}}${quoted[4]}`
      return attribute ? `@${name}` : name
    }
    const inside = spans.find((span) => before(span.start, problem) && before(problem, span.end))
    return inside?.name
  }
  const whole = rootName === 'TEI' || rootName === 'teiCorpus' || root === undefined
  const asGiven = (problem: Diagnostic): Diagnostic => ({ ...problem, file: master.file })
  if (whole) return { master, path: master.file, map: asGiven, foreignName }
  // A fragment: validated inside a minimal TEI document, written beside nothing of the user's.
  const start = root.position?.start
  const end = root.position?.end
  const path = join(scratch, `${index}-${basename(master.file)}`)
  if (start?.offset === undefined || end?.offset === undefined) return { master, path: master.file, map: asGiven, foreignName }
  writeFileSync(path, master.xml.slice(0, start.offset) + WRAP_START + master.xml.slice(start.offset, end.offset) + WRAP_END + master.xml.slice(end.offset))
  const map = (problem: Diagnostic): Diagnostic => {
    const shifted = problem.line === start.line && problem.column > start.column ? Math.max(start.column, problem.column - WRAP_START.length) : problem.column
    return { ...problem, file: master.file, column: shifted }
  }
  return { master, path, map, foreignName }
}

interface Place {
  line: number
  column: number
}

function before(a: Place, b: Place): boolean {
  return a.line < b.line || (a.line === b.line && a.column <= b.column)
}

/** Where each foreign element stands, from its `<` to the end of its end tag. */
function foreignSpans(root: Root): { name: string; start: Place; end: Place }[] {
  const spans: { name: string; start: Place; end: Place }[] = []
  for (const [element] of foreignElements(root)) {
    const position = (element as Element).position
    if (position) spans.push({ name: element.name, start: position.start, end: position.end })
  }
  return spans
}

/** Prefixes bound to namespaces other than TEI's anywhere in the document. */
function foreignPrefixes(root: Root): Set<string> {
  const prefixes = new Set<string>()
  const visit = (parent: Element | Root): void => {
    for (const element of childElements(parent)) {
      for (const [name, value] of Object.entries(element.attributes)) {
        if (name.startsWith('xmlns:') && value !== TEI_NS) prefixes.add(name.slice(6))
      }
      visit(element)
    }
  }
  visit(root)
  return prefixes
}
