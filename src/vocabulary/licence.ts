/**
 * The one licence statement of every edition this tool writes: in each TEI header's
 * `availability`, in the `teiCorpus`, and in the footer of every page. The records are US
 * government works; the edition's own contribution (transcription, encoding, apparatus,
 * site text) is dedicated to the public domain with CC0, so that nothing restricts reuse of
 * a public record. The tool's source code is under the MIT licence (LICENSE).
 */
export const LICENCE = {
  statement:
    'The documents are works of the US Government and in the public domain. The edition (transcription, encoding, apparatus and site) is dedicated to the public domain under CC0 1.0.',
  url: 'https://creativecommons.org/publicdomain/zero/1.0/'
} as const
