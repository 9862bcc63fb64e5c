/**
 * The kinds of variation the apparatus distinguishes (`app/@type`), with the one wording of
 * each that the TEI taxonomy, the site's About page and the CLI all use.
 */

/** Types the collation assigns to a point of variation (an editor may override them). */
export const VARIANT_TYPES = ['substantive', 'marking', 'transposition', 'ocr', 'orthographic'] as const

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
  ocr: 'OCR variant: the copies differ only by scanner noise: look-alike letters from another script, doubled, confused or swapped letters, stray characters, words split or joined, or words read out of order (one copy breaks a sentence where the other reads whole, or its lines were read in the wrong order). The lemma is the clean reading, and for words read out of order the clean order, whichever copy has it.',
  transposition:
    'Transposition: words stand in another order in one copy and both orders read well: a passage of two words or more moved (its two places are linked to each other), or words swapped in one place (two names). The lemma is the reading of the copy text.',
  orthographic:
    'Orthographic variant: the copies differ only in letter case (a telegram was transmitted in capitals, its draft typed in mixed case) or in punctuation at the edges of words (a comma, a full stop, a quotation mark and its style). Kept in the TEI and hidden from the default apparatus; the lemma is the reading of the copy text.',
  furniture:
    'Page furniture (banner, page number, page header, stamp) of the copies named in the reading; not part of the text, shown in the witness views.',
  'ocr-markup':
    'Markup the OCR tool added (heading marks, escapes, stray raised marks, drawn rules), regularised to nothing; the original is kept.'
})

/** Whether a value is one of the collation's variant types. */
export function isVariantType(value: unknown): value is VariantType {
  return VARIANT_TYPES.some((type) => type === value)
}
