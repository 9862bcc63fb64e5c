/** Who publishes the edition; named once, used in TEI headers and the site. */
export const EDITION = {
  name: 'cable-edition',
  publisher: 'cable-edition: digital editions of declassified State Department records'
} as const
