/**
 * A volume's pages (a TEI master of many documents, such as a FRUS volume): its own page with
 * the title page and the table of contents, a page per section of its front and back matter
 * (preface, persons, abbreviations and terms, index), and what its documents' pages show of it
 * (the way back to the volume, the neighbouring documents, the persons and terms they name).
 */
import { h, text, type ElementContent, type EntryUse } from '../../render/index.ts'
import type { ContentsEntry, VolumePlace, VolumeSite } from '../edition.ts'
import { page, section, type SiteContext } from '../layout.ts'
import { paths } from '../urls.ts'
import { entryAnchor } from '../../render/handlers/namesdates.ts'
import { dateRange } from './shared.ts'

/** The volume's page: title, editors, imprint, title page, contents. */
export function volumePage(site: SiteContext, volume: VolumeSite): string {
  const { links } = site
  const imprint = [volume.place, volume.publisher].filter(Boolean).join(': ') + (volume.year ? `, ${volume.year}` : '')
  const facts: [string, string][] = [
    ['Series', volume.series],
    ['Editors', volume.editors.join(', ')],
    ['Published', imprint.replace(/^, /, '')],
  ]
  const documents = site.edition.documents.filter((document) => document.volume?.id === volume.id).length
  return page(site, {
    title: volume.title,
    path: paths.volume(volume.id),
    main: [
      h('h1', {}, [text(volume.title)]),
      h('dl', { className: ['volume-facts'] }, facts.filter(([, value]) => value).flatMap(([label, value]) => [h('dt', {}, [text(label)]), h('dd', {}, [text(value)])])),
      h('p', {}, [
        text(`${documents} document${documents === 1 ? '' : 's'}. `),
        h('a', { href: links.href(paths.tei(volume.id)), download: '', type: 'application/tei+xml' }, [text('Download the volume (TEI)')]),
      ]),
      ...(volume.titlePage ? [section('title-page', 'Title page', [h('div', { className: ['edition-text', 'title-page'] }, volume.titlePage.text), ...volume.titlePage.footnotes])] : []),
      section('contents', 'Contents', [h('ol', { className: ['volume-contents'] }, contentsItems(site, volume, volume.contents, 3))]),
    ],
  })
}

function contentsItems(site: SiteContext, volume: VolumeSite, entries: ContentsEntry[], level: number): ElementContent[] {
  return entries.map((entry) => {
    if (entry.kind === 'section') {
      return h('li', { className: ['contents-section'] }, [h('a', { href: site.links.href(paths.volumeSection(volume.id, entry.id)) }, [text(entry.title)])])
    }
    if (entry.kind === 'document') {
      const date = dateRange(entry.date, entry.dateEnd)
      return h('li', { className: ['contents-document'] }, [
        h('a', { href: site.links.href(paths.document(entry.id)) }, [text(entry.title)]),
        ...(date ? [text(' '), h('span', { className: ['contents-date'] }, [text(`(${date})`)])] : []),
      ])
    }
    const headingId = `${entry.id}-heading`
    return h('li', { id: entry.id, className: ['contents-group'] }, [
      h(`h${Math.min(level, 6)}`, { id: headingId }, [text(entry.title)]),
      ...(entry.intro ? [h('div', { className: ['edition-text', 'group-intro'] }, entry.intro.text), ...entry.intro.footnotes] : []),
      h('ol', { ariaLabelledBy: headingId }, contentsItems(site, volume, entry.entries, level + 1)),
    ])
  })
}

/** A section of front or back matter on its own page. */
export function sectionPage(site: SiteContext, volume: VolumeSite, part: VolumeSite['sections'][number]): string {
  const path = paths.volumeSection(volume.id, part.id)
  const index = volume.sections.indexOf(part)
  const previous = volume.sections[index - 1]
  const next = volume.sections[index + 1]
  const neighbours = [
    previous ? { path: paths.volumeSection(volume.id, previous.id), label: `Previous: ${previous.title}`, rel: 'prev' } : undefined,
    next ? { path: paths.volumeSection(volume.id, next.id), label: `Next: ${next.title}`, rel: 'next' } : undefined,
  ].filter((item) => item !== undefined)
  return page(site, {
    title: `${part.title} · ${volume.title}`,
    path,
    main: [
      volumeTrail(site, volume.id, volume.title, []),
      h('h1', {}, part.part.heading ?? [text(part.title)]),
      h('div', { className: ['document-layout'] }, [
        ...(part.part.entries.length ? [h('div', { className: ['sidebar'] }, [entriesPanel(part.part.entries)])] : []),
        h('div', { className: ['document-body'] }, [
          section('text', 'Text', [h('div', { className: ['edition-text', 'reading'] }, part.part.text)]),
          ...part.part.footnotes,
        ]),
      ]),
      ...(neighbours.length ? [h('nav', { className: ['neighbours'], ariaLabel: 'Sections of the volume' }, [h('ul', {}, neighbours.map((item) =>
        h('li', {}, [h('a', { href: site.links.href(item.path), rel: item.rel }, [text(item.label)])]),
      ))])] : []),
    ],
  })
}

/** The way back from a page to its volume: the volume, then its groups (anchors of the volume page). */
export function volumeTrail(site: SiteContext, id: string, title: string, trail: VolumePlace['trail']): ElementContent {
  const volume = paths.volume(id)
  const items = [
    h('li', {}, [h('a', { href: site.links.href(volume) }, [text(title)])]),
    ...trail.map((group) => h('li', {}, [h('a', { href: `${site.links.href(volume)}#${encodeURIComponent(group.id)}` }, [text(group.title)])])),
  ]
  return h('nav', { className: ['breadcrumbs'], ariaLabel: 'In the volume' }, [h('ol', {}, items)])
}

/** Previous and next documents of the volume. */
export function documentNeighbours(site: SiteContext, place: VolumePlace): ElementContent | undefined {
  const items = [
    place.previous ? h('li', {}, [h('a', { href: site.links.href(paths.document(place.previous.id)), rel: 'prev' }, [text(`Previous: ${place.previous.title}`)])]) : undefined,
    place.next ? h('li', {}, [h('a', { href: site.links.href(paths.document(place.next.id)), rel: 'next' }, [text(`Next: ${place.next.title}`)])]) : undefined,
  ].filter((item) => item !== undefined)
  return items.length ? h('nav', { className: ['neighbours'], ariaLabel: 'Documents of the volume' }, [h('ul', {}, items)]) : undefined
}

/**
 * The persons and terms a page's text names, each with its identification and a link to the
 * volume's list (as history.state.gov gives them beside each document). The names in the text
 * point here with `aria-describedby`.
 */
export function entriesPanel(entries: EntryUse[]): ElementContent {
  const byLabel = (a: EntryUse, b: EntryUse): number => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)
  const group = (kind: EntryUse['kind'], title: string): ElementContent[] => {
    const list = entries.filter((entry) => entry.kind === kind).sort(byLabel)
    if (!list.length) return []
    return [
      h('h3', {}, [text(title)]),
      h('dl', { className: ['entries', `entries-${kind}`] }, list.flatMap((entry) => [
        h('dt', {}, [h('a', { href: entry.href }, [text(entry.label)])]),
        h('dd', { id: entryAnchor(entry.id) }, [text(entry.description || entry.label)]),
      ])),
    ]
  }
  return section('entries', 'Persons and terms', [...group('person', 'Persons'), ...group('term', 'Abbreviations and terms')], ['panel'])
}
