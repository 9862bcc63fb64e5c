/**
 * The renderer on the generator's own TEI (the sample and every fixture cable), not only on
 * hand-written TEI: every variation point of the text has its footnote, every witness view reads
 * its own copy, and nothing the generator writes falls back to the generic rendering.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { apparatusOf } from '../../src/edition/place.ts';
import { editionOfFile } from '../../src/pipeline.ts';
import { metadataOf, renderDocument } from '../../src/render/index.ts';
import { toTei } from '../../src/tei/document.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'cables');
const inputs = [
  join(import.meta.dirname, '..', '..', 'corpus', 'FL-2017-13804-B-00002120004.txt'),
  ...readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort().map((f) => join(fixtures, f)),
];

for (const input of inputs) {
  const name = input.split('/').pop() ?? input;
  test(`${name}: rendered from the TEI the generator wrote`, async (t) => {
    const model = editionOfFile(input);
    const rendered = renderDocument(toTei(model), { fallbackId: model.id, metadata: metadataOf(model) });
    const reading = toHtml([...rendered.reading.text, ...rendered.reading.footnotes]);

    // Issue 9: a moved passage's two places share one note, and a routing block's variants
    // are one note; every variation point still resolves to the note that holds it.
    await t.test('should give every variation point of the text a note it resolves to, each note linked both ways', () => {
      const ids = apparatusOf(model.text).map((unit) => unit.id);
      for (const id of ids) assert.ok(reading.includes(`id="${id}"`), `note of ${id}`);
      const notes = [...reading.matchAll(/<li id="(app-[^"]+)" class="footnote/g)].map((match) => match[1]);
      assert.equal(notes.length, rendered.reading.apparatusCount);
      assert.ok(notes.length <= ids.length && (ids.length === 0 || notes.length > 0));
      for (const note of notes) {
        assert.ok(reading.includes(`id="ref-${note}"`), `call of ${note}`);
        assert.ok(reading.includes(`href="#${note}"`), `link to ${note}`);
      }
    });
    await t.test('should render every element the generator writes with a handler of its own', () => {
      assert.deepEqual(rendered.warnings, []);
    });
    await t.test('should give each witness a view with its own words', () => {
      assert.deepEqual(rendered.witnesses.map((w) => w.siglum), model.descriptions.map((d) => d.siglum));
      for (const stream of model.streams) {
        const view = toHtml(rendered.witnesses.find((w) => w.siglum === stream.siglum)?.view.text ?? []);
        const words = stream.slots.slice(0, 40).map((slot) => slot.token.text.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;'));
        for (const word of words) assert.ok(view.includes(word), `${stream.siglum}: ${word}`);
      }
    });
  });
}
