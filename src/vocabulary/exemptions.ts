/**
 * Why text was withheld on release, as reviewers print it beside a cut: FOIA exemptions
 * (`B1`, `B6`: 5 U.S.C. § 552(b)(1)–(9)) and the classification categories of E.O. 13526
 * § 1.4 (`1.4(B)`, `1.4(D)`) that a `B1` cut rests on; the marks of a cut itself (`xxxxx`,
 * `XXXXXXXXXXXX`); and the reviewers' stamps that record the decision.
 * https://www.justice.gov/oip/doj-guide-freedom-information-act-0 ;
 * https://www.archives.gov/isoo/policy-documents/cnsi-eo.html#one4
 */

/** FOIA exemptions, 5 U.S.C. § 552(b). */
export const FOIA_EXEMPTIONS: Readonly<Record<string, string>> = Object.freeze({
  B1: 'classified national security information (FOIA exemption 1)',
  B2: 'internal personnel rules and practices of an agency (FOIA exemption 2)',
  B3: 'information another statute exempts from disclosure (FOIA exemption 3)',
  B4: 'trade secrets and confidential commercial or financial information (FOIA exemption 4)',
  B5: 'privileged inter-agency or intra-agency communications, such as deliberations (FOIA exemption 5)',
  B6: 'personal privacy: personnel, medical and similar files (FOIA exemption 6)',
  B7: 'records compiled for law enforcement (FOIA exemption 7)',
  B8: 'reports on financial institutions (FOIA exemption 8)',
  B9: 'geological and geophysical information on wells (FOIA exemption 9)'
})

/** Categories of information that may be classified, E.O. 13526 § 1.4 (the grounds of a `B1` cut). */
export const CLASSIFICATION_CATEGORIES: Readonly<Record<string, string>> = Object.freeze({
  '1.4(A)': 'military plans, weapons systems or operations (E.O. 13526 § 1.4(a))',
  '1.4(B)': 'foreign government information (E.O. 13526 § 1.4(b))',
  '1.4(C)': 'intelligence activities, sources or methods, or cryptology (E.O. 13526 § 1.4(c))',
  '1.4(D)': 'foreign relations or foreign activities of the United States, including confidential sources (E.O. 13526 § 1.4(d))',
  '1.4(E)': 'scientific, technological or economic matters relating to national security (E.O. 13526 § 1.4(e))',
  '1.4(F)': 'programmes for safeguarding nuclear materials or facilities (E.O. 13526 § 1.4(f))',
  '1.4(G)': 'vulnerabilities or capabilities of systems, installations, infrastructures, projects, plans or protection services (E.O. 13526 § 1.4(g))',
  '1.4(H)': 'weapons of mass destruction (E.O. 13526 § 1.4(h))'
})

/** What a withheld-text mark means, for a reader. */
export const WITHHELD_EXPLANATION = 'Text withheld when the document was released; the reviewer printed the exemptions that justify the cut beside it.'

/** One exemption as printed: `B6`, `B7(C)`, `(b)(6)`, `1.4(B)`, `1.4 (d)`, OCR'd `1.4(6)`. */
const CODE = String.raw`(?:\(?B[1-9](?:\([A-Z]\))?\)?|\(b\)\s?\([1-9]\)(?:\([A-Za-z]\))?|1\.4\s?\(\s?[A-Ha-h0-9]\s?\))`

/** A token that is only exemptions (`B1,1.4(B),1.4(D)`, `B6,`), with stray punctuation around. */
export const EXEMPTION_TOKEN = new RegExp(String.raw`^[^\w(]*${CODE}(?:\s?[,;]\s?${CODE})*[^\w]*$`, 'i')

/** A value without the exemptions the release put beside its line's end (`Re: Invitation for the Secretary      B6`, an e-mail's `jake.sullivan      B6`, a subject withheld to its codes: `1.4(D)`). */
export function withoutExemptions(value: string): string {
  let end = value.length
  for (const token of [...value.matchAll(/\S+/g)].reverse()) {
    if (!EXEMPTION_TOKEN.test(token[0])) break
    end = token.index
  }
  return value.slice(0, end).trimEnd()
}

/** Each exemption of an exemption token. */
export const EXEMPTION_CODE = new RegExp(CODE, 'gi')

/** A category code (`1.4(B)`), as opposed to a FOIA exemption (`B1`). */
export const CATEGORY_CODE = /^1\.4/

/** A redaction mark: a run of four or more x (`xxxxx`, `XXXXXXXXXXXX`), standing alone or glued to punctuation. */
export const REDACTION_MARK = /(?<![A-Za-z])[Xx]{4,}(?![A-Za-z])/

/** Words that make the codes after them a classification reason, not a cut: `REASONS 1.4(B) AND (D)`, `Reason: 1.4(B)`. */
export const REASON_WORD = /^(?:REASONS?|Reasons?|Class):?$/

/**
 * An exemption in one spelling: `B1`, `B7(C)`, `1.4(B)`. OCR reads the letter of a category
 * as a digit that looks like it: `1.4(6)` and `1.4(8)` are `1.4(B)`, `1.4(0)` is `1.4(D)`.
 */
export function normaliseExemption(code: string): string {
  const compact = code.replace(/\s+/g, '').toUpperCase()
  const foia = /^\(B\)\(([1-9])\)(\([A-Z]\))?$/.exec(compact)
  if (foia) return `B${foia[1]}${foia[2] ?? ''}`
  const category = /^1\.4\((.)\)$/.exec(compact)
  if (category) return `1.4(${({ '6': 'B', '8': 'B', '0': 'D' } as Record<string, string>)[category[1] ?? ''] ?? category[1]})`
  return compact.replace(/^\((B\d.*)\)$/, '$1')
}

/** The meaning of an exemption, if the vocabulary knows it. */
export function exemptionMeaning(code: string): string | undefined {
  return FOIA_EXEMPTIONS[code.replace(/\(.\)$/, '')] ?? CLASSIFICATION_CATEGORIES[code]
}

/** A release decision that withholds text. */
export const RELEASED_IN_PART = /\bRELEASE\s+IN\s+PART\b/i

/** A release decision with the rest of its line and the next (where the grounds of a partial release stand). */
export const RELEASE_DECISION_LINES = /\bRELEASE\s+IN\s+(FULL|PART)\b[^\S\n]*([^\n]*)(?:\s*\n\s*([^\n]*))?/

/**
 * Stamps of the review that released the document, each with the date it bears (group
 * `when`): the Department's `Declassification Authority: …, Senior Reviewer, A/GIS/IPS
 * 6/25/2019`, a reclassification (`Portions Reclassified by Director A/GIS/IPS, DoS on
 * 08/12/2019 - Class: SECRET - Reason: 1.4(B), 1.4(D) - Declassify on: 08/12/2029`) and the
 * older `REVIEW AUTHORITY:` stamp. (NARA's `Authority NND …` stamp is a fact of the document,
 * src/analyse/facts.ts.)
 */
export const REVIEW_STAMPS: readonly RegExp[] = [
  /Declassification\s+Authority\s*:(?<text>[\s\S]{0,120}?)(?<when>\d{1,2}\/\d{1,2}\/\d{2,4})/g,
  /Portions\s+Reclassified\s+by\s+(?<text>[\s\S]{0,80}?)\s+on\s+(?<when>\d{1,2}\/\d{1,2}\/\d{2,4})[^\n]*(?:\n\s*Reason:[^\n]*)?/g,
  /\bREVIEW\s+AUTHORITY\s*:?\s*(?<text>[^\n]{1,80}?)(?:\s+DATE\s*:?\s*(?<when>\d{1,2}\/\d{1,2}\/\d{2,4}))?\s*$/gm
]
