/**
 * The entities stage: names of the authority file and posts of the shipped list tagged in the
 * edited text (longest first, on word boundaries, by capitals in ALL-CAPS text, never inside
 * another name nor in furniture), ambiguous ones reported; the authority file's errors with
 * their place; the `entities` command.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import test from 'node:test'
import { readAuthorityFile, type Authority, type Entity } from '../src/entities/index.ts'
import { editionOf } from '../src/pipeline.ts'
import { sourceFromText } from '../src/source/read.ts'
import { toTei } from '../src/tei/document.ts'
import { validateTei } from '../src/validate/index.ts'
import { danglingPointers, elements, parseTei, textOf } from './helpers/tei.ts'

const cli = join(import.meta.dirname, '..', 'bin', 'cable-edition.js')

function entity(kind: Entity['kind'], id: string, name: string, spellings: string[] = []): Entity {
  return { key: `${kind}-${id}`, kind, id, name, spellings: [name, ...spellings], description: '' }
}

const AUTHORITY: Authority = {
  file: 'entities.yaml',
  entities: [
    entity('place', 'nagorno-karabakh', 'Nagorno-Karabakh', ['Karabakh']),
    entity('place', 'armenia', 'Armenia'),
    entity('person', 'ter-petrossian', 'Levon Ter-Petrossian', ['Ter-Petrossian']),
    entity('person', 'petrossian', 'Petrossian'),
    entity('person', 'yukalov', 'Yukalov'),
    entity('person', 'heydar-aliyev', 'Heydar Aliyev', ['Aliyev']),
    entity('person', 'ilham-aliyev', 'Ilham Aliyev', ['Aliyev']),
    entity('org', 'minsk-group', 'OSCE Minsk Group', ['Minsk Group'])
  ]
}

/** Names of a TEI text as `element ref text`. */
function names(xml: string): string[] {
  const text = elements(parseTei(xml), 'text')[0]
  return text ? elements(text).filter((e) => /^(persName|placeName|orgName)$/.test(e.name)).map((e) => `${e.name} ${e.attributes.ref} ${textOf(e)}`) : []
}

function edition(text: string, authority: Authority | undefined = AUTHORITY): { tei: string; warnings: string[] } {
  const model = editionOf(sourceFromText('cable.txt', text), undefined, authority)
  return { tei: toTei(model), warnings: model.warnings.map((w) => `${w.line}:${w.column}: ${w.message}`) }
}

test('names of the authority in the edited text', async (t) => {
  await t.test('should tag the longest spelling first, never a name inside another', () => {
    const { tei } = edition('1. President Ter-Petrossian spoke of Nagorno-Karabakh and of the Karabakh leadership.\n')
    assert.deepEqual(names(tei), [
      'persName #person-ter-petrossian Ter-Petrossian',
      'placeName #place-nagorno-karabakh Nagorno-Karabakh',
      'placeName #place-nagorno-karabakh Karabakh'
    ])
  })

  await t.test('should match on word boundaries only, cutting the name out of its word', () => {
    const { tei } = edition('1. Armenia\'s position differs from the Armenian one, says Pastukhov (or Yukalov).\n')
    assert.deepEqual(names(tei), ['placeName #place-armenia Armenia', 'persName #person-yukalov Yukalov'])
    assert.match(tei, /<placeName ref="#place-armenia">Armenia<\/placeName>'s/)
    assert.match(tei, /\(or <persName ref="#person-yukalov">Yukalov<\/persName>\)/)
  })

  await t.test('should match the capitals of a spelling in ALL-CAPS text only', () => {
    assert.deepEqual(names(edition('1. MINSK GROUP MET IN ARMENIA.\n').tei), ['orgName #org-minsk-group MINSK GROUP', 'placeName #place-armenia ARMENIA'])
    assert.deepEqual(names(edition('1. The minsk group and ARMENIA met in armenia.\n').tei), [], 'mixed-case text: the spelling as written')
  })

  await t.test('should leave an ambiguous spelling untagged and report it with its place', () => {
    const { tei, warnings } = edition('1. The talks with Aliyev went well, said Heydar Aliyev.\n')
    assert.deepEqual(names(tei), ['persName #person-heydar-aliyev Heydar Aliyev'])
    // The text has no subject line either, which is warned about on its own.
    const untagged = warnings.filter((w) => /left untagged/.test(w))
    assert.equal(untagged.length, 1)
    assert.match(untagged[0] ?? '', /^1:19: "Aliyev" is listed for person-heydar-aliyev and person-ilham-aliyev: left untagged/)
  })

  await t.test('should not tag names in page furniture, nor in the reference line', () => {
    const authority: Authority = { file: 'entities.yaml', entities: [...AUTHORITY.entities, entity('org', 'state', 'Department of State')] }
    const stamp = 'UNCLASSIFIED U.S. Department of State Case No. F-2014-20439 Doc No. C05765907 Date: 05/13/2015'
    const text = `${stamp}\n\nSUBJECT: ARMENIA\n\nREF: ARMENIA 1234\n\n1. The Department of State on Armenia.\n\n${stamp}\n\n2. More on Armenia.\n`
    const { tei } = edition(text, authority)
    assert.deepEqual(names(tei), ['placeName #place-armenia ARMENIA', 'orgName #org-state Department of State', 'placeName #place-armenia Armenia', 'placeName #place-armenia Armenia'])
    for (const fw of elements(parseTei(tei), 'fw')) assert.deepEqual(elements(fw).filter((e) => /Name$/.test(e.name)), [], 'no name inside furniture')
  })

  await t.test('should list every entity it names in the standOff, so that each @ref resolves, and stay valid TEI', async () => {
    const { tei } = edition('1. President Ter-Petrossian of Armenia met the Minsk Group.\n')
    const tree = parseTei(tei)
    assert.deepEqual(elements(elements(tree, 'standOff')[0]!).filter((e) => /^(person|place|org)$/.test(e.name)).map((e) => e.attributes['xml:id']), ['person-ter-petrossian', 'place-armenia', 'org-minsk-group'])
    assert.deepEqual(danglingPointers(tree), [])
    const dir = mkdtempSync(join(tmpdir(), 'cable-entities-'))
    writeFileSync(join(dir, 'd.xml'), tei)
    assert.deepEqual(await validateTei([join(dir, 'd.xml')]), [])
  })
})

test('posts of the shipped list in routing lines', async (t) => {
  const cable = 'O 121805Z MAR 73\nFM AMEMBASSY SAIGON\nTO SECSTATE WASHDC IMMEDIATE 4521\nINFO USMISSION USUN NEW YORK\n\nSUBJECT: TEST\n\n1. Embassy Saigon reports.\n'
  const addressed = 'O 121805Z MAR 73\nFM AMEMBASSY SAIGON\nTO SECSTATE WASHDC IMMEDIATE 4521\nINFO AMCONSUL VANCOUVER\n\nSUBJECT: TEST\n\n1. Embassy Saigon reports.\n'
  await t.test('should tag each post as an organisation, the longest address first', () => {
    assert.deepEqual(names(edition(cable, undefined).tei), [
      'orgName #post-amembassy-saigon AMEMBASSY SAIGON',
      'orgName #post-secstate-washdc SECSTATE WASHDC',
      'orgName #post-usmission-usun-new-york USMISSION USUN NEW YORK'
    ])
  })
  await t.test('should point the addresses of the header to the same posts', () => {
    const tree = parseTei(edition(addressed, undefined).tei)
    const header = elements(elements(tree, 'correspDesc')[0]!, 'orgName').map((e) => `${e.attributes.ref} ${textOf(e)}`)
    assert.deepEqual(header, ['#post-amembassy-saigon AMEMBASSY SAIGON', '#post-secstate-washdc SECSTATE WASHDC', '#post-amconsul-vancouver AMCONSUL VANCOUVER'])
  })
  await t.test('should not take an unknown place for a post', () => {
    assert.deepEqual(names(edition('FM AMEMBASSY ATLANTIS\nTO SECSTATE WASHDC\n\n1. Text.\n', undefined).tei), ['orgName #post-secstate-washdc SECSTATE WASHDC'])
  })
})

test('the authority file', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'cable-authority-'))
  const file = (name: string, content: string): string => {
    writeFileSync(join(dir, name), content)
    return join(dir, name)
  }
  const error = (path: string): string => {
    try {
      readAuthorityFile(path)
    } catch (e) {
      return (e as Error).message
    }
    return 'no error'
  }
  await t.test('should read YAML entries with their spellings, the name first', () => {
    const authority = readAuthorityFile(file('ok.yaml', 'people:\n  - id: talbott\n    name: Strobe Talbott\n    spellings: [Talbott]\n    wikidata: Q1\nplaces:\n  - id: baku\n    name: Baku\n'))
    assert.deepEqual(authority.entities.map((e) => [e.key, e.spellings]), [['person-talbott', ['Strobe Talbott', 'Talbott']], ['place-baku', ['Baku']]])
  })
  await t.test('should read the same in JSON', () => {
    const authority = readAuthorityFile(file('ok.json', '{"organisations": [{"id": "osce", "name": "OSCE"}]}'))
    assert.deepEqual(authority.entities.map((e) => e.key), ['org-osce'])
  })
  await t.test('should point at the value the schema refuses', () => {
    assert.match(error(file('bad-id.yaml', 'people:\n  - id: Talbott\n    name: Strobe Talbott\n')), /bad-id\.yaml:2:9: error: people\[0\]\.id: .* is the form it must have/)
    assert.match(error(file('bad-key.yaml', 'places:\n  - id: baku\n    name: Baku\n    spelling: [Baki]\n')), /bad-key\.yaml:4:5: error: places\[0\]: unknown key "spelling"/)
  })
  await t.test('should refuse an id used twice, at its second place', () => {
    assert.match(error(file('twice.yaml', 'people:\n  - id: a\n    name: A\n  - id: a\n    name: B\n')), /twice\.yaml:4:9: error: id "a" is used twice/)
  })
  await t.test('should report YAML it cannot parse with its line', () => {
    assert.match(error(file('broken.yaml', 'people:\n  - id: a\n   name: [\n')), /broken\.yaml:\d+:\d+: error: not valid YAML/)
  })
})

test('cable-edition entities lists the capitalised names not yet in the authority, with counts and lines', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cable-candidates-'))
  writeFileSync(join(dir, 'a.txt'), '1. The Ambassador met Yuri Yukalov and Strobe Talbott in Moscow.\n\n2. Later Yuri Yukalov called. Certainly nothing more.\n')
  writeFileSync(join(dir, 'entities.yaml'), 'people:\n  - id: talbott\n    name: Strobe Talbott\n')
  const result = spawnSync(process.execPath, [cli, 'entities', dir], { encoding: 'utf8' })
  assert.equal(result.status, 0, result.stderr)
  const lines = result.stdout.trim().split('\n')
  assert.equal(lines[0], `2\tYuri Yukalov\t${join(dir, 'a.txt')}:1 ${join(dir, 'a.txt')}:3`)
  assert.ok(lines.some((line) => line.startsWith('1\tMoscow\t')), 'a place not yet listed')
  assert.ok(!lines.some((line) => /Talbott|\tCertainly\t|\tThe\t/.test(line)), 'names already tagged and ordinary words are not listed')
})
