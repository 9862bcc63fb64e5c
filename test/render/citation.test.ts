/** Citation files keep a title as typed, whatever characters the OCR read into it. */
import assert from 'node:assert/strict';
import test from 'node:test';
import { editionOf } from '../../src/pipeline.ts';
import { metadataOf } from '../../src/render/metadata.ts';
import { bibtex, cslJson, ris } from '../../src/site/citation.ts';
import { sourceFromText } from '../../src/source/read.ts';

const TITLE = 'Talks 50% done: {Aliyev} & Co. #2 \\ C:\\dir ~ver^2 $5 a_b';

function citing(title: string) {
  const metadata = { ...metadataOf(editionOf(sourceFromText('x.txt', 'SUBJECT: TALKS\n\n1. The talks went well.\n'))), title };
  return { metadata, editionTitle: 'An Edition', publisher: 'Us', version: '1', url: 'https://example.test/documents/x/', teiUrl: 'https://example.test/tei/x.xml' };
}

test('BibTeX: a title\'s LaTeX special characters are escaped, the braces balanced, a backslash a backslash', () => {
  const entry = bibtex(citing(TITLE));
  const title = /^ {2}title = \{(.*)\},$/m.exec(entry)?.[1];
  assert.equal(title, 'Talks 50\\% done: \\{Aliyev\\} \\& Co. \\#2 \\textbackslash{} C:\\textbackslash{}dir \\textasciitilde{}ver\\textasciicircum{}2 \\$5 a\\_b');
  // Every brace of the entry is one BibTeX reads as a delimiter, once its escaped ones are set aside.
  let depth = 0;
  for (const c of entry.replace(/\\[{}]/g, '')) {
    if (c === '{') depth++;
    if (c === '}') depth--;
    assert.ok(depth >= 0);
  }
  assert.equal(depth, 0);
});

test('RIS and CSL-JSON keep the title as typed, and a line break in it cannot start a field of its own', () => {
  assert.match(ris(citing(TITLE)), new RegExp(`^TI {2}- ${TITLE.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}\r$`, 'm'));
  assert.doesNotMatch(ris(citing('Line one\r\nER  - \r\nTY  - BOOK')), /^TY {2}- BOOK/m);
  assert.equal((JSON.parse(cslJson(citing(TITLE))) as Array<{ title: string }>)[0]?.title, TITLE);
});
