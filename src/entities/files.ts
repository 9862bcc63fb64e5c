/** The file names an authority may have in a corpus folder, the first found wins (read by authority.ts). */
export const AUTHORITY_FILES = ['entities.yaml', 'entities.yml', 'entities.json'] as const
