/**
 * Names in documents of several released files: the entities stage runs on the grouped
 * document with the corpus's authority file as on a document of one file, and a name never
 * holds a gap (`<gap reason="withheld">`) where a copy withholds text.
 */
import assert from 'node:assert/strict'
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import test from 'node:test'
import type { Element, Root } from 'xast'
import { editionOfCorpus } from '../src/corpus/index.ts'
import { editionOfFile, editionOfFiles } from '../src/pipeline.ts'
import { toTei } from '../src/tei/document.ts'
import { validateTei } from '../src/validate/index.ts'
import { danglingPointers, elements, parseTei, textOf } from './helpers/tei.ts'

const own = join(import.meta.dirname, 'fixtures', 'copysets-own')
const NAMES = new Set(['persName', 'placeName', 'orgName'])

/** A corpus folder with the given files and an authority file. */
function corpus(files: Record<string, string>, authority: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cable-entities-copies-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  writeFileSync(join(dir, 'entities.yaml'), authority)
  return dir
}

/** Names of the TEI text as `element ref text`. */
function names(tree: Root): string[] {
  const text = elements(tree, 'text')[0]
  return text ? elements(text).filter((e) => NAMES.has(e.name)).map((e) => `${e.name} ${e.attributes.ref} ${textOf(e)}`) : []
}

test('a document of several released files names the entities of the corpus’s authority file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cable-entities-copies-'))
  for (const file of ['draft-C09990001.txt', 'telegram-C09990002.txt']) copyFileSync(join(own, file), join(dir, file))
  writeFileSync(join(dir, 'entities.yaml'), 'places:\n  - id: brest\n    name: Brest\n')
  const { models } = editionOfCorpus(dir, ['draft-C09990001.txt', 'telegram-C09990002.txt'])
  const [grouped] = models
  assert.equal(models.length, 1, 'the draft and its telegram are one document')
  assert.equal(grouped?.descriptions.length, 2)
  const alone = editionOfFile(join(dir, 'telegram-C09990002.txt'))
  assert.deepEqual(grouped?.entities.list.map((e) => e.key), alone.entities.list.map((e) => e.key))
  assert.ok(grouped?.entities.list.some((e) => e.key === 'place-brest'))
  const xml = toTei(grouped!)
  assert.ok(names(parseTei(xml)).includes('placeName #place-brest Brest'))
  assert.deepEqual(danglingPointers(parseTei(xml)), [])
  const path = join(dir, 'grouped.xml')
  writeFileSync(path, xml)
  assert.deepEqual(await validateTei([path]), [])
})

const cable = (doc: string, line: string): string =>
  `UNCLASSIFIED U.S. Department of State Case No. F-2017-13804 Doc No. ${doc} Date: 08/26/2019\n\nRELEASE IN PART\n\nSUBJECT: TALKS WITH THE MINISTER\n\n1. ${line}\n\n2. The delegation will report on the talks in the usual way by the end of the week.\n`

/** Whether an element stands inside a name. */
function inName(tree: Root, target: Element): boolean {
  const walk = (node: Element, named: boolean): boolean | undefined => {
    if (node === target) return named
    for (const child of node.children) if (child.type === 'element') {
      const found = walk(child, named || NAMES.has(child.name))
      if (found !== undefined) return found
    }
    return undefined
  }
  const root = elements(tree)[0]
  return root ? walk(root, false) === true : false
}

test('a name never holds a gap where a copy withholds text', async (t) => {
  const dir = corpus(
    {
      'full-C09990021.txt': cable('C09990021', 'The Minister met Heydar Aliyev and then Yukalov in Baku on Tuesday morning.'),
      'cut-C09990022.txt': cable('C09990022', 'The Minister met Heydar B6 and then B6 in Baku on Tuesday morning.')
    },
    'people:\n  - id: heydar-aliyev\n    name: Heydar Aliyev\n  - id: yukalov\n    name: Yukalov\nplaces:\n  - id: baku\n    name: Baku\n'
  )
  const full = join(dir, 'full-C09990021.txt')
  const model = editionOfFiles([full, join(dir, 'cut-C09990022.txt')], { copyText: full })
  const tree = parseTei(toTei(model))
  const gaps = elements(tree, 'gap')
  await t.test('should write every gap the model counts, none inside a name', () => {
    assert.ok(gaps.length > 0)
    assert.equal(gaps.length, model.withheld.count)
    assert.deepEqual(gaps.filter((g) => inName(tree, g)).map((g) => g.attributes.n), [])
  })
  await t.test('should tag a name within one reading inside that reading, and leave untagged one around a reading that withholds', () => {
    const tagged = names(tree)
    assert.ok(tagged.includes('persName #person-yukalov Yukalov'), tagged.join('; '))
    assert.ok(tagged.includes('placeName #place-baku Baku'), tagged.join('; '))
    assert.ok(!tagged.some((n) => n.startsWith('persName #person-heydar-aliyev')), tagged.join('; '))
  })
  await t.test('should stay valid TEI', async () => {
    const path = join(dir, 'cut.xml')
    writeFileSync(path, toTei(model))
    assert.deepEqual(await validateTei([path]), [])
    assert.deepEqual(danglingPointers(tree), [])
  })
})
