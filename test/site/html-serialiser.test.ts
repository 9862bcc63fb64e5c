/**
 * The site's own hast → HTML serialiser (src/site/html.ts) writes what hast-util-to-html writes,
 * on every part of every page of the sample, the fixture cables and the TEI fixtures.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toHtml } from 'hast-util-to-html';
import { editionOfFile } from '../../src/pipeline.ts';
import { documentOfModel, documentsOfTeiFolder } from '../../src/site/documents.ts';
import { html } from '../../src/site/html.ts';
import { pageTree } from '../../src/site/layout.ts';
import { Links } from '../../src/site/urls.ts';
import { h, text, type ElementContent } from '../../src/render/hast.ts';
import type { EditionDocument } from '../../src/site/edition.ts';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const cables = here('../fixtures/cables/');

async function documents(): Promise<EditionDocument[]> {
  const raw = [here('../../corpus/FL-2017-13804-B-00002120004.txt'), ...readdirSync(cables).filter((f) => f.endsWith('.txt')).map((f) => join(cables, f))];
  return [...raw.map((path) => documentOfModel(editionOfFile(path))), ...(await documentsOfTeiFolder(here('../fixtures/tei/')))];
}

/** Every piece of hast a document's pages are made of. */
function parts(document: EditionDocument): Array<[string, ElementContent[]]> {
  const { rendered } = document;
  return [
    ['reading text', rendered.reading.text],
    ['footnotes', rendered.reading.footnotes],
    ['editorial declaration', rendered.editorialDeclaration],
    ['comparison', rendered.compare ? [rendered.compare] : []],
    ...rendered.witnesses.flatMap((witness): Array<[string, ElementContent[]]> => [[`witness ${witness.siglum}`, witness.view.text], [`witness ${witness.siglum} notes`, witness.view.footnotes]]),
  ];
}

test('every part of every page serialises as hast-util-to-html serialises it', async () => {
  for (const document of await documents()) {
    for (const [name, nodes] of parts(document)) assert.equal(html(nodes), toHtml(nodes), `${document.id}: ${name}`);
  }
});

test('the page shell (head, navigation, footer, under a path prefix) serialises as hast-util-to-html serialises it', () => {
  const site = { edition: { settings: { title: 'T & "quotes"', intro: [], publisher: 'P', url: 'https://example.org' }, version: '1.0', buildDate: '2020-02-02' }, links: new Links('/sub/path/', 'https://example.org') };
  const tree = pageTree(site, {
    title: 'A <title>',
    path: '/about/',
    lang: 'ru',
    head: [h('meta', { name: 'citation_title', content: 'x "y" & z\'s `q` \u0000' }), h('script', { type: 'application/ld+json' }, [text('{"a":"</b> & <c>"}')])],
    main: [h('a', { href: '/x', download: '', type: 'application/tei+xml' }, [text('TEI')]), h('time', { dateTime: '2020-01-01' }, [text('1 Jan')]), h('td', { colSpan: 2, headers: ['a', 'b'] })],
  });
  assert.equal(html(tree), toHtml(tree));
});
