/**
 * Where the pointers of TEI masters lead in the site: `#d12` to that document's page,
 * `#p_SB2` to the volume's list of persons, `#pg_12` to the page that shows page 12,
 * `d-B-00002120004.xml#p-3` to a paragraph of another master of the corpus,
 * `frus1964-68v14#d335` to that volume's page when the corpus holds it, else to
 * history.state.gov (patterns in src/vocabulary/frus.ts, overridable in site/edition.json).
 * Links are relative to the page they stand on, so they work under any path prefix.
 */
import { existsSync, statSync } from 'node:fs'
import { basename, extname, resolve } from 'node:path'
import type { Links, Target } from '../render/index.ts'
import { paths, relativeHref } from '../site/urls.ts'
import { FRUS_NOTE_ID, FRUS_VOLUME_ID, type FrusUrls } from '../vocabulary/frus.ts'
import type { Volume } from './volume.ts'

/** Image formats a browser shows; others (FRUS's `.tif` originals) are placeholders. */
const WEB_IMAGES = new Set(['.png', '.jpg', '.jpeg', '.gif', '.svg', '.webp', '.avif'])

/** An image copied from beside a master into the site. */
export interface Media {
  from: string
  to: string
}

export class CorpusLinks {
  /** images the pages show, to copy into the site */
  readonly media: Media[] = []

  constructor(
    private readonly volumes: ReadonlyMap<string, Volume>,
    /** the documents that are masters of their own, by id, with their elements' ids */
    private readonly documents: ReadonlyMap<string, ReadonlySet<string>>,
    private readonly urls: FrusUrls,
  ) {}

  /**
   * The links of one page: `page` is its path in the URL scheme; `volume` the volume it is
   * part of (its `#id` pointers are the volume's); `folder` where its master lies (images).
   */
  forPage(page: string, volume: Volume | undefined, folder: string, owner: string): Links {
    return {
      resolve: (pointer) => this.resolve(pointer, page, volume),
      image: (reference, kind) => (kind === 'facsimile' ? this.facsimile(reference, volume) : this.graphic(reference, page, folder, owner)),
    }
  }

  private resolve(pointer: string, page: string, current: Volume | undefined): Target | undefined {
    const hash = pointer.indexOf('#')
    const file = hash === -1 ? pointer : pointer.slice(0, hash)
    const id = hash === -1 ? '' : pointer.slice(hash + 1)
    if (/^[a-z][a-z\d+.-]*:/i.test(file)) return undefined
    const name = file.replace(/\.xml$/, '')
    const volume = file === '' ? current : this.volumes.get(name)
    if (volume) return this.inVolume(volume, id, page)
    const document = file === '' ? undefined : this.documents.get(name)
    if (document) {
      if (id !== '' && !document.has(id)) return undefined
      return { href: relativeHref(page, paths.document(name)) + (id ? `#${id}` : '') }
    }
    if (FRUS_VOLUME_ID.test(name)) {
      const part = FRUS_NOTE_ID.exec(id)?.[1] ?? id
      const href = (part ? this.urls.part : this.urls.volume).replace('{volume}', encodeURIComponent(name)).replace('{id}', encodeURIComponent(part))
      return { href }
    }
    return undefined
  }

  private inVolume(volume: Volume, id: string, page: string): Target | undefined {
    if (id === '') return { href: relativeHref(page, paths.volume(volume.id)) }
    if (!volume.pages.has(id)) return undefined
    const part = volume.pages.get(id)
    const path = part === undefined ? paths.volume(volume.id) : part.kind === 'document' ? paths.document(part.id) : paths.volumeSection(volume.id, part.id)
    // A document's own id is its page; anything else is a place on a page.
    const fragment = part?.kind === 'document' && part.localId === id ? '' : `#${id}`
    const href = path === page && fragment ? fragment : relativeHref(page, path) + fragment
    const entry = volume.entries.get(id)
    return entry ? { href, entry } : { href }
  }

  /** A FRUS page image, where history.state.gov keeps it. */
  private facsimile(facs: string, volume: Volume | undefined): string | undefined {
    if (!volume || !FRUS_VOLUME_ID.test(volume.id) || !/^[\w.-]+$/.test(facs)) return undefined
    return this.urls.facsimile.replace('{volume}', encodeURIComponent(volume.id)).replace('{facs}', encodeURIComponent(facs))
  }

  /** An image beside the master, copied into the site; undefined when there is none a browser shows. */
  private graphic(reference: string, page: string, folder: string, owner: string): string | undefined {
    if (/^[a-z][a-z\d+.-]*:/i.test(reference) || reference.includes('..')) return undefined
    const from = resolve(folder, reference)
    if (!WEB_IMAGES.has(extname(from).toLowerCase()) || !existsSync(from) || !statSync(from).isFile()) return undefined
    const to = paths.media(owner, basename(from))
    if (!this.media.some((media) => media.to === to)) this.media.push({ from, to })
    return relativeHref(page, to)
  }
}
