/**
 * The parse of a raw file in pieces (src/parse/lines.ts: plain paragraphs read directly, the rest
 * by remark-parse a few hundred lines at a time) gives what one remark-parse of the whole file
 * gives: the same lines, pieces of markup and blocks.
 */
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import test from 'node:test'
import fc from 'fast-check'
import { generateCable } from '../bench/generate.ts'
import { parseLines } from '../src/parse/lines.ts'
import { sourceFromText } from '../src/source/read.ts'
import { slow } from './helpers/slow.ts'

const fixtures = join(import.meta.dirname, 'fixtures', 'cables')

function samePieces(name: string, text: string): void {
  const source = sourceFromText(name, text)
  assert.deepEqual(parseLines(source), parseLines(source, { wholeDocument: true }), name)
}

test('the sample, the fixture cables and generated cables parse in pieces as in one', () => {
  samePieces('sample', readFileSync(join(import.meta.dirname, '..', 'corpus', 'FL-2017-13804-B-00002120004.txt'), 'utf8'))
  for (const file of readdirSync(fixtures).filter((name) => name.endsWith('.txt'))) samePieces(file, readFileSync(join(fixtures, file), 'utf8'))
  for (let index = 0; index < 20; index++) samePieces(`generated ${index}`, generateCable(index).text)
})

/** Lines of every kind Markdown reads differently, and plain ones. */
const LINES = [
  '', '', '', '   ', '\t',
  'Plain prose of a cable, as most of its lines are.', 'ALL CAPS TELEGRAM TEXT, WITH COMMAS.', 'continued prose line',
  '1. (C) A numbered paragraph.', '2. Another, <del>struck</del> word.', '3) A numbered paragraph closed by a parenthesis.', '10. Ten.',
  '- a bullet', '* another bullet', '+ plus bullet', '  indented continuation', '    four spaces: code or continuation', '\t\t\tAP)\tPR:\tST',
  '# CONFIDENTIAL', '## -SECRET', '### \\_SECRET', 'SUBJECT: A FIELD', '-----------------\t--------------', '---', '===', '***', '___',
  '```', '~~~', '```js', '<!-- a comment', 'end of comment -->', '<pre>', '</pre>', '<div>', '<del>struck</del> at the start',
  '> a quotation', '>', '[ref]: /url "title"', 'a [ref] to it', '![image](x.png)', 'a `code span` here', 'an open ` backtick',
  'escaped \\* and \\_ and \\# marks', 'a <sup>~</sup> stray mark', 'trailing backslash \\', '&amp; &#35; &nbsp; references',
  '-CONFIDENTIAL', '- CONFIDENTIAL', '~CONFIDENTIAL', '-- a dash paragraph', '--', '2', '2.', '1.5 (b, d).', '1234567890. ten digits',
  '1. # a heading in an item', '- > a quote in an item', '1.      code in an item', '-\tA tabbed bullet', '- 1. nested', '* - nested', '+', '2)', '1)\t',
  '# foo ##', '# foo ', '## SECRET\t', '#  foo  ', '# foo#', '### ###', '# #', '# ##', '#\t\tfoo\t#\t', '## foo \t##x', '#    ', '# foo # #', '###### six', '# -CONFIDENTIAL-  ##',
  '#3921', '#', '####### seven', '* * *', '- - -', '_ _ _', '=====', '-----', '  ---', '*emphasis* first', '+plus', '``not a fence', '~~',
  '2/2/20 FL-2017-13804 B-00002120004', 'UNCLASSIFIED U.S. Department of State Case No. F-2014-20439 Doc No. C05765907', 'PAGE 01 STATE 052113 152214Z',
  // The OCR tool's tags and escapes, read without remark-parse, and what is near them.
  '<sup>~</sup>PAGE 01 STATE 204310', '2. <del>(c)</del> begin text:', '- <sup>1</sup> a note', '<DEL>upper</DEL> case', '</del> a closing tag first', '<Sup>2</SUP>',
  '<del>', '<del>  ', '</sup>', '<sup></sup>', '<del >spaced', 'x <br> y', 'a <b>bold</b> tag', '<p>para', '<details>', 'an <http://auto.link> here', 'mail <a@b.cd>', '<del',
  '\\<del> an escaped tag', 'a \\\\ backslash pair', 'a \\` escaped backtick', 'one ` stray', 'two `` runs', 'a ``pair`` of runs', 'closes the ` stray', '`lwhatever',
  '# \\_CONFIDENTIAL', '## <del>struck</del> heading', '### a `code` heading', '# \\#', '1. `open', '2. a [bracket', '\\[not a link\\]', '\\', '`', '``', '1. <del>', '- </del> x', '  <del>x</del> indented',
  'a `<del>hidden</del>` tag', 'a `\\_` hidden escape', 'opens ` and <del>x</del>', 'a \\* then ` closes', '2. <sup>~</sup> `x`', 'a `b\\` c',
  'a \\n not an escape', 'C:\\Program Files\\9',
]

test('lines that open an HTML block or a code span hide the escapes and tags of the lines after them', () => {
  const documents = [
    ['<del>', 'escaped \\* and \\_ after an HTML block line'],
    ['</sup>', '<del>x</del> in the HTML block'],
    ['<del>  ', 'text \\# in it'],
    ['opens ` a code span', 'and \\_ <del>x</del> in it`'],
    ['a `b\\` c', 'd \\* e'],
  ]
  for (const lines of documents) samePieces(lines.join(' / '), lines.join('\n'))
})

test('any document made of such lines parses in pieces as in one', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 120 }), fc.constantFrom('\n', '\r\n', '\r'), (lines, ending) => {
      samePieces('generated', lines.join(ending))
    }),
    { numRuns: 400 },
  )
})

/** Long plain paragraphs (read without remark-parse) among lines of every kind. */
const PLAIN = ['Plain prose of a cable, as most of its lines are.', 'ALL CAPS TELEGRAM TEXT, WITH COMMAS.', 'continued prose line', '  indented continuation (c) 1999', 'More & more *emphasis* and_underscores_ here']
const documents = fc.array(
  fc.oneof(
    fc.constantFrom(...LINES).map((line) => [line]),
    fc.array(fc.constantFrom(...PLAIN), { minLength: 18, maxLength: 40 }).map((lines) => ['', ...lines, '']),
  ),
  { minLength: 1, maxLength: 60 },
).map((blocks) => blocks.flat())

test('documents with long plain paragraphs parse in pieces as in one', slow, () => {
  fc.assert(fc.property(documents, (lines) => samePieces('paragraphs', lines.join('\n'))), { numRuns: 150 })
})

/** List items and block quotes whose paragraph goes on for many lines, marked, indented or not (lazy continuation lines), read without remark-parse. */
const ITEMS = [
  '1. (C) A numbered paragraph.', '2. Another, <del>struck</del> word.', '3) Closed by a parenthesis.', '- a bullet', '* another bullet', '1.', '10. Ten \\_ escaped.',
  '> QUOTED TEXT.', '>QUOTED', '> <del>struck</del> first', '> <del>', '>  two spaces', '>     code in a quote', '> - a list in a quote', '> > nested', '>', '>\ttab',
]
const QUOTED = ['> more of the quote', '>more', '   > three spaces', '    > four spaces', '> ', '> <del>x</del> struck', '> `code', '> # heading', '>> nested']
const itemDocuments = fc.array(
  fc.oneof(
    fc.constantFrom(...LINES).map((line) => [line]),
    fc.tuple(fc.constantFrom(...ITEMS), fc.array(fc.constantFrom(...PLAIN, ...LINES, ...QUOTED), { minLength: 1, maxLength: 30 })).map(([item, lines]) => ['', item, ...lines, '']),
    fc.tuple(fc.constantFrom(...ITEMS), fc.array(fc.constantFrom(...PLAIN, ...QUOTED), { minLength: 1, maxLength: 30 })).map(([item, lines]) => ['', item, ...lines, '']),
    fc.tuple(fc.constantFrom(...ITEMS), fc.array(fc.constantFrom(...PLAIN), { minLength: 1, maxLength: 30 })).map(([item, lines]) => ['', item, ...lines, '']),
  ),
  { minLength: 1, maxLength: 40 },
).map((blocks) => blocks.flat())

test('list items and block quotes whose paragraph goes on for many lines parse in pieces as in one', slow, () => {
  fc.assert(fc.property(itemDocuments, (lines) => samePieces('items', lines.join('\n'))), { numRuns: 400 })
})

test('a long document, read by remark-parse in several pieces, parses as in one', slow, () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...LINES), { minLength: 800, maxLength: 1600 }), (lines) => {
      samePieces('long', lines.join('\n'))
    }),
    { numRuns: 25 },
  )
})
