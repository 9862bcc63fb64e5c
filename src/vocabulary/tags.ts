/**
 * TAGS: the Department of State's Traffic Analysis by Geography and Subject codes, subject
 * codes (PREL, PGOV…) and country codes (AM, AJ, RS…), with what each means.
 */
export const TAG_NAMES: Readonly<Record<string, string>> = {
  PREL: 'External political relations', PGOV: 'Internal governmental affairs', PFOR: 'Foreign policy relations',
  PARM: 'Arms controls and disarmament', ETTC: 'Trade and technology controls', EAID: 'Foreign economic assistance',
  EAIR: 'Civil aviation', CVIS: 'Visas', AM: 'Armenia', AJ: 'Azerbaijan', RS: 'Russia', US: 'United States',
  VS: 'South Vietnam', UP: 'Ukraine', CB: 'Cambodia', JA: 'Japan', CA: 'Canada', AU: 'Austria', CZ: 'Czechoslovakia'
}
