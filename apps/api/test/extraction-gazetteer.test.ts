import { kzRegions } from '@civic/shared';
import { describe, expect, it } from 'vitest';
import { createGazetteer } from '../src/imports/extraction/gazetteer.ts';
import { type Region, regions } from '../src/imports/extraction/regions.ts';
import { tokenize } from '../src/imports/extraction/text.ts';

const gazetteer = createGazetteer();
const aktobe = regions.find((region) => region.id === 'aktobe');
const ownersIn = (text: string, region: Region | undefined = aktobe) =>
  gazetteer.find(tokenize(text), region).map((m) => m.ownerId);

describe('regions the rules know', () => {
  it('when their codes are read, then each of the 20 ISO 3166-2:KZ codes is one region, in the one numeric scheme', () => {
    expect(regions.map((region) => region.code).sort()).toEqual(kzRegions.map((region) => region.code).sort());
    for (const region of regions) {
      const listed = kzRegions.find(({ code }) => code === region.code);
      expect([region.id, region.name.ru]).toEqual([region.id, listed?.name.ru]);
    }
  });
});

describe('gazetteer of state bodies', () => {
  it.each([
    ['senate', ['Сенат', 'Сената', 'Сенату', 'Сенатом', 'Сенате']],
    ['mazhilis', ['Мажилис', 'Мажилиса', 'Мажилису', 'Мажилисом', 'Мажилисе']],
    ['parliament', ['Парламент', 'Парламента', 'Парламентом']],
    ['government', ['Правительство', 'Правительства', 'Правительству', 'Правительством']],
    ['president', ['Президент', 'Президента', 'Президентом', 'Глава государства', 'Главой государства']],
    ['maslikhats', ['маслихаты', 'маслихатов', 'маслихатам', 'маслихатами', 'маслихатах']],
    ['akimats', ['акиматы', 'акиматов', 'акиматам', 'акиматами']],
    ['aktobe-maslikhat', ['маслихат', 'маслихата', 'маслихатом', 'областного маслихата']],
    ['aktobe-akimat', ['акимат', 'акимата', 'акиматом', 'аким', 'акима']],
    [
      'assembly-of-people',
      ['Ассамблея народа Казахстана', 'Ассамблеи народа Казахстана', 'Ассамблеей народа Казахстана'],
    ],
    ['aktobe-public-council', ['Общественный совет', 'Общественного совета', 'общественным советом']],
    ['aktobe-cultural-centres', ['национальные культурные центры', 'национальных культурных центров']],
    ['ministry-of-finance', ['Министерство финансов', 'Министерства финансов', 'Министерству финансов']],
    [
      'senate-council',
      [
        'Совет по взаимодействию с местными представительными органами',
        'Совета по взаимодействию с местными представительными органами',
      ],
    ],
  ])('when the text names %s in any case, then the gazetteer finds it', (ownerId, forms) => {
    for (const form of forms) expect([form, ownersIn(form)]).toEqual([form, [ownerId]]);
  });

  it("when a regional body names its own region, then that region wins over the text's", () => {
    expect(ownersIn('Карагандинского областного маслихата')).toEqual(['karaganda-maslikhat']);
    expect(gazetteer.find(tokenize('акимат'), undefined).map((m) => m.ownerId)).toEqual(['akimats']);
  });

  it('when "Сенат Парламента" is written, then one body is found, the Senate', () => {
    expect(ownersIn('Пресс-служба Сената Парламента РК')).toEqual(['senate']);
  });

  it('when a new body is added, then it is found in its case forms as well', () => {
    const extended = createGazetteer([
      {
        id: 'central-election-commission',
        name: { ru: 'Центральная избирательная комиссия', en: 'Central Election Commission' },
        patterns: ['центральн* избирательн* комисс*'],
      },
    ]);
    const found = extended.find(tokenize('решением Центральной избирательной комиссии'), undefined);
    expect(found.map((m) => m.ownerId)).toEqual(['central-election-commission']);
  });
});
