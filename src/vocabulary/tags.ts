/**
 * TAGS: the Department of State's Traffic Analysis by Geography and Subject codes, typed on
 * the `TAGS:` line of every telegram: subject codes (PREL, PGOV…), country codes (AM, AJ,
 * RS…), and codes for regions and international organisations. This glossary is the one
 * place the edition explains them: in the TEI taxonomy, on document pages and on the page of
 * each code. A code that is not here is shown as written, never explained by a guess.
 */

/** What a TAGS code stands for. */
export type TagKind = 'subject' | 'country' | 'region' | 'organisation'

export interface TagEntry {
  code: string
  kind: TagKind
  /** What the code means, in the Handbook's words (abridged). */
  name: string
}

/** Where the glossary comes from, named wherever the codes are explained. */
export const TAGS_SOURCE = {
  title: 'TAGS/Terms Handbook',
  citation:
    'US Department of State, Foreign Affairs Handbook, 5 FAH-3 H-700, TAGS/Terms Handbook (subject and geographic TAGS); country codes as the Department used them, after FIPS PUB 10-4. Wording abridged by the edition; codes retired before the Handbook’s current issue (UR, VS, GW, PFOR…) are given as telegrams of their time used them.'
} as const

const subject = (code: string, name: string): TagEntry => ({ code, kind: 'subject', name })
const country = (code: string, name: string): TagEntry => ({ code, kind: 'country', name })

/** The glossary, by kind then code. */
export const TAGS: readonly TagEntry[] = [
  // Political and military affairs
  subject('PREL', 'External political relations'),
  subject('PGOV', 'Internal governmental affairs'),
  subject('PFOR', 'Foreign policy relations'),
  subject('PINT', 'Internal political affairs'),
  subject('PINR', 'Intelligence'),
  subject('PINS', 'National security'),
  subject('PHUM', 'Human rights'),
  subject('PTER', 'Terrorists and terrorism'),
  subject('PARM', 'Arms controls and disarmament'),
  subject('PBTS', 'National boundaries, territories and sovereignty'),
  subject('PREF', 'Refugees'),
  subject('PDIP', 'Diplomatic and consular representation'),
  subject('PORG', 'Policy relations with international organisations'),
  subject('PROP', 'Propaganda and psychological operations'),
  subject('MARR', 'Military and defence arrangements'),
  subject('MASS', 'Military assistance and sales'),
  subject('MCAP', 'Military capabilities'),
  subject('MNUC', 'Military nuclear applications'),
  subject('MOPS', 'Military operations'),
  // Economic affairs
  subject('ECON', 'Economic conditions'),
  subject('EFIN', 'Financial and monetary affairs'),
  subject('ETRD', 'Foreign trade'),
  subject('ETTC', 'Trade and technology controls'),
  subject('EAID', 'Foreign economic assistance'),
  subject('EAIR', 'Civil aviation'),
  subject('EAGR', 'Agriculture and forestry'),
  subject('EINV', 'Foreign investment'),
  subject('ENRG', 'Energy and power'),
  subject('EPET', 'Petroleum and natural gas'),
  subject('EMIN', 'Minerals and metals'),
  subject('EIND', 'Industry and manufacturing'),
  subject('ELAB', 'Labour'),
  subject('ETRN', 'Transportation'),
  subject('EWWT', 'Waterborne transportation'),
  // Social, scientific and other affairs
  subject('SOCI', 'Social conditions'),
  subject('SCUL', 'Cultural affairs'),
  subject('SENV', 'Environmental affairs'),
  subject('SNAR', 'Narcotics'),
  subject('TSPA', 'Space activities'),
  subject('KDEM', 'Democratisation'),
  subject('KJUS', 'Justice'),
  subject('KCRM', 'Criminal activity'),
  subject('KNNP', 'Nuclear non-proliferation'),
  subject('KPKO', 'Peacekeeping operations'),
  subject('KTIP', 'Trafficking in persons'),
  subject('KPAO', 'Public affairs'),
  subject('OVIP', 'Visits and travel of high officials'),
  subject('OTRA', 'Travel of official persons'),
  subject('OREP', 'Congressional travel'),
  // Consular and administrative affairs
  subject('CVIS', 'Visas'),
  subject('CASC', 'Assistance to citizens abroad'),
  subject('CPAS', 'Passports and citizenship'),
  subject('ASEC', 'Security of posts'),
  subject('AMGT', 'Management operations'),
  subject('APER', 'Personnel'),
  // Countries
  country('AF', 'Afghanistan'), country('AG', 'Algeria'), country('AJ', 'Azerbaijan'), country('AL', 'Albania'),
  country('AM', 'Armenia'), country('AR', 'Argentina'), country('AS', 'Australia'), country('AU', 'Austria'),
  country('AE', 'United Arab Emirates'), country('BA', 'Bahrain'), country('BE', 'Belgium'), country('BG', 'Bangladesh'),
  country('BK', 'Bosnia and Herzegovina'), country('BL', 'Bolivia'), country('BM', 'Burma'), country('BO', 'Belarus'),
  country('BR', 'Brazil'), country('BU', 'Bulgaria'), country('CA', 'Canada'), country('CB', 'Cambodia'),
  country('CE', 'Sri Lanka'), country('CG', 'Congo (Kinshasa)'), country('CH', 'China'), country('CI', 'Chile'),
  country('CO', 'Colombia'), country('CS', 'Costa Rica'), country('CU', 'Cuba'), country('CY', 'Cyprus'),
  country('CZ', 'Czechoslovakia'), country('DA', 'Denmark'), country('EC', 'Ecuador'), country('EG', 'Egypt'),
  country('EI', 'Ireland'), country('EN', 'Estonia'), country('ES', 'El Salvador'), country('ET', 'Ethiopia'),
  country('EZ', 'Czech Republic'), country('FI', 'Finland'), country('FR', 'France'), country('GE', 'East Germany'),
  country('GG', 'Georgia'), country('GM', 'Germany'), country('GR', 'Greece'), country('GT', 'Guatemala'),
  country('GW', 'West Germany'), country('HA', 'Haiti'), country('HO', 'Honduras'), country('HR', 'Croatia'),
  country('HU', 'Hungary'), country('ID', 'Indonesia'), country('IN', 'India'), country('IR', 'Iran'),
  country('IS', 'Israel'), country('IT', 'Italy'), country('IZ', 'Iraq'), country('JA', 'Japan'),
  country('JO', 'Jordan'), country('KE', 'Kenya'), country('KG', 'Kyrgyzstan'), country('KN', 'North Korea'),
  country('KS', 'South Korea'), country('KU', 'Kuwait'), country('KZ', 'Kazakhstan'), country('LA', 'Laos'),
  country('LE', 'Lebanon'), country('LG', 'Latvia'), country('LH', 'Lithuania'), country('LY', 'Libya'),
  country('MD', 'Moldova'), country('MG', 'Mongolia'), country('MO', 'Morocco'), country('MX', 'Mexico'),
  country('MY', 'Malaysia'), country('MZ', 'Mozambique'), country('NI', 'Nigeria'), country('NL', 'Netherlands'),
  country('NO', 'Norway'), country('NU', 'Nicaragua'), country('NZ', 'New Zealand'), country('PE', 'Peru'),
  country('PK', 'Pakistan'), country('PL', 'Poland'), country('PM', 'Panama'), country('PO', 'Portugal'),
  country('QA', 'Qatar'), country('RO', 'Romania'), country('RP', 'Philippines'), country('RS', 'Russia'),
  country('SA', 'Saudi Arabia'), country('SF', 'South Africa'), country('SP', 'Spain'), country('SU', 'Sudan'),
  country('SW', 'Sweden'), country('SY', 'Syria'), country('SZ', 'Switzerland'), country('TH', 'Thailand'),
  country('TI', 'Tajikistan'), country('TS', 'Tunisia'), country('TU', 'Turkey'), country('TW', 'Taiwan'),
  country('TX', 'Turkmenistan'), country('UG', 'Uganda'), country('UK', 'United Kingdom'), country('UP', 'Ukraine'),
  country('UR', 'Soviet Union'), country('US', 'United States'), country('UZ', 'Uzbekistan'), country('VE', 'Venezuela'),
  country('VM', 'Vietnam'), country('VN', 'North Vietnam'), country('VS', 'South Vietnam'), country('YI', 'Yugoslavia'),
  country('YM', 'Yemen'), country('ZI', 'Zimbabwe'),
  // Regions and international organisations
  { code: 'XF', kind: 'region', name: 'Middle East' },
  { code: 'NATO', kind: 'organisation', name: 'North Atlantic Treaty Organization' },
  { code: 'OSCE', kind: 'organisation', name: 'Organization for Security and Co-operation in Europe' },
  { code: 'CSCE', kind: 'organisation', name: 'Conference on Security and Co-operation in Europe' },
  { code: 'EUN', kind: 'organisation', name: 'European Union' },
  { code: 'UNSC', kind: 'organisation', name: 'UN Security Council' },
  { code: 'UNGA', kind: 'organisation', name: 'UN General Assembly' },
  { code: 'IAEA', kind: 'organisation', name: 'International Atomic Energy Agency' },
  { code: 'OAS', kind: 'organisation', name: 'Organization of American States' },
  { code: 'ASEAN', kind: 'organisation', name: 'Association of Southeast Asian Nations' }
]

const BY_CODE: ReadonlyMap<string, TagEntry> = new Map(TAGS.map((tag) => [tag.code, tag]))

/** The glossary entry of a code, if the glossary has it. */
export function tagEntry(code: string): TagEntry | undefined {
  return BY_CODE.get(code)
}

/** What each code means (the glossary's wording), by code. */
export const TAG_NAMES: Readonly<Record<string, string>> = Object.fromEntries(TAGS.map((tag) => [tag.code, tag.name]))

/** How each kind is called in lists and headings. */
export const TAG_KIND_LABELS: Readonly<Record<TagKind, string>> = {
  subject: 'Subject codes',
  country: 'Country codes',
  region: 'Regional codes',
  organisation: 'International organisations'
}
