/**
 * Posts and precedence in telegram routing: the address prefixes the Department's
 * telegrams use for embassies, consulates, missions and the Department itself, the
 * precedence words that stand before an addressee, and the list of posts the edition
 * recognises as organisations (`orgName`) in routing lines.
 */

/** Address prefixes of posts (`AMEMBASSY MOSCOW`, `SECSTATE WASHDC`, `USMISSION USUN NEW YORK`). */
export const POST_PREFIXES = ['AMEMBASSY', 'AMCONSUL', 'AMCONGEN', 'USMISSION', 'SECSTATE', 'USDEL', 'USLO', 'USUN', 'USNATO', 'SECDEF'] as const

/** A post named in a text (commanders in chief, `CINCPAC`, count as posts). */
export const POST = new RegExp(`\\b(?:${POST_PREFIXES.join('|')}|CINC\\w*)\\b`)

/** Precedence of a telegram or of one addressee, highest last. */
export const PRECEDENCES = ['ROUTINE', 'PRIORITY', 'IMMEDIATE', 'NIACT', 'FLASH'] as const

/**
 * A routing indicator before an address (`RUEHC/SECSTATE WASHDC`, `RHEHNSC/NSC WASHDC`): an R
 * and four to six letters, the code of the communications centre that delivers to that
 * addressee (RUEHC is the Department's), typed before each address of a telegram's `TO` and
 * `INFO` lines. Or `ZEN/`, the operating signal of an addressee served by other means, whom the
 * relay does not transmit to (ACP 127: `ZEN/AMEMBASSY MOSCOW`). It names no addressee; the text keeps it.
 */
const ROUTING_INDICATOR = /\b(?:R[A-Z]{4,6}|ZEN)\//g

/** Where an addressee list is cut: a precedence (a letter after its first as the OCR may read it: `PRIOR/TY`, `PRIORItY`), a comma, the prefix of the next post. */
const ADDRESS_SPLIT = new RegExp(`\\s*(?:(?<![A-Za-z])(?:${PRECEDENCES.map(misreadWord).join('|')})(?![A-Za-z])|,|(?=\\b(?:${POST_PREFIXES.join('|')})\\b))\\s*`)

/** A word in capitals, each letter after the first also in small letters, an I also as the OCR reads it (`1`, `l`, `|`, `/`, `!`). */
function misreadWord(word: string): string {
  return [...word].map((letter, at) => (at === 0 ? letter : letter === 'I' ? '[I1l|/!i]' : `[${letter}${letter.toLowerCase()}]`)).join('')
}

/** Split an addressee list at posts and precedence words; drop routing indicators, offices and serial numbers. */
export function addressees(text: string): string[] {
  const parts = withoutStrayPoints(text)
    .replace(ROUTING_INDICATOR, ' ')
    // A mark the OCR put before a word of the address (`THE 'WHITE HOUSE`), or for the space between two (`SECSTATE*WASHDC`).
    .replace(/(?<=^|\s)['’`](?=[A-Z])/g, '')
    .replace(/(?<=[A-Z])[*•](?=[A-Z])/g, ' ')
    .split(ADDRESS_SPLIT)
    // Without a serial number or a range of them (and a stray mark after it, `2937 '`, `6492 •`, `7721-7722`, a month before it, `LA PAZ FEB 4470`), or an office the address names (`USCINCCENT MACDILL AFB FL//CCJ2/POLAD//`).
    // And a stray letter the OCR read after it (`FM SECSTATE WASHDC r`); and the serial of the address before it, where one line holds them all (`SECSTATE WASHDC IMMEDIATE 0000 WHITEHOUSE WASHDC`).
    // And a precedence the OCR misread beyond a letter (`IMMDDIATE`, `IMNFDIATE`), cut (`PRIORIT`) or ran into the post (`MOSCOW-IM`), and a colon after it (`COPENHAGEN:`).
    .map((a) => a.replace(/^\d+(?:-\d+)?\s+(?=[A-Z])/, '').replace(/\/\/.*$/, '').replace(/(?<![\s'’`.,•*~=_:-])[\s'’`.,•*~=_:-]+$/, '').replace(/\s+\d+(?:-\d+)?$/, '').replace(/(?:\s+|-)(?:I[MN][A-Z]{3,6}ATE|IMME[A-Z]{0,5}|IM|PRIORI[A-Z]{0,3}|ROUTI[A-Z]{0,3})$/, '').replace(/\s+[a-z]$/, '').trim())
    .map((a) => (POSTED.test(a) ? a.replace(SERIAL_MONTH, '') : a))
    .filter((a) => a.length > 1 && !/^[\d-]+$/.test(a))
  // A prefix alone goes with the address after it, which starts with a prefix too (`USMISSION USUN NEW YORK`, `USMISSION USNATO`);
  // that address is whole (`USMISSION USNATO IMMEDIATE AMEMBASSY BUDAPEST` is two addressees), as is a mission's own (`USNATO`).
  const joined: string[] = []
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? ''
    const next = parts[i + 1]
    if (LEADING_PREFIXES.has(part) && next !== undefined) {
      joined.push(`${part} ${next}`)
      i++
    } else joined.push(part)
  }
  return joined
}

/** The month some posts' serials carry before the number (`AMEMBASSY LA PAZ FEB 4470`): no part of the address. */
const SERIAL_MONTH = /\s+(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)$/
const POSTED = /^(?:AMEMBASSY|AMCONSUL|USMISSION)\s\S/

/** Prefixes that stand before another address (`USMISSION USUN NEW YORK`), not addresses of their own as `USNATO`, `SECSTATE`, `SECDEF` are. */
const LEADING_PREFIXES: ReadonlySet<string> = new Set(POST_PREFIXES.filter((prefix) => !['USNATO', 'SECSTATE', 'SECDEF'].includes(prefix)))

/** A post of the Foreign Service, as the edition names it. */
export interface Post {
  /** `post-amembassy-moscow`: from the post's address, so it never moves. */
  id: string
  /** The address as telegrams type it (`AMEMBASSY MOSCOW`). */
  address: string
  /** `US Embassy Moscow`. */
  name: string
}

/** How a post is named from the prefix of its address and its place. */
const PREFIX_NAMES: Readonly<Record<string, string>> = {
  AMEMBASSY: 'US Embassy',
  AMCONSUL: 'US Consulate',
  AMCONGEN: 'US Consulate General',
  USMISSION: 'US Mission',
  USDEL: 'US Delegation',
  USLO: 'US Liaison Office'
}

/**
 * Places of embassies, consulates and missions, as telegram addresses spell them (capitals,
 * no accents, older names kept: `PEKING`, `SAIGON`, `BONN`). Not a gazetteer: the places a
 * post prefix may stand before.
 */
export const POST_PLACES: readonly string[] = [
  'ABIDJAN', 'ABU DHABI', 'ABUJA', 'ACCRA', 'ADDIS ABABA', 'ALGIERS', 'ALMATY', 'AMMAN', 'AMSTERDAM', 'ANKARA',
  'ANTANANARIVO', 'ASHGABAT', 'ASMARA', 'ASTANA', 'ASUNCION', 'ATHENS', 'BAGHDAD', 'BAKU', 'BAMAKO', 'BANDAR SERI BEGAWAN',
  'BANGKOK', 'BANGUI', 'BANJUL', 'BEIJING', 'BEIRUT', 'BELGRADE', 'BELIZE', 'BERLIN', 'BERN', 'BISHKEK', 'BOGOTA',
  'BONN', 'BRASILIA', 'BRATISLAVA', 'BRAZZAVILLE', 'BRIDGETOWN', 'BRUSSELS', 'BUCHAREST', 'BUDAPEST', 'BUENOS AIRES',
  'BUJUMBURA', 'CAIRO', 'CANBERRA', 'CAPE TOWN', 'CARACAS', 'CASABLANCA', 'CHENNAI', 'CHENGDU', 'CHIANG MAI', 'CHISINAU',
  'COLOMBO', 'CONAKRY', 'COPENHAGEN', 'COTONOU', 'DAKAR', 'DAMASCUS', 'DAR ES SALAAM', 'DHAHRAN', 'DHAKA', 'DILI',
  'DJIBOUTI', 'DOHA', 'DUBAI', 'DUBLIN', 'DUSHANBE', 'FRANKFURT', 'FREETOWN', 'GABORONE', 'GENEVA', 'GEORGETOWN',
  'GUANGZHOU', 'GUATEMALA', 'HAMBURG', 'HANOI', 'HARARE', 'HAVANA', 'HELSINKI', 'HO CHI MINH CITY', 'HONG KONG',
  'ISLAMABAD', 'ISTANBUL', 'JAKARTA', 'JEDDAH', 'JERUSALEM', 'JOHANNESBURG', 'KABUL', 'KAMPALA', 'KARACHI', 'KATHMANDU',
  'KHARTOUM', 'KIEV', 'KIGALI', 'KINGSTON', 'KINSHASA', 'KOLKATA', 'KUALA LUMPUR', 'KUWAIT', 'KYIV', 'LA PAZ', 'LAGOS',
  'LAHORE', 'LIBREVILLE', 'LILONGWE', 'LIMA', 'LISBON', 'LJUBLJANA', 'LOME', 'LONDON', 'LUANDA', 'LUSAKA', 'LUXEMBOURG',
  'MADRID', 'MAJURO', 'MALABO', 'MANAGUA', 'MANAMA', 'MANILA', 'MAPUTO', 'MASERU', 'MBABANE', 'MELBOURNE', 'MEXICO',
  'MILAN', 'MINSK', 'MOGADISHU', 'MONROVIA', 'MONTERREY', 'MONTEVIDEO', 'MONTREAL', 'MOSCOW', 'MUMBAI', 'MUNICH',
  'MUSCAT', 'NAIROBI', 'NAPLES', 'NASSAU', 'NDJAMENA', 'NEW DELHI', 'NIAMEY', 'NICOSIA', 'NOUAKCHOTT', 'OSAKA KOBE',
  'OSLO', 'OTTAWA', 'OUAGADOUGOU', 'PANAMA', 'PARAMARIBO', 'PARIS', 'PEKING', 'PESHAWAR', 'PHNOM PENH', 'PORT AU PRINCE',
  'PORT LOUIS', 'PORT MORESBY', 'PORT OF SPAIN', 'PRAGUE', 'PRAIA', 'PRETORIA', 'PRISTINA', 'QUITO', 'RABAT', 'RANGOON',
  'RECIFE', 'REYKJAVIK', 'RIGA', 'RIO DE JANEIRO', 'RIYADH', 'ROME', 'SAIGON', 'SAN JOSE', 'SAN SALVADOR', 'SANAA',
  'SANTIAGO', 'SANTO DOMINGO', 'SAO PAULO', 'SARAJEVO', 'SEOUL', 'SHANGHAI', 'SHENYANG', 'SINGAPORE', 'SKOPJE', 'SOFIA',
  'STOCKHOLM', 'STRASBOURG', 'SUVA', 'SYDNEY', 'TAIPEI', 'TALLINN', 'TASHKENT', 'TBILISI', 'TEGUCIGALPA', 'TEHRAN',
  'TEL AVIV', 'THE HAGUE', 'TIJUANA', 'TIRANA', 'TOKYO', 'TORONTO', 'TRIPOLI', 'TUNIS', 'ULAANBAATAR', 'VALLETTA',
  'VANCOUVER', 'VATICAN', 'VIENNA', 'VIENTIANE', 'VILNIUS', 'VLADIVOSTOK', 'WARSAW', 'WELLINGTON', 'WINDHOEK',
  'YAOUNDE', 'YEKATERINBURG', 'YEREVAN', 'ZAGREB'
]

/** Posts addressed without a place of their own, and the other spellings of their address. */
const NAMED_POSTS: ReadonlyArray<{ address: string; name: string; also: readonly string[] }> = [
  { address: 'SECSTATE WASHDC', name: 'Department of State, Washington', also: ['SECSTATE'] },
  { address: 'SECDEF WASHDC', name: 'Secretary of Defense, Washington', also: ['SECDEF'] },
  { address: 'USMISSION USUN NEW YORK', name: 'US Mission to the United Nations, New York', also: ['USUN NEW YORK'] },
  { address: 'USMISSION USNATO', name: 'US Mission to NATO, Brussels', also: ['USNATO'] },
  { address: 'USMISSION USVIENNA', name: 'US Mission to International Organizations, Vienna', also: ['USVIENNA'] },
  { address: 'USMISSION GENEVA', name: 'US Mission, Geneva', also: [] },
  { address: 'USDEL OSCE', name: 'US Delegation to the OSCE', also: [] },
  { address: 'CINCPAC', name: 'Commander in Chief, Pacific', also: [] }
]

/** The post an address names (`AMEMBASSY  MOSCOW` and `AMEMBASSY MOSCOW` alike), if the list has it. */
export function postOf(address: string): Post | undefined {
  const spaced = address.trim().replace(/\s+/g, ' ')
  const named = NAMED_POSTS.find((p) => p.address === spaced || p.also.includes(spaced))
  if (named) return post(named.address, named.name)
  const match = new RegExp(`^(${Object.keys(PREFIX_NAMES).join('|')}) (.+)$`).exec(spaced)
  const [prefix, place] = [match?.[1] ?? '', match?.[2] ?? '']
  if (!POST_PLACES.includes(place)) return undefined
  return post(spaced, `${PREFIX_NAMES[prefix]} ${titleCase(place)}`)
}

/**
 * Every post address a text names, longest first where two overlap (`USMISSION USUN NEW
 * YORK` before `USMISSION`), as [offset, length] pairs with their post.
 */
export function findPosts(text: string): Array<{ index: number; length: number; post: Post }> {
  const found: Array<{ index: number; length: number; post: Post }> = []
  for (const match of text.matchAll(ADDRESS)) {
    const known = postOf(match[0])
    if (known) found.push({ index: match.index ?? 0, length: match[0].length, post: known })
  }
  return found
}

/** Any address of the list, words separated by any space, longest alternatives first. */
const ADDRESS = (() => {
  const spaced = (words: string): string => words.split(' ').map(escape).join('\\s+')
  const named = NAMED_POSTS.flatMap((p) => [p.address, ...p.also])
  const places = [...POST_PLACES].sort((a, b) => b.length - a.length).map(spaced).join('|')
  const prefixed = `(?:${Object.keys(PREFIX_NAMES).join('|')})\\s+(?:${places})`
  const alternatives = [...named].sort((a, b) => b.length - a.length).map(spaced)
  return new RegExp(`(?<![A-Z0-9])(?:${[...alternatives, prefixed].join('|')})(?![A-Z0-9])`, 'g')
})()

function post(address: string, name: string): Post {
  return { id: `post-${address.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, address, name }
}

function titleCase(words: string): string {
  return words.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase())
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A line that only continues an addressee list (`AMCONSUL TORONTO`, `AMEMBASSY VIENTIANE 0877`, `CINCPAC`, `RUEHFR/AMEMBASSY PARIS PRIORITY 0890`, `NSC WASHINGTON DC PRIORITY`, `SOUTHERN AFRICAN DEVELOPMENT COMMUNITY`). */
export function isAddresseeLine(text: string): boolean {
  // The office an address names is no part of it, whatever its signs (`DIA WASHINGTON DC//DHO-5// IMMEDIATE`).
  const typed = text.replace(/\/\/[^/]*(?:\/[^/]+)*\/\//g, '')
  // A range of serials (`NIACT IMMEDIATE 7881-7884`, one per section) is as one serial.
  const address = withoutStrayPoints(typed).replace(/(?<=\d)-(?=\d)/g, '')
  // Words in capitals with a point after them are a sentence's, unless they name a Washington agency (`CIA. WASHDC.`).
  const named = NAMED_BODY.test(typed) || (NAMED_BODY.test(address) && /\bWASH(?:DC|INGTON)$/.test(address))
  // A passing instruction (`HELSINKI PASS ST…`, `ALMATY FOR DUSHANBE`) addresses no one, nor does a sentence.
  return (ADDRESSEE_START.test(address) || ROUTED_ADDRESS.test(address) || WITH_PRECEDENCE.test(address) || named) && /^[A-Z0-9 ,/]+$/.test(address) && !SENTENCE_WORDS.test(address)
}

/** Words no address holds: a passing instruction's (`HELSINKI PASS ST…`, `ALMATY FOR DUSHANBE`), and a sentence's in capitals (`TO STRENGTHEN THIS EFFORT BY SENDING TECHNICAL ADVISORS`). */
const SENTENCE_WORDS = /\b(?:PASS|FOR|BY|THIS|THAT|THESE|THOSE|WILL|WOULD|IS|ARE|WAS|WERE|HAS|HAVE|HAD|BEEN|WHICH|WHO|SAID|NOT|ITS|WE|OUR|THEY|THEIR)\b/

/** An address without the points the OCR read into it: after a word (`CIA. WASHDC.`), or for the space between two (`SECSTATE.WASHDC`). */
function withoutStrayPoints(text: string): string {
  return text.replace(/(?<=[A-Z])\.(?=[A-Z])/g, ' ').replace(/(?<=[A-Z])\.(?= |$)/gm, '')
}

/** An addressee named in words of capitals, with no prefix or precedence (`SOUTHERN AFRICAN DEVELOPMENT COMMUNITY`, `AIT TAIPEI 5038` with its serial): two words at least, of two letters at least. */
const NAMED_BODY = /^[A-Z]{2,}(?: [A-Z]{2,})+(?: \d{1,5})?$/

/** An address of no known prefix with its precedence (`PACOM JIOC HONOLULU HI PRIORITY`, `NSC WASHINGTON DC IMMEDIATE 0042`). */
const WITH_PRECEDENCE = new RegExp(`^[A-Z][A-Z ]*[A-Z]\\s+(?:${PRECEDENCES.join('|')})(?:\\s+\\d+)?\\s*$`)

const ADDRESSEE_START = new RegExp(`^(?:${POST_PREFIXES.join('|')}|CINC\\w*)\\b`)

/** An address after its routing indicator (`RUEHFR/AMEMBASSY PARIS`, `RHEHNSC/NSC WASHDC`, `ZEN/CNO WASHINGTON DC`): an addressee, whatever its prefix. */
export const ROUTED_ADDRESS = /^(?:R[A-Z]{4,6}|ZEN)\/[A-Z]/

/**
 * The time zone (IANA tz database name) of posts, by the city an address names, for a
 * sender's local time (`DATE: APRIL 9, 7 PM` from Vienna) and the Department's own
 * (`Rec'd` in Washington). The tz database gives each zone's offset at the time, summer
 * time included, so a 1968 Vienna time is +01:00 (Austria had no summer time then).
 */
export const POST_TIME_ZONES: Readonly<Record<string, string>> = {
  WASHDC: 'America/New_York', WASHINGTON: 'America/New_York', SECSTATE: 'America/New_York', 'NEW YORK': 'America/New_York',
  OTTAWA: 'America/Toronto', TORONTO: 'America/Toronto', VANCOUVER: 'America/Vancouver', MEXICO: 'America/Mexico_City',
  LONDON: 'Europe/London', PARIS: 'Europe/Paris', BONN: 'Europe/Berlin', BERLIN: 'Europe/Berlin', VIENNA: 'Europe/Vienna',
  PRAGUE: 'Europe/Prague', WARSAW: 'Europe/Warsaw', ROME: 'Europe/Rome', BRUSSELS: 'Europe/Brussels', GENEVA: 'Europe/Zurich',
  BERN: 'Europe/Zurich', MOSCOW: 'Europe/Moscow', KIEV: 'Europe/Kyiv', BAKU: 'Asia/Baku', YEREVAN: 'Asia/Yerevan',
  ANKARA: 'Europe/Istanbul', CAIRO: 'Africa/Cairo', 'TEL AVIV': 'Asia/Jerusalem', 'NEW DELHI': 'Asia/Kolkata',
  SAIGON: 'Asia/Ho_Chi_Minh', BANGKOK: 'Asia/Bangkok', VIENTIANE: 'Asia/Vientiane', 'PHNOM PENH': 'Asia/Phnom_Penh',
  TOKYO: 'Asia/Tokyo', SEOUL: 'Asia/Seoul', BEIJING: 'Asia/Shanghai', PEKING: 'Asia/Shanghai', CANBERRA: 'Australia/Sydney'
}

/** The time zone of an address (`VIENNA`, `AMEMBASSY VIENNA`, `SECSTATE WASHDC`), if the table has its city. */
export function postTimeZone(address: string): string | undefined {
  const words = address.replace(new RegExp(`^(?:${POST_PREFIXES.join('|')})\\s+`), '').trim()
  return POST_TIME_ZONES[words] ?? POST_TIME_ZONES[words.split(/\s+/)[0] ?? '']
}

/**
 * The addressees of a draft, as its drafting form types them: by place, each with its
 * precedence before or after it (`IMMEDIATE ASHGABAT`, `PRIORITY BEIJING, SEOUL PRIORITY, TOKYO
 * PRIORITY,`, run on to `MOSCOW PRIORITY`), missions by their short address (`USNATO`, `USUN NEW
 * YORK`). A line opens the list with a precedence word (`opens`); a line that goes on from it
 * need not. Names that are no place nor mission (`PATROL OBSTRUCTED`) make it no such line: at
 * least half of them must be known places or missions.
 */
export function draftAddressees(line: string, opens: boolean): string[] | undefined {
  if (opens && !DRAFT_LIST_OPENS.test(line)) return undefined
  const names = line
    .split(/[,;]/)
    .map((part) => part.replace(DRAFT_PRECEDENCE, ' ').replace(/^[^A-Z]+|(?<![^A-Z])[^A-Z]+$/g, '').replace(/\s+/g, ' '))
    .filter(Boolean)
  if (names.length === 0 || !names.every((name) => /^[A-Z][A-Z .'-]{1,30}$/.test(name))) return undefined
  const known = names.filter((name) => POST_PLACES.includes(name) || /^US[A-Z]{2,}\b/.test(name))
  return known.length * 2 >= names.length ? names : undefined
}

const DRAFT_LIST_OPENS = new RegExp(`^(?:${PRECEDENCES.join('|')})\\s+[A-Z]`)
const DRAFT_PRECEDENCE = new RegExp(`\\b(?:${PRECEDENCES.join('|')})\\b`, 'g')

/**
 * A post's name as a print header cuts it to six letters (`PAGE 01 NEW DE 01364`, `PORT A`,
 * `USUN N`): the one place it begins, when only one does (`NEW DELHI`); else as printed.
 */
export function wholePost(post: string): string {
  const squeezed = post.replace(/\s+/g, '')
  if (squeezed.length < 5 || squeezed.length > 6 || POST_PLACES.includes(post) || post === 'STATE') return post
  const places = SQUEEZED_PLACES.filter(([squeezedPlace]) => squeezedPlace.startsWith(squeezed) && squeezedPlace !== squeezed)
  return places.length === 1 ? (places[0]?.[1] ?? post) : post
}

/** Each place a print header may cut, without its spaces, and its name. */
const SQUEEZED_PLACES: ReadonlyArray<readonly [string, string]> = [...POST_PLACES, 'USUN NEW YORK'].map((place) => [place.replace(/\s+/g, ''), place])
