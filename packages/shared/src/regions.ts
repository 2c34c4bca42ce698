/**
 * Where an initiative applies: `KZ` for the whole country, or one of Kazakhstan's 17 regions and 3
 * cities of republican significance by its ISO 3166-2:KZ code.
 *
 * Source of the codes: ISO 3166-2:KZ, as the ISO 3166 Maintenance Agency publishes it on the ISO Online
 * Browsing Platform (https://www.iso.org/obp/ui/#iso:code:3166:KZ); its 2022 change gave every
 * subdivision a two-digit code in place of the three letters of 1998-2002 and added Abai (KZ-10),
 * Jetisu (KZ-33) and Ulytau (KZ-62). The list below was checked against the Wikipedia article
 * "ISO 3166-2:KZ" (https://it.wikipedia.org/wiki/ISO_3166-2:KZ, with the former letter codes in its
 * history) and the ISO 3166-2 data of the simpleiso3166 package; each letter code maps to the numeric
 * code of the same subdivision (KZ-AKT, Aktobe region, is now KZ-15).
 */

/** The whole country: ISO 3166-1 alpha-2. */
export const countryRegion = 'KZ';

/** Each region and city of republican significance: its ISO 3166-2:KZ code and its name. */
export const kzRegions = [
  { code: 'KZ-10', name: { ru: 'Абайская область', kk: 'Абай облысы', en: 'Abai Region' } },
  { code: 'KZ-11', name: { ru: 'Акмолинская область', kk: 'Ақмола облысы', en: 'Akmola Region' } },
  { code: 'KZ-15', name: { ru: 'Актюбинская область', kk: 'Ақтөбе облысы', en: 'Aktobe Region' } },
  { code: 'KZ-19', name: { ru: 'Алматинская область', kk: 'Алматы облысы', en: 'Almaty Region' } },
  { code: 'KZ-23', name: { ru: 'Атырауская область', kk: 'Атырау облысы', en: 'Atyrau Region' } },
  {
    code: 'KZ-27',
    name: { ru: 'Западно-Казахстанская область', kk: 'Батыс Қазақстан облысы', en: 'West Kazakhstan Region' },
  },
  { code: 'KZ-31', name: { ru: 'Жамбылская область', kk: 'Жамбыл облысы', en: 'Zhambyl Region' } },
  { code: 'KZ-33', name: { ru: 'Жетысуская область', kk: 'Жетісу облысы', en: 'Zhetysu Region' } },
  { code: 'KZ-35', name: { ru: 'Карагандинская область', kk: 'Қарағанды облысы', en: 'Karaganda Region' } },
  { code: 'KZ-39', name: { ru: 'Костанайская область', kk: 'Қостанай облысы', en: 'Kostanay Region' } },
  { code: 'KZ-43', name: { ru: 'Кызылординская область', kk: 'Қызылорда облысы', en: 'Kyzylorda Region' } },
  { code: 'KZ-47', name: { ru: 'Мангистауская область', kk: 'Маңғыстау облысы', en: 'Mangystau Region' } },
  { code: 'KZ-55', name: { ru: 'Павлодарская область', kk: 'Павлодар облысы', en: 'Pavlodar Region' } },
  {
    code: 'KZ-59',
    name: { ru: 'Северо-Казахстанская область', kk: 'Солтүстік Қазақстан облысы', en: 'North Kazakhstan Region' },
  },
  { code: 'KZ-61', name: { ru: 'Туркестанская область', kk: 'Түркістан облысы', en: 'Turkestan Region' } },
  { code: 'KZ-62', name: { ru: 'Улытауская область', kk: 'Ұлытау облысы', en: 'Ulytau Region' } },
  {
    code: 'KZ-63',
    name: { ru: 'Восточно-Казахстанская область', kk: 'Шығыс Қазақстан облысы', en: 'East Kazakhstan Region' },
  },
  { code: 'KZ-71', name: { ru: 'Астана', kk: 'Астана', en: 'Astana' } },
  { code: 'KZ-75', name: { ru: 'Алматы', kk: 'Алматы', en: 'Almaty' } },
  { code: 'KZ-79', name: { ru: 'Шымкент', kk: 'Шымкент', en: 'Shymkent' } },
] as const;

export type RegionCode = typeof countryRegion | (typeof kzRegions)[number]['code'];

/** The letter codes of ISO 3166-2:KZ before November 2022, each with the numeric code that replaced it. */
export const legacyRegionCodes: Readonly<Record<string, RegionCode>> = {
  'KZ-AKM': 'KZ-11',
  'KZ-AKT': 'KZ-15',
  'KZ-ALA': 'KZ-75',
  'KZ-ALM': 'KZ-19',
  'KZ-AST': 'KZ-71',
  'KZ-ATY': 'KZ-23',
  'KZ-KAR': 'KZ-35',
  'KZ-KUS': 'KZ-39',
  'KZ-KZY': 'KZ-43',
  'KZ-MAN': 'KZ-47',
  'KZ-PAV': 'KZ-55',
  'KZ-SEV': 'KZ-59',
  'KZ-SHY': 'KZ-79',
  'KZ-VOS': 'KZ-63',
  'KZ-YUZ': 'KZ-61',
  'KZ-ZAP': 'KZ-27',
  'KZ-ZHA': 'KZ-31',
};

const current = new Set<string>([countryRegion, ...kzRegions.map((region) => region.code)]);

/**
 * The current code of a region, whatever the case it is typed in (`kz-15` is `KZ-15`): itself when
 * current, the numeric code for a letter code it replaced (an old link's `KZ-AKT` or `kz-akt` →
 * `KZ-15`); undefined for anything else. Only the Latin letters a–z are upper-cased, so no other
 * character passes for one of them.
 */
export function currentRegionCode(typed: string): RegionCode | undefined {
  const code = typed.replace(/[a-z]/g, (letter) => letter.toUpperCase());
  if (current.has(code)) return code as RegionCode;
  return Object.hasOwn(legacyRegionCodes, code) ? legacyRegionCodes[code] : undefined;
}

/** The name of a region or city in ru, kk and en, by its code in any case; undefined for KZ and unknown codes. */
export function kzRegionName(code: string): (typeof kzRegions)[number]['name'] | undefined {
  const current = currentRegionCode(code);
  return kzRegions.find((region) => region.code === current)?.name;
}

/** What a region must be, in a problem's words. */
export const regionRule = 'KZ or an ISO 3166-2:KZ code such as KZ-15';
