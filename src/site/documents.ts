/** Documents rendered whole, for their own pages: made by the pipeline, or read from TEI masters. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EditionModel } from '../edition/model.ts';
import { metadataOf, renderDocument, type RenderedDocument } from '../render/index.ts';
import { toTei } from '../tei/document.ts';
import { byCodepoint, sortEntries, witnessHref, type DocumentEntry, type EditionDocument } from './edition.ts';
import { entityPassages } from './registers.ts';
import { TeiParseError } from './errors.ts';

/** A document the build made: its TEI, rendered with the metadata of its model. */
export function documentOfModel(model: EditionModel): EditionDocument {
  const xml = toTei(model);
  return { id: model.id, file: model.file, xml, rendered: renderDocument(xml, { fallbackId: model.id, metadata: metadataOf(model), witnessHref }) };
}

/** The entry of a rendered document: what the corpus-wide pages need of it. */
export function entryOf(document: EditionDocument): DocumentEntry {
  const { rendered } = document;
  return {
    id: document.id,
    file: document.file,
    metadata: rendered.metadata,
    compare: rendered.compare !== undefined,
    variantTypes: rendered.variantTypes,
    editorialDeclaration: rendered.editorialDeclaration,
    passages: entityPassages(document),
    ...(document.volume ? { volume: document.volume.id } : {}),
  };
}

/** Read and render every `*.xml` TEI master in a folder of inputs, ordered by date then id. */
export async function documentsOfTeiFolder(teiDir: string): Promise<EditionDocument[]> {
  const files = (await readdir(teiDir)).filter((name) => name.endsWith('.xml') && name !== 'corpus.xml').sort(byCodepoint);
  const documents: EditionDocument[] = [];
  for (const file of files) {
    const xml = await readFile(join(teiDir, file), 'utf8');
    if (/<teiCorpus[\s>]/.test(xml.slice(0, 2000))) continue;
    const fallbackId = file.replace(/\.xml$/, '');
    let rendered: RenderedDocument;
    try {
      rendered = renderDocument(xml, { fallbackId, witnessHref });
    } catch (error) {
      throw TeiParseError.from(join(teiDir, file), error);
    }
    documents.push({ id: rendered.metadata.id, file, xml, rendered });
  }
  return sortDocuments(documents);
}

/** Documents in the edition's order (by date, then id; undated last). */
export function sortDocuments(documents: readonly EditionDocument[]): EditionDocument[] {
  return sortEntries(documents.map((document) => ({ document, id: document.id, metadata: document.rendered.metadata }))).map(({ document }) => document);
}
