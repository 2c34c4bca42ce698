import { describe, expect, it } from 'vitest';
import { extract } from '../src/imports/extraction/extract.ts';

const only = (text: string) => {
  const { candidates } = extract({ text, language: 'ru' });
  expect(candidates).toHaveLength(1);
  return candidates[0] as (typeof candidates)[number];
};

describe('extraction cues', () => {
  it('when a body is created, then an institution is proposed as completed; when it will be, as proposed', () => {
    expect(only('В Сенате создан Совет по делам молодёжи.')).toMatchObject({
      kind: 'institution',
      status: 'completed',
      ownerId: 'senate',
    });
    expect(only('При Правительстве будет сформирована комиссия по реформе.')).toMatchObject({
      kind: 'institution',
      status: 'proposed',
      ownerId: 'government',
    });
  });

  it('when a body is set up "при" another, then that host owns it, not the body that recommended it', () => {
    const text = 'В Актюбинской области по рекомендации областного маслихата при акимате создан общественный совет.';
    expect(only(text)).toMatchObject({ kind: 'institution', ownerId: 'aktobe-akimat' });
  });

  it("when a head instructs and no other body is named, then the head's own body owns it, not the body named last before", () => {
    const { candidates } = extract({
      text: 'Также было рекомендовано акимату области разработать план. Председатель маслихата поручил постоянным комиссиям ежеквартально отчитываться перед населением.',
      language: 'ru',
    });
    const instruction = candidates.find((c) => c.quote.startsWith('Председатель маслихата поручил'));
    expect(instruction?.ownerId).toBe('maslikhats');
  });

  it('when something is recommended to a body in the passive ("рекомендовано акимату …"), then that body is asked to do it', () => {
    expect(
      only('Также было рекомендовано акимату области до конца года разработать план благоустройства сельских округов.'),
    ).toMatchObject({ ownerId: 'akimats', status: 'proposed' });
  });

  it('when recommendations are prepared or sent, then a recommendation under review owned by its author', () => {
    const candidate = only('Министерство юстиции подготовило рекомендации для Правительства по реформе судов.');
    expect(candidate).toMatchObject({ kind: 'recommendation', status: 'under_review', ownerId: 'ministry-of-justice' });
    expect(candidate.reasons.join(' ')).toContain('«подготовило»');
  });

  it('when the addressee supports a proposal, then the recommendation is adopted', () => {
    expect(only('Правительство поддержало предложения депутатов.')).toMatchObject({
      kind: 'recommendation',
      status: 'adopted',
    });
  });

  it.each([
    ['Министерство финансов разработало законопроект о бюджете.', 'drafting', 'in_progress', 'ministry-of-finance'],
    ['Законопроект о медиации вынесен на общественное обсуждение.', 'public_discussion', 'under_review', 'parliament'],
    ['Мажилис принял закон о связи.', 'mazhilis', 'under_review', 'parliament'],
    ['Сенаторы одобрили закон о связи.', 'senate', 'under_review', 'parliament'],
    ['Глава государства подписал закон о связи.', 'signed', 'adopted', 'parliament'],
    ['Закон о связи вступил в силу.', 'in_force', 'completed', 'parliament'],
  ])('when the text says «%s», then legislation at stage %s, status %s', (text, stage, status, ownerId) => {
    expect(only(text)).toMatchObject({ kind: 'legislation', legislativeStage: stage, status, ownerId });
  });

  it.each([
    'Депутаты призвали акимат города ускорить ремонт дорог.',
    'Правительству необходимо пересмотреть тарифы.',
    'Министерству здравоохранения нужно открыть новые больницы.',
    'Акимат должен отчитаться о расходах.',
    'Глава государства поручил Правительству снизить инфляцию.',
  ])('when a call to action is made («%s»), then a proposed call to action', (text) => {
    expect(only(text)).toMatchObject({ kind: 'call_to_action', status: 'proposed', legislativeStage: null });
  });

  it('when a wish or a discussion of issues is reported, then a proposed call to action', () => {
    expect(only('Хочется, чтобы маслихаты работали открыто.')).toMatchObject({
      kind: 'call_to_action',
      status: 'proposed',
    });
    expect(only('Депутаты обсудили вопросы развития туризма.')).toMatchObject({
      kind: 'call_to_action',
      status: 'proposed',
    });
  });

  it('when a regular practice is called for or introduced, then a practice, proposed or in progress', () => {
    expect(only('Маслихатам необходимо регулярно проводить выездные заседания.')).toMatchObject({
      kind: 'practice',
      status: 'proposed',
    });
    expect(only('Акимат внедрил практику ежемесячных приёмов граждан.')).toMatchObject({
      kind: 'practice',
      status: 'in_progress',
    });
  });

  it('when a list follows an umbrella clause, then each item nests under it and inherits its kind', () => {
    const { candidates } = extract({
      text: 'Комиссия направила пакет предложений Правительству по ремонту школ, строительству больниц, а также по развитию спорта.',
      language: 'ru',
    });
    expect(candidates.map((c) => [c.quote, c.parentIndex, c.kind, c.ownerId])).toEqual([
      ['Комиссия направила пакет предложений Правительству по ремонту школ', null, 'recommendation', null],
      ['строительству больниц', 0, 'recommendation', 'government'],
      ['по развитию спорта', 0, 'recommendation', 'government'],
    ]);
  });

  it('when the text reports meetings, opinions and thanks only, then nothing is proposed', () => {
    const text =
      'Стороны обменялись мнениями о сотрудничестве. Следующее заседание состоится в апреле. Гости высоко оценили реформы. Спикер поблагодарил участников.';
    expect(extract({ text, language: 'ru' }).candidates).toEqual([]);
  });

  it('when a headline repeats a call, then the headline itself is not a candidate', () => {
    const { candidates } = extract({
      text: 'Нужно избавляться от формализма\nДепутатам нужно чаще встречаться с жителями.',
      language: 'ru',
    });
    expect(candidates.map((c) => c.quote)).toEqual(['Депутатам нужно чаще встречаться с жителями.']);
  });
});
