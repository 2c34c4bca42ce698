import type { Kind, LegislativeStage, LocalizedText, RelationType, Status } from '@civic/shared';

export const sourceDocument = {
  id: 'senate-aktobe-maslikhat',
  file: 'senate-aktobe-maslikhat.ru.txt',
  title: {
    ru: 'Дарига Назарбаева: Нужно избавляться от формализма в работе с населением',
    en: 'Dariga Nazarbayeva: formalism in working with the public must go',
    kk: null,
  },
  publisher: {
    ru: 'Пресс-служба Сената Парламента РК',
    en: 'Press service of the Senate of the Parliament of Kazakhstan',
    kk: 'ҚР Парламенті Сенатының баспасөз қызметі',
  },
  language: 'ru',
  // The release states no date and no address; both stay unknown rather than guessed.
  publishedAt: null,
  url: null,
} as const;

export interface SeedOwner {
  id: string;
  name: LocalizedText;
}

export const owners: SeedOwner[] = [
  {
    id: 'senate',
    name: {
      ru: 'Сенат Парламента Республики Казахстан',
      en: 'Senate of the Parliament of Kazakhstan',
      kk: 'Қазақстан Республикасы Парламентінің Сенаты',
    },
  },
  {
    id: 'senate-council',
    name: {
      ru: 'Совет по взаимодействию с местными представительными органами при Сенате',
      en: 'Senate Council for Interaction with Local Representative Bodies',
      kk: 'Сенат жанындағы Жергілікті өкілді органдармен өзара іс-қимыл жөніндегі кеңес',
    },
  },
  {
    id: 'government',
    name: {
      ru: 'Правительство Республики Казахстан',
      en: 'Government of Kazakhstan',
      kk: 'Қазақстан Республикасының Үкіметі',
    },
  },
  {
    id: 'parliament',
    name: {
      ru: 'Парламент Республики Казахстан',
      en: 'Parliament of Kazakhstan',
      kk: 'Қазақстан Республикасының Парламенті',
    },
  },
  {
    id: 'aktobe-maslikhat',
    name: {
      ru: 'Актюбинский областной маслихат',
      en: 'Aktobe Regional Maslikhat',
      kk: 'Ақтөбе облыстық мәслихаты',
    },
  },
  {
    id: 'aktobe-public-council',
    name: {
      ru: 'Общественный совет при Актюбинском областном маслихате',
      en: 'Public Council under the Aktobe Regional Maslikhat',
      kk: 'Ақтөбе облыстық мәслихаты жанындағы Қоғамдық кеңес',
    },
  },
  {
    id: 'maslikhats',
    name: {
      ru: 'Маслихаты (местные представительные органы)',
      en: 'Maslikhats (local representative bodies)',
      kk: 'Мәслихаттар (жергілікті өкілді органдар)',
    },
  },
  {
    id: 'aktobe-regional-assembly',
    name: {
      ru: 'Региональная ассамблея Актюбинской области',
      en: 'Regional Assembly of Aktobe Region',
      kk: 'Ақтөбе облысының өңірлік ассамблеясы',
    },
  },
  {
    id: 'aktobe-cultural-centres',
    name: {
      ru: 'Национальные культурные центры Актюбинской области',
      en: 'National cultural centres of Aktobe Region',
      kk: 'Ақтөбе облысының ұлттық мәдени орталықтары',
    },
  },
];

export interface SeedInitiative {
  id: string;
  parentId: string | null;
  kind: Kind;
  ownerId: string;
  /** ISO 3166: KZ for national scope, KZ-15 for Aktobe region. */
  region: 'KZ' | 'KZ-15';
  tags: string[];
  status: Status;
  legislativeStage: LegislativeStage | null;
  title: LocalizedText;
  summary: LocalizedText;
  /** Verbatim from the source; its offsets are found at seed time. */
  quote: string;
}

export const initiatives: SeedInitiative[] = [
  {
    id: 'senate-council-local-bodies',
    parentId: null,
    kind: 'institution',
    ownerId: 'senate',
    region: 'KZ',
    tags: ['senate', 'maslikhats', 'local-government'],
    status: 'completed',
    legislativeStage: null,
    title: {
      ru: 'Совет по взаимодействию с местными представительными органами при Сенате',
      en: 'Senate Council for Interaction with Local Representative Bodies',
      kk: 'Сенат жанындағы Жергілікті өкілді органдармен өзара іс-қимыл жөніндегі кеңес',
    },
    summary: {
      ru: 'В Сенате создан Совет по взаимодействию с местными представительными органами, чтобы повысить эффективность сотрудничества с регионами. По тексту источника Совет уже работает.',
      en: 'The Senate has set up a council for interaction with local representative bodies (maslikhats) to make cooperation with the regions more effective. According to the source, the council is already at work.',
      kk: 'Өңірлермен ынтымақтастықтың тиімділігін арттыру үшін Сенатта Жергілікті өкілді органдармен өзара іс-қимыл жөніндегі кеңес құрылды. Дереккөз мәтініне сәйкес Кеңес қазірдің өзінде жұмыс істеп жатыр.',
    },
    quote:
      'Для повышения эффективности сотрудничества с регионами в Сенате создан Совет по взаимодействию с местными представительными органами.',
  },
  {
    id: 'maslikhat-recommendations',
    parentId: null,
    kind: 'recommendation',
    ownerId: 'senate-council',
    region: 'KZ',
    tags: ['maslikhats', 'government', 'local-government'],
    status: 'under_review',
    legislativeStage: null,
    title: {
      ru: 'Рекомендации правительству по укреплению роли маслихатов',
      en: 'Recommendations to the Government on strengthening the role of maslikhats',
      kk: 'Мәслихаттардың рөлін күшейту жөнінде Үкіметке ұсынымдар',
    },
    summary: {
      ru: 'Совет подготовил для правительства пакет рекомендаций по дальнейшему укреплению роли маслихатов, в том числе о статусе секретаря маслихата и об освобождённых депутатах.',
      en: 'The council has prepared a package of recommendations for the Government on further strengthening the role of maslikhats, including the status of the maslikhat secretary and full-time (released) deputies.',
      kk: 'Кеңес Үкіметке мәслихаттардың рөлін одан әрі күшейту жөнінде ұсынымдар топтамасын дайындады, оның ішінде мәслихат хатшысының мәртебесі мен босатылған депутаттар туралы.',
    },
    quote: 'Совет уже подготовил пакет рекомендаций для правительства по дальнейшему укреплению роли маслихатов',
  },
  {
    id: 'maslikhat-secretary-status',
    parentId: 'maslikhat-recommendations',
    kind: 'recommendation',
    ownerId: 'government',
    region: 'KZ',
    tags: ['maslikhats', 'secretary'],
    status: 'under_review',
    legislativeStage: null,
    title: {
      ru: 'Повышение статуса секретаря маслихата',
      en: 'Raising the status of the maslikhat secretary',
      kk: 'Мәслихат хатшысының мәртебесін арттыру',
    },
    summary: {
      ru: 'Одна из рекомендаций Совета правительству: повысить статус секретаря маслихата.',
      en: "One of the council's recommendations to the Government: raise the status of the maslikhat secretary.",
      kk: 'Кеңестің Үкіметке берген ұсынымдарының бірі: мәслихат хатшысының мәртебесін арттыру.',
    },
    quote: 'повышению статуса секретаря маслихата',
  },
  {
    id: 'full-time-deputies',
    parentId: 'maslikhat-recommendations',
    kind: 'recommendation',
    ownerId: 'government',
    region: 'KZ',
    tags: ['maslikhats', 'deputies'],
    status: 'under_review',
    legislativeStage: null,
    title: {
      ru: 'Введение института освобождённых депутатов маслихатов',
      en: 'Introducing full-time (released) maslikhat deputies',
      kk: 'Мәслихаттардың босатылған депутаттары институтын енгізу',
    },
    summary: {
      ru: 'Рекомендация Совета правительству ввести институт освобождённых депутатов — депутатов, работающих в маслихате на постоянной оплачиваемой основе.',
      en: "The council's recommendation to the Government to introduce released deputies: deputies freed from their main job to serve in the maslikhat full-time and paid.",
      kk: 'Кеңестің Үкіметке босатылған депутаттар институтын енгізу жөніндегі ұсынымы: негізгі жұмысынан босатылып, мәслихатта тұрақты әрі ақылы негізде жұмыс істейтін депутаттар.',
    },
    quote: 'по введению института освобождённых депутатов',
  },
  {
    id: 'local-government-law-amendments',
    parentId: null,
    kind: 'legislation',
    ownerId: 'parliament',
    region: 'KZ',
    tags: ['legislation', 'local-government', 'maslikhats'],
    status: 'under_review',
    legislativeStage: 'public_discussion',
    title: {
      ru: 'Поправки к Закону «О местном государственном управлении и самоуправлении в Республике Казахстан»',
      en: 'Amendments to the Law "On Local Public Administration and Self-Government in the Republic of Kazakhstan"',
      kk: '«Қазақстан Республикасындағы жергілікті мемлекеттік басқару және өзін-өзі басқару туралы» Заңға түзетулер',
    },
    summary: {
      ru: 'Рекомендации Совета отражены в поправках к закону о местном государственном управлении и самоуправлении. Депутатов маслихата призвали активно участвовать в обсуждении документа.',
      en: "The council's recommendations are reflected in amendments to the law on local public administration and self-government. Maslikhat deputies were urged to take an active part in discussing the document.",
      kk: 'Кеңестің ұсынымдары жергілікті мемлекеттік басқару және өзін-өзі басқару туралы заңға енгізілетін түзетулерде көрініс тапты. Мәслихат депутаттары құжатты талқылауға белсенді қатысуға шақырылды.',
    },
    quote:
      'Все это отражено в поправках к Закону «О местном государственном управлении и самоуправлении в Республике Казахстан». Дарига Назарбаева призвала депутатов маслихата принять активное участие в обсуждении этого документа.',
  },
  {
    id: 'public-council-independence',
    parentId: null,
    kind: 'call_to_action',
    ownerId: 'aktobe-public-council',
    region: 'KZ-15',
    tags: ['public-council', 'public-engagement'],
    status: 'proposed',
    legislativeStage: null,
    title: {
      ru: 'Повышение самостоятельности работы Общественного совета при маслихате',
      en: 'More independence for the Public Council under the maslikhat',
      kk: 'Мәслихат жанындағы Қоғамдық кеңес жұмысының дербестігін арттыру',
    },
    summary: {
      ru: 'На встрече с членами Общественного совета при маслихате Председатель Сената подчеркнула необходимость повышения самостоятельности их работы.',
      en: 'Meeting members of the Public Council under the maslikhat, the Senate Chair stressed that their work needs to become more independent.',
      kk: 'Мәслихат жанындағы Қоғамдық кеңес мүшелерімен кездесуде Сенат Төрағасы олардың жұмысын дербес ете түсу қажеттігін атап өтті.',
    },
    quote:
      'На встрече с членами Общественного совета при маслихате Председатель Сената подчеркнула необходимость повышения самостоятельности их работы.',
  },
  {
    id: 'council-two-way-link',
    parentId: null,
    kind: 'call_to_action',
    ownerId: 'senate-council',
    region: 'KZ',
    tags: ['senate', 'maslikhats'],
    status: 'proposed',
    legislativeStage: null,
    title: {
      ru: 'Двусторонняя, тесная и активная связь Совета с маслихатами',
      en: 'A close, active two-way link between the council and the maslikhats',
      kk: 'Кеңес пен мәслихаттар арасындағы тығыз әрі белсенді екіжақты байланыс',
    },
    summary: {
      ru: 'Председатель Сената ожидает, что работа Совета станет «улицей с двусторонним движением», а связь с маслихатами будет тесной и активной.',
      en: 'The Senate Chair expects the council to be a "two-way street", with close and active ties to the maslikhats.',
      kk: 'Сенат Төрағасы Кеңестің мәслихаттармен тығыз әрі белсенді байланыстағы «екі жақты жол» болуын күтеді.',
    },
    quote: 'Хочется, чтобы это была улица с двусторонним движением, а связь с маслихатами была тесной и активной',
  },
  {
    id: 'new-engagement-formats',
    parentId: null,
    kind: 'practice',
    ownerId: 'maslikhats',
    region: 'KZ',
    tags: ['public-engagement', 'formalism'],
    status: 'proposed',
    legislativeStage: null,
    title: {
      ru: 'Новые форматы работы с населением — без формализма',
      en: 'New formats of work with the public, away from formalism',
      kk: 'Халықпен жұмыстың жаңа форматтары — формализмсіз',
    },
    summary: {
      ru: 'По мнению главы Сената, нужны новые форматы работы с населением; эта работа должна быть наполнена реальным содержанием, а не проводиться формально, «для галочки».',
      en: 'The Senate Chair called for new formats of work with the public, filled with real substance rather than done as a formality, "to tick a box".',
      kk: 'Сенат Төрағасы халықпен жұмыстың жаңа форматтарына шақырды: олар «көрсеткіш үшін» атқарылатын формальдылық емес, нақты мазмұнға толы болуы тиіс.',
    },
    quote: 'нужны новые форматы работы с населением',
  },
  {
    id: 'off-site-public-sessions',
    parentId: 'new-engagement-formats',
    kind: 'practice',
    ownerId: 'aktobe-maslikhat',
    region: 'KZ-15',
    tags: ['public-engagement', 'sessions'],
    status: 'proposed',
    legislativeStage: null,
    title: {
      ru: 'Регулярные выездные заседания с участием общественности',
      en: 'Regular off-site sessions open to the public',
      kk: 'Жұртшылықтың қатысуымен тұрақты көшпелі отырыстар',
    },
    summary: {
      ru: 'Маслихату предложено регулярно проводить выездные заседания с участием общественности.',
      en: 'The maslikhat is asked to hold regular off-site sessions with members of the public taking part.',
      kk: 'Мәслихатқа жұртшылықтың қатысуымен тұрақты көшпелі сессиялар өткізу ұсынылды.',
    },
    quote: 'необходимо регулярно проводить выездные заседания с участием общественности',
  },
  {
    id: 'social-media-outreach',
    parentId: 'new-engagement-formats',
    kind: 'practice',
    ownerId: 'aktobe-maslikhat',
    region: 'KZ-15',
    tags: ['public-engagement', 'social-media'],
    status: 'proposed',
    legislativeStage: null,
    title: {
      ru: 'Освещение деятельности маслихата в социальных сетях',
      en: "Covering the maslikhat's work on social media",
      kk: 'Мәслихат қызметін әлеуметтік желілерде жариялау',
    },
    summary: {
      ru: 'Деятельность маслихата предлагается широко освещать не только на официальных сайтах, но и в социальных сетях.',
      en: "The maslikhat's work should be covered widely, not only on official websites but also on social media.",
      kk: 'Мәслихаттың жұмысы ресми сайттарда ғана емес, әлеуметтік желілерде де кеңінен жариялануы тиіс.',
    },
    quote: 'широко освещать деятельность не только на официальных сайтах, но и в социальных сетях',
  },
  {
    id: 'regional-assemblies-status',
    parentId: null,
    kind: 'call_to_action',
    ownerId: 'aktobe-regional-assembly',
    region: 'KZ-15',
    tags: ['assembly', 'inter-ethnic'],
    status: 'proposed',
    legislativeStage: null,
    title: {
      ru: 'Укрепление статуса региональных ассамблей',
      en: 'Strengthening the status of regional assemblies',
      kk: 'Өңірлік ассамблеялардың мәртебесін нығайту',
    },
    summary: {
      ru: 'С руководителями национальных культурных центров Актюбинской области обсуждены вопросы укрепления статуса региональных ассамблей.',
      en: 'Strengthening the status of regional assemblies was discussed with the heads of the national cultural centres of Aktobe Region.',
      kk: 'Ақтөбе облысының ұлттық-мәдени орталықтарының басшыларымен өңірлік ассамблеялардың мәртебесін күшейту мәселесі талқыланды.',
    },
    quote: 'обсудила вопросы укрепления статуса региональных ассамблей',
  },
  {
    id: 'youth-in-cultural-centres',
    parentId: 'regional-assemblies-status',
    kind: 'call_to_action',
    ownerId: 'aktobe-cultural-centres',
    region: 'KZ-15',
    tags: ['youth', 'cultural-centres'],
    status: 'proposed',
    legislativeStage: null,
    title: {
      ru: 'Вовлечение молодёжи в работу культурных центров',
      en: 'Bringing young people into the work of cultural centres',
      kk: 'Жастарды мәдени орталықтардың жұмысына тарту',
    },
    summary: {
      ru: 'Обсуждался вопрос вовлечения молодёжи в работу национальных культурных центров.',
      en: 'How to involve young people in the work of the national cultural centres was discussed.',
      kk: 'Жастарды ұлттық-мәдени орталықтардың жұмысына қалай тарту керектігі талқыланды.',
    },
    quote: 'вопрос вовлечения молодёжи в работу культурных центров',
  },
  {
    id: 'youth-social-lifts',
    parentId: 'regional-assemblies-status',
    kind: 'call_to_action',
    ownerId: 'aktobe-regional-assembly',
    region: 'KZ-15',
    tags: ['youth', 'inter-ethnic', 'social-lifts'],
    status: 'proposed',
    legislativeStage: null,
    title: {
      ru: 'Система социальных лифтов для молодёжи разных национальностей',
      en: 'Social mobility ("social lifts") for young people of all ethnic groups',
      kk: 'Түрлі ұлт жастарына арналған әлеуметтік лифтілер жүйесі',
    },
    summary: {
      ru: 'Обсуждалось создание для молодых людей разных национальностей системы социальных лифтов.',
      en: 'Creating a system of social lifts, routes to advancement, for young people of different ethnic groups was discussed.',
      kk: 'Әртүрлі ұлт жастары үшін әлеуметтік лифттер, яғни алға жылжу жолдары жүйесін құру мәселесі талқыланды.',
    },
    quote: 'создания для молодых людей разных национальностей системы социальных лифтов',
  },
];

export interface SeedRelation {
  fromId: string;
  toId: string;
  type: RelationType;
}

/** «Все это отражено в поправках…»: the recommendations are reflected in the law amendments. */
export const relations: SeedRelation[] = [
  { fromId: 'maslikhat-recommendations', toId: 'local-government-law-amendments', type: 'reflected_in' },
  { fromId: 'maslikhat-secretary-status', toId: 'local-government-law-amendments', type: 'reflected_in' },
  { fromId: 'full-time-deputies', toId: 'local-government-law-amendments', type: 'reflected_in' },
];
