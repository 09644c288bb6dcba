/**
 * The languages a collective may declare, as BCP 47 primary tags, and the PostgreSQL text
 * search configuration each is indexed and searched with. drizzle/0007_collective_language.sql
 * creates the configurations: stop words, then accent folding (unaccent), then the Snowball
 * stemmer of the language; `rx_simple` (accent folding and lower case only) for languages
 * without a stemmer in both PostgreSQL 15 and 18.
 */
const STEMMED = {
  da: 'rx_danish',
  de: 'rx_german',
  en: 'rx_english',
  es: 'rx_spanish',
  fi: 'rx_finnish',
  fr: 'rx_french',
  hu: 'rx_hungarian',
  it: 'rx_italian',
  nl: 'rx_dutch',
  no: 'rx_norwegian',
  pt: 'rx_portuguese',
  ro: 'rx_romanian',
  ru: 'rx_russian',
  sv: 'rx_swedish',
  tr: 'rx_turkish',
} as const;

/** Languages searched word for word: no stemming, no stop words, accents folded. */
const UNSTEMMED = ['ar', 'cs', 'el', 'he', 'ja', 'ko', 'pl', 'th', 'uk', 'zh'] as const;

export const LANGUAGES = [...Object.keys(STEMMED), ...UNSTEMMED].sort() as [Language, ...Language[]];
export const STEMMED_LANGUAGES = Object.keys(STEMMED);
export type Language = keyof typeof STEMMED | (typeof UNSTEMMED)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** Every configuration the service searches with (a test checks the database has each). */
export const TEXT_SEARCH_CONFIGS = [...new Set([...Object.values(STEMMED), 'rx_simple'])];

/** Languages that write compounds as one word (German, Dutch, the Nordic languages). */
export const COMPOUNDING_LANGUAGES: ReadonlySet<string> = new Set(['da', 'de', 'fi', 'nl', 'no', 'sv']);

export function textSearchConfigOf(language: Language): string {
  return language in STEMMED ? STEMMED[language as keyof typeof STEMMED] : 'rx_simple';
}
