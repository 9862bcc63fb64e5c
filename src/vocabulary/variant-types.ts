/**
 * The kinds of variation the apparatus distinguishes (`app/@type`), with the one wording of
 * each that the TEI taxonomy, the site's About page and the CLI all use.
 */

/** Types the collation assigns to a point of variation (an editor may override them). */
export const VARIANT_TYPES = ['substantive', 'marking', 'ocr', 'transposition'] as const

export type VariantType = (typeof VARIANT_TYPES)[number]

/** Types of `app` the TEI writer adds for what belongs to one copy's page, not to the text. */
export const MARK_TYPES = ['furniture', 'ocr-markup'] as const

export type MarkType = (typeof MARK_TYPES)[number]

/** Every `app/@type` value the edition writes. */
export type AppType = VariantType | MarkType

/** What each type means, in one sentence a reader of the apparatus understands. */
export const APP_TYPE_DESCRIPTIONS: Readonly<Record<AppType, string>> = Object.freeze({
  substantive:
    'Substantive variant: the copies differ in wording (a word or passage added, omitted or changed). The lemma is the reading of the copy text.',
  marking:
    'Marking variant: the copies differ only in classification markings such as (C), (S), (U) or (LOU), or in whether words are struck through. The lemma is the reading of the copy text.',
  ocr: 'OCR variant: the copies differ only by scanner noise (look-alike letters from another script, doubled, confused or swapped letters, stray characters, words split or joined, or words read out of order within a short span). The lemma is the clean reading, whichever copy has it.',
  transposition:
    'Transposition: a passage of several words stands in another place in one copy. Both places are linked by a shared identifier; the lemma is the reading of the copy text.',
  furniture:
    'Page furniture (banner, page number, page header, stamp) of the copies named in the reading; not part of the text, shown in the witness views.',
  'ocr-markup':
    'Markup the OCR tool added (heading marks, escapes, stray raised marks, drawn rules), regularised to nothing; the original is kept.'
})

/** Whether a value is one of the collation's variant types. */
export function isVariantType(value: unknown): value is VariantType {
  return VARIANT_TYPES.some((type) => type === value)
}
