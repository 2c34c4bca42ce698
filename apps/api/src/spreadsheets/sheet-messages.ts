import type { Language } from '@civic/shared';

/** What can be wrong with a cell, by code, in each language the interface speaks. */
export const sheetErrorMessages = {
  unknown_id: { ru: 'нет инициативы с таким id', kk: 'мұндай id бар бастама жоқ', en: 'no initiative has this id' },
  bad_version: {
    ru: 'версия должна быть целым числом из выгрузки',
    kk: 'нұсқа жүктеп алынған файлдағы бүтін сан болуы керек',
    en: 'the version must be the whole number the export wrote',
  },
  future_version: {
    ru: 'такой версии ещё нет: id и version должны быть из выгрузки',
    kk: 'мұндай нұсқа әлі жоқ: id мен version жүктеп алынған файлдан болуы керек',
    en: 'no such version yet: id and version must come from an export',
  },
  duplicate_id: {
    ru: 'эта инициатива уже есть в файле выше',
    kk: 'бұл бастама файлда жоғарыда бар',
    en: 'this initiative is already in the file above',
  },
  bad_status: {
    ru: 'не статус: код или название на русском, казахском или английском',
    kk: 'мәртебе емес: код немесе орыс, қазақ не ағылшын тіліндегі атауы',
    en: 'not a status: a code, or its name in Russian, Kazakh or English',
  },
  bad_stage: {
    ru: 'не стадия законопроекта: код или название',
    kk: 'заң жобасының кезеңі емес: код немесе атауы',
    en: 'not a legislative stage: a code or its name',
  },
  bad_progress: {
    ru: 'прогресс — целое число от 0 до 100',
    kk: 'прогресс — 0-ден 100-ге дейінгі бүтін сан',
    en: 'progress is a whole number from 0 to 100',
  },
  bad_date: {
    ru: 'дата в виде ГГГГ-ММ-ДД или ДД.ММ.ГГГГ',
    kk: 'күн ЖЖЖЖ-АА-КК немесе КК.АА.ЖЖЖЖ түрінде',
    en: 'a date as YYYY-MM-DD or DD.MM.YYYY',
  },
  formula: {
    ru: 'формула без сохранённого значения: впишите значение',
    kk: 'сақталған мәні жоқ формула: мәнін жазыңыз',
    en: 'a formula with no saved value: type the value instead',
  },
  note_required: {
    ru: 'изменённой строке нужно примечание (note)',
    kk: 'өзгерген жолға ескертпе (note) керек',
    en: 'a changed row needs a note',
  },
  note_too_long: {
    ru: 'примечание длиннее 2000 знаков',
    kk: 'ескертпе 2000 таңбадан ұзын',
    en: 'the note is longer than 2000 characters',
  },
  bad_evidence: {
    ru: 'ссылка на подтверждение — адрес http или https',
    kk: 'дәлел сілтемесі — http немесе https мекенжайы',
    en: 'the evidence URL must be an http or https address',
  },
  rule: {
    ru: 'изменение противоречит правилу',
    kk: 'өзгеріс ережеге қайшы',
    en: 'the change breaks a rule',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type SheetErrorCode = keyof typeof sheetErrorMessages;
