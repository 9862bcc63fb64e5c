/**
 * parsePlainTei, the quick reader of the TEI the generator writes, gives the tree parseTei gives
 * (less positions) on that TEI, and leaves everything else to parseTei.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { editionOfFile } from '../../src/pipeline.ts';
import { parsePlainTei, parseTei } from '../../src/render/tei.ts';
import { toTei } from '../../src/tei/document.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'cables');

/** A tree without the positions parseTei records. */
function withoutPositions<T>(node: T): T {
  if (Array.isArray(node)) return node.map(withoutPositions) as T;
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(Object.entries(node).filter(([key]) => key !== 'position').map(([key, value]) => [key, withoutPositions(value)])) as T;
}

test('the TEI the generator writes reads as parseTei reads it, without positions', () => {
  const cables = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort();
  assert.ok(cables.length > 0);
  for (const cable of cables) {
    const xml = toTei(editionOfFile(join(fixtures, cable)));
    const plain = parsePlainTei(xml);
    assert.equal(plain.position, undefined, `${cable}: read by the quick reader`);
    assert.deepEqual(plain, withoutPositions(parseTei(xml)), cable);
  }
});

test('references, empty elements and single-quoted attributes read as parseTei reads them', () => {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><p n='1 &amp; 2' rend="a&#x41;&#66;">x &lt; y &gt; z &quot;&apos;<lb/> <pb n="2" /></p></TEI>\n`;
  const plain = parsePlainTei(xml);
  assert.equal(plain.position, undefined);
  assert.deepEqual(plain, withoutPositions(parseTei(xml)));
});

test('what the writer never makes is read by parseTei, positions and all', () => {
  const other = [
    '<TEI><!-- a comment --><p>x</p></TEI>',
    '<TEI><p><![CDATA[a < b]]></p></TEI>',
    '<?xml version="1.0"?><TEI><p>x</p></TEI>',
    '<TEI><p rend="a\tb">x</p></TEI>',
    '<TEI><?pi here?><p>x</p></TEI>',
    '<TEI><p>x\r\ny</p></TEI>',
    '<TEI><p>\u{1F600}</p></TEI>',
  ];
  for (const xml of other) {
    const tree = parsePlainTei(xml);
    assert.ok(tree.position, xml);
    assert.deepEqual(tree, parseTei(xml), xml);
  }
});

test('a document parseTei refuses is refused with its error', () => {
  for (const xml of ['<TEI><p>x</TEI>', '<TEI><p>a & b</p></TEI>', '<TEI><p>&nbsp;</p></TEI>', '<TEI a="1" a="2"/>', '<TEI/><TEI/>', '<TEI><p>&#0;</p></TEI>']) {
    assert.throws(() => parsePlainTei(xml), (error: Error) => {
      assert.throws(() => parseTei(xml), { message: error.message });
      return true;
    }, xml);
  }
});

test('a byte order mark is not content', () => {
  const xml = '<TEI><p>x</p></TEI>';
  assert.deepEqual(parsePlainTei(`\uFEFF${xml}`), parsePlainTei(xml));
});
