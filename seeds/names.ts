import type { InquiryTopic } from './facts';

/**
 * Word lists for the generated part of the seed: Persian with ی/ک and zero-width
 * non-joiners where Persian writes them, each with its English. A phrase is [fa, en].
 */
export type Phrase = readonly [fa: string, en: string];

export type Domain =
  | 'health'
  | 'education'
  | 'science'
  | 'industry'
  | 'trade'
  | 'agriculture'
  | 'transport'
  | 'energy'
  | 'finance'
  | 'banking'
  | 'insurance'
  | 'welfare'
  | 'justice'
  | 'ict'
  | 'culture'
  | 'environment'
  | 'civil'
  | 'police'
  | 'housing'
  | 'governance';

export interface DomainWords {
  /** What a licence service issues: «صدور» + licence = "Issuing a/an" + licence. */
  licences: readonly Phrase[];
  /** Objects of the generic service verbs (SERVICE_VERBS). */
  topics: readonly Phrase[];
  /** What other agencies look up, besides the domain's licences. */
  records: readonly Phrase[];
}

export const DOMAIN_WORDS: Record<Domain, DomainWords> = {
  health: {
    licences: [
      ['پروانه تأسیس داروخانه', 'pharmacy establishment licence'],
      ['پروانه مطب پزشکان', "physicians' practice licence"],
      ['پروانه بهره‌برداری بیمارستان', 'hospital operating licence'],
      ['مجوز تولید فراورده‌های غذایی', 'food production permit'],
      ['پروانه ورود دارو', 'drug import licence'],
      ['مجوز تأسیس آزمایشگاه تشخیص طبی', 'medical laboratory establishment permit'],
      ['پروانه بهداشتی اماکن عمومی', 'public premises health licence'],
      ['مجوز فعالیت مراکز درمان سرپایی', 'outpatient clinic permit'],
    ],
    topics: [
      ['پرونده الکترونیک سلامت', 'e-health records'],
      ['نسخه الکترونیک', 'e-prescriptions'],
      ['نوبت‌دهی درمانی', 'medical appointments'],
      ['واکسیناسیون', 'vaccination'],
      ['هزینه‌های درمان', 'medical expenses'],
      ['برنامه پزشک خانواده', 'the family physician scheme'],
      ['بیماری‌های خاص', 'special diseases cover'],
    ],
    records: [
      ['گواهی سلامت جسمانی و روانی', 'physical and mental health certificate'],
      ['کارت بهداشت', 'health card'],
      ['گواهی فوت', 'death certificate'],
      ['پروانه نظام پزشکی', 'medical council licence'],
    ],
  },
  education: {
    licences: [
      ['مجوز تأسیس مدرسه غیردولتی', 'non-government school establishment permit'],
      ['مجوز آموزشگاه زبان‌های خارجی', 'foreign-language school permit'],
      ['مجوز فعالیت آموزشگاه علمی آزاد', 'private tutoring institute permit'],
      ['مجوز تأسیس مرکز پیش‌دبستانی', 'pre-school establishment permit'],
      ['مجوز فعالیت کانون فرهنگی تربیتی', 'cultural and educational centre permit'],
      ['مجوز انتشار کتاب کمک‌آموزشی', 'supplementary textbook permit'],
    ],
    topics: [
      ['ثبت‌نام دانش‌آموزان', 'pupil enrolment'],
      ['کارنامه تحصیلی', 'school reports'],
      ['نقل و انتقال دانش‌آموزان', 'pupil transfers'],
      ['مشاوره تحصیلی', 'educational counselling'],
      ['امور معلمان', "teachers' affairs"],
      ['شهریه مدارس', 'school fees'],
      ['کتاب‌های درسی', 'textbooks'],
    ],
    records: [
      ['مدرک پیش‌دانشگاهی', 'pre-university certificate'],
      ['سوابق خدمت معلمان', "teachers' service records"],
      ['کارنامه دانش‌آموز', "pupil's report card"],
    ],
  },
  science: {
    licences: [
      ['مجوز تأسیس مؤسسه آموزش عالی غیردولتی', 'private higher-education institute permit'],
      ['مجوز راه‌اندازی رشته تحصیلی جدید', 'new degree programme permit'],
      ['مجوز فعالیت شرکت دانش‌بنیان', 'knowledge-based company permit'],
      ['مجوز تأسیس پارک علم و فناوری', 'science and technology park permit'],
      ['مجوز پذیرش دانشجوی خارجی', 'foreign student admission permit'],
      ['مجوز فعالیت مرکز رشد', 'business incubator permit'],
    ],
    topics: [
      ['وام دانشجویی', 'student loans'],
      ['بورس تحصیلی', 'scholarships'],
      ['پذیرش دانشجو', 'student admission'],
      ['انتقال دانشجو', 'student transfers'],
      ['معافیت تحصیلی', 'student deferment'],
      ['پایان‌نامه', 'theses'],
      ['خوابگاه دانشجویی', 'student housing'],
    ],
    records: [
      ['ارزشیابی مدرک خارجی', 'foreign degree evaluation'],
      ['وضعیت تحصیلی دانشجو', 'student status'],
      ['بدهی وام دانشجویی', 'student loan debt'],
    ],
  },
  industry: {
    licences: [
      ['جواز تأسیس واحد صنعتی', 'industrial unit establishment permit'],
      ['پروانه بهره‌برداری واحد صنعتی', 'industrial unit operating licence'],
      ['پروانه اکتشاف معدن', 'mineral exploration licence'],
      ['پروانه بهره‌برداری معدن', 'mine operating licence'],
      ['گواهی کشف معدن', 'mineral discovery certificate'],
      ['مجوز طرح توسعه واحد صنعتی', 'industrial expansion permit'],
      ['پروانه تولید محصولات شیمیایی', 'chemical products manufacturing licence'],
      ['گواهی صلاحیت واحد فنی و مهندسی', 'engineering unit competence certificate'],
    ],
    topics: [
      ['سهمیه مواد اولیه', 'raw material quotas'],
      ['حقوق دولتی معادن', 'state royalties on mines'],
      ['طرح‌های صنعتی', 'industrial projects'],
      ['زمین در شهرک‌های صنعتی', 'land in industrial parks'],
      ['آمار تولید', 'production statistics'],
      ['تسهیلات صنعتی', 'industrial loans'],
    ],
    records: [
      ['طرح توجیهی فنی و اقتصادی', 'feasibility study approval'],
      ['ظرفیت تولید واحد صنعتی', 'industrial unit capacity'],
      ['حقوق دولتی معدن', 'mine royalty status'],
    ],
  },
  trade: {
    licences: [
      ['کارت بازرگانی', 'commercial card'],
      ['پروانه کسب', 'business licence'],
      ['مجوز ثبت سفارش کالا', 'import order registration permit'],
      ['مجوز صادرات کالا', 'export permit'],
      ['پروانه حق‌العمل‌کاری گمرکی', 'customs brokerage licence'],
      ['مجوز فعالیت فروشگاه اینترنتی', 'online shop permit'],
      ['مجوز فعالیت انبار عمومی', 'public warehouse permit'],
      ['مجوز واردات کالای همراه مسافر', 'passenger goods import permit'],
    ],
    topics: [
      ['قیمت‌گذاری کالا', 'price setting'],
      ['حمایت از مصرف‌کنندگان', 'consumer protection'],
      ['توزیع کالاهای اساسی', 'staple goods distribution'],
      ['نمایشگاه‌های تجاری', 'trade fairs'],
      ['شناسه کالا', 'product identifiers'],
      ['رویه‌های گمرکی', 'customs procedures'],
    ],
    records: [
      ['شناسه رهگیری کالا', 'goods tracking code'],
      ['پروانه صادراتی', 'export declaration'],
      ['گواهی مبدأ کالا', 'certificate of origin'],
    ],
  },
  agriculture: {
    licences: [
      ['پروانه بهره‌برداری دامداری صنعتی', 'industrial livestock farm operating licence'],
      ['مجوز تأسیس گلخانه', 'greenhouse establishment permit'],
      ['پروانه صید تجاری', 'commercial fishing licence'],
      ['مجوز حفر چاه کشاورزی', 'agricultural well drilling permit'],
      ['مجوز تغییر کاربری اراضی کشاورزی', 'agricultural land use change permit'],
      ['پروانه بهداشتی کشتارگاه', 'slaughterhouse health licence'],
      ['مجوز واردات نهاده‌های دامی', 'livestock feed import permit'],
      ['پروانه فعالیت مرکز پرورش آبزیان', 'aquaculture farm licence'],
    ],
    topics: [
      ['خرید تضمینی محصولات', 'guaranteed crop purchase'],
      ['بیمه محصولات کشاورزی', 'crop insurance'],
      ['سهمیه کود و سم', 'fertiliser and pesticide quotas'],
      ['واکسیناسیون دام', 'livestock vaccination'],
      ['آب‌بران کشاورزی', 'agricultural water rights'],
      ['خسارت بلایای طبیعی', 'natural disaster damage'],
    ],
    records: [
      ['گواهی قرنطینه گیاهی', 'plant quarantine certificate'],
      ['گواهی بهداشتی دام', 'veterinary health certificate'],
      ['سند اراضی کشاورزی', 'agricultural land title'],
    ],
  },
  transport: {
    licences: [
      ['پروانه فعالیت شرکت حمل و نقل بار', 'freight company licence'],
      ['گواهینامه رانندگی پایه یک', 'grade-one driving licence'],
      ['پروانه ساخت مجتمع خدمات رفاهی بین‌راهی', 'roadside service area construction permit'],
      ['مجوز فعالیت دفتر خدمات مسافرتی', 'travel agency licence'],
      ['پروانه ناوبری شناور', 'vessel navigation licence'],
      ['مجوز حمل بار ترافیکی', 'oversize load permit'],
      ['کارت هوشمند ناوگان', 'fleet smart card'],
      ['مجوز فعالیت آموزشگاه رانندگی', 'driving school permit'],
    ],
    topics: [
      ['بارنامه الکترونیکی', 'electronic waybills'],
      ['عوارض آزادراهی', 'motorway tolls'],
      ['معاینه فنی خودرو', 'vehicle inspection'],
      ['بلیت قطار', 'train tickets'],
      ['حوادث جاده‌ای', 'road accidents'],
      ['پلاک خودرو', 'number plates'],
    ],
    records: [
      ['معاینه فنی خودرو', 'vehicle inspection'],
      ['کارت سوخت', 'fuel card'],
      ['صلاحیت رانندگان حمل عمومی', 'public transport driver competence'],
    ],
  },
  energy: {
    licences: [
      ['پروانه تأسیس جایگاه سوخت', 'fuel station establishment licence'],
      ['مجوز احداث نیروگاه تجدیدپذیر', 'renewable power plant construction permit'],
      ['پروانه بهره‌برداری از منابع آب', 'water resource use licence'],
      ['مجوز واگذاری انشعاب برق صنعتی', 'industrial power connection permit'],
      ['مجوز حفر چاه عمیق', 'deep well drilling permit'],
      ['پروانه فعالیت شرکت گازرسانی', 'gas installation company licence'],
      ['گواهی صلاحیت پیمانکاران صنعت نفت', 'oil-industry contractor qualification certificate'],
    ],
    topics: [
      ['انشعاب آب و فاضلاب', 'water and sewage connections'],
      ['انشعاب برق', 'electricity connections'],
      ['انشعاب گاز', 'gas connections'],
      ['قبض انرژی', 'energy bills'],
      ['سهمیه سوخت', 'fuel quotas'],
      ['قطعی برق', 'power cuts'],
    ],
    records: [
      ['بدهی قبوض آب و برق', 'utility bill debts'],
      ['انشعاب گاز ملک', 'property gas connection'],
      ['پروانه چاه', 'well licence'],
    ],
  },
  finance: {
    licences: [
      ['مجوز فعالیت کارگزاری بورس', 'stock brokerage licence'],
      ['پروانه فعالیت حسابداران رسمی', 'certified accountant licence'],
      ['مجوز انتشار اوراق مشارکت', 'participation bond issuance permit'],
      ['مجوز فعالیت صندوق سرمایه‌گذاری', 'investment fund licence'],
      ['مجوز پذیرش شرکت در بورس', 'stock exchange listing permit'],
      ['مجوز سرمایه‌گذاری خارجی', 'foreign investment permit'],
      ['پروانه مشاوران مالیاتی', 'tax adviser licence'],
    ],
    topics: [
      ['اظهارنامه مالیاتی', 'tax returns'],
      ['پرونده مالیاتی', 'tax files'],
      ['مالیات بر ارزش افزوده', 'value-added tax'],
      ['معافیت‌های مالیاتی', 'tax exemptions'],
      ['یارانه نقدی', 'cash subsidies'],
      ['سهام عدالت', 'justice shares'],
      ['اموال دولتی', 'state property'],
    ],
    records: [
      ['برگ قطعی مالیات', 'final tax assessment'],
      ['پرونده مالیاتی', 'tax file'],
      ['سهام عدالت', 'justice shares'],
    ],
  },
  banking: {
    licences: [
      ['مجوز فعالیت صرافی', 'currency exchange licence'],
      ['مجوز تأسیس مؤسسه اعتباری', 'credit institution permit'],
      ['مجوز فعالیت شرکت پرداخت‌یاری', 'payment facilitator licence'],
      ['مجوز فعالیت شرکت لیزینگ', 'leasing company licence'],
      ['مجوز گشایش اعتبار اسنادی', 'letter of credit permit'],
      ['مجوز تأمین ارز واردات', 'import foreign-currency allocation permit'],
    ],
    topics: [
      ['تسهیلات بانکی', 'bank loans'],
      ['چک صیادی', 'Sayad cheques'],
      ['حساب بانکی', 'bank accounts'],
      ['ارز مسافرتی', 'travel currency'],
      ['وام قرض‌الحسنه', 'interest-free loans'],
      ['ضمانت‌نامه بانکی', 'bank guarantees'],
    ],
    records: [
      ['ضمانت‌نامه بانکی', 'bank guarantee'],
      ['حساب بانکی', 'bank account'],
      ['تعهدات ارزی', 'foreign-currency obligations'],
      ['اعتبار اسنادی', 'letter of credit'],
    ],
  },
  insurance: {
    licences: [
      ['مجوز فعالیت شرکت بیمه', 'insurance company licence'],
      ['پروانه نمایندگی بیمه', 'insurance agency licence'],
      ['مجوز فعالیت ارزیاب خسارت', 'loss adjuster licence'],
      ['پروانه کارگزاری بیمه', 'insurance brokerage licence'],
      ['مجوز عرضه بیمه‌نامه جدید', 'new insurance product approval'],
      ['مجوز فعالیت بیمه اتکایی', 'reinsurance licence'],
    ],
    topics: [
      ['خسارت بیمه', 'insurance claims'],
      ['بیمه‌نامه شخص ثالث', 'third-party policies'],
      ['بیمه تکمیلی درمان', 'supplementary health cover'],
      ['اختلافات بیمه‌ای', 'insurance disputes'],
      ['حق بیمه', 'insurance premiums'],
      ['بیمه درمان', 'health cover'],
    ],
    records: [
      ['بیمه‌نامه شخص ثالث', 'third-party insurance policy'],
      ['خسارت‌های پرداختی', 'claims paid'],
      ['تخفیف عدم خسارت', 'no-claims discount'],
    ],
  },
  welfare: {
    licences: [
      ['مجوز تأسیس مهدکودک', 'nursery establishment permit'],
      ['مجوز تأسیس مرکز نگهداری سالمندان', 'elderly care home permit'],
      ['مجوز تأسیس کاریابی', 'employment agency permit'],
      ['پروانه کار اتباع خارجی', 'foreign national work permit'],
      ['مجوز تأسیس شرکت تعاونی', 'cooperative establishment permit'],
      ['مجوز فعالیت مرکز مشاوره', 'counselling centre permit'],
      ['مجوز فعالیت مؤسسه خیریه', 'charity permit'],
      ['گواهی صلاحیت ایمنی پیمانکاران', 'contractor safety competence certificate'],
    ],
    topics: [
      ['مستمری بازنشستگی', 'retirement pensions'],
      ['بیمه بیکاری', 'unemployment insurance'],
      ['کمک‌هزینه معلولان', 'disability allowances'],
      ['بیمه زنان خانه‌دار', "homemakers' insurance"],
      ['سوابق کار', 'employment records'],
      ['وام ازدواج', 'marriage loans'],
    ],
    records: [
      ['پرونده توان‌خواهان', 'disability file'],
      ['مستمری‌بگیری', 'pensioner status'],
      ['قرارداد کار', 'employment contract'],
    ],
  },
  justice: {
    licences: [
      ['پروانه وکالت', "attorney's licence"],
      ['مجوز فعالیت دفتر اسناد رسمی', 'notary office permit'],
      ['پروانه کارشناسی رسمی دادگستری', 'official court expert licence'],
      ['مجوز دفتر خدمات الکترونیک قضایی', 'judicial e-services office permit'],
      ['پروانه مترجم رسمی', 'official translator licence'],
      ['مجوز دفتر ازدواج و طلاق', 'marriage and divorce registry permit'],
    ],
    topics: [
      ['ابلاغیه‌های قضایی', 'judicial notices'],
      ['دادخواست', 'lawsuits'],
      ['اجرای احکام', 'enforcement of judgments'],
      ['وکالت‌نامه', 'powers of attorney'],
      ['سند رسمی', 'official deeds'],
      ['شکایت کیفری', 'criminal complaints'],
    ],
    records: [
      ['حکم قطعی', 'final judgment'],
      ['وکالت‌نامه رسمی', 'notarised power of attorney'],
      ['پرونده قضایی', 'court case'],
    ],
  },
  ict: {
    licences: [
      ['پروانه ایجاد و بهره‌برداری شبکه ارتباطی', 'communications network licence'],
      ['مجوز ارائه خدمات اینترنت', 'internet service provider licence'],
      ['مجوز دفتر پیشخوان دولت', 'government counter office permit'],
      ['پروانه کسب‌وکار مجازی', 'online business licence'],
      ['گواهی رتبه‌بندی شرکت‌های انفورماتیکی', 'IT company rating certificate'],
      ['مجوز مرکز صدور گواهی الکترونیکی میانی', 'intermediate certification authority permit'],
      ['مجوز دفتر خدمات پستی', 'postal services office permit'],
      ['مجوز ورود تجهیزات مخابراتی', 'telecom equipment import permit'],
    ],
    topics: [
      ['امضای الکترونیکی', 'electronic signatures'],
      ['نماد اعتماد الکترونیکی', 'e-trust seals'],
      ['مرسولات پستی', 'postal items'],
      ['خدمات پنجره ملی', 'national window services'],
      ['کارپوشه شهروندی', 'citizen e-folders'],
      ['اینترنت روستایی', 'rural internet'],
    ],
    records: [
      ['گواهی امضای الکترونیکی', 'e-signature certificate'],
      ['نماد اعتماد الکترونیکی', 'e-trust seal'],
      ['مالکیت سیم‌کارت', 'SIM card ownership'],
    ],
  },
  culture: {
    licences: [
      ['پروانه نشر', 'publishing licence'],
      ['مجوز انتشار نشریه', 'periodical publication permit'],
      ['پروانه ساخت فیلم', 'film production licence'],
      ['مجوز برگزاری کنسرت', 'concert permit'],
      ['مجوز تأسیس تأسیسات گردشگری', 'tourist facility permit'],
      ['پروانه راهنمای گردشگری', 'tour guide licence'],
      ['مجوز فعالیت کارگاه صنایع دستی', 'handicraft workshop permit'],
      ['مجوز تأسیس باشگاه ورزشی', 'sports club permit'],
    ],
    topics: [
      ['بناهای تاریخی', 'historic buildings'],
      ['کتابخانه‌های عمومی', 'public libraries'],
      ['رویدادهای فرهنگی', 'cultural events'],
      ['اردوهای جوانان', 'youth camps'],
      ['حمایت از هنرمندان', 'support for artists'],
      ['اماکن ورزشی', 'sports venues'],
    ],
    records: [
      ['حریم آثار تاریخی', 'heritage site buffer zone'],
      ['شابک کتاب', 'book ISBN'],
      ['کارت مربیگری', 'coaching card'],
    ],
  },
  environment: {
    licences: [
      ['مجوز زیست‌محیطی واحد صنعتی', 'industrial unit environmental permit'],
      ['پروانه شکار و صید', 'hunting and fishing licence'],
      ['مجوز ارزیابی اثرات زیست‌محیطی', 'environmental impact assessment permit'],
      ['مجوز حمل پسماند ویژه', 'hazardous waste transport permit'],
      ['مجوز قطع درخت', 'tree felling permit'],
      ['پروانه چرای دام در مراتع', 'rangeland grazing licence'],
    ],
    topics: [
      ['آلودگی هوا', 'air pollution'],
      ['مناطق حفاظت‌شده', 'protected areas'],
      ['پسماند', 'waste'],
      ['منابع طبیعی', 'natural resources'],
      ['آتش‌سوزی جنگل‌ها', 'forest fires'],
      ['حیات وحش', 'wildlife'],
    ],
    records: [
      ['پایش آلایندگی', 'emission monitoring'],
      ['اراضی ملی', 'national land status'],
      ['تخلفات زیست‌محیطی', 'environmental violations'],
    ],
  },
  civil: {
    licences: [
      ['مجوز اقامت اتباع خارجی', 'foreign national residence permit'],
      ['کارت هویت اتباع خارجی', 'foreign national identity card'],
      ['روادید ورود', 'entry visa'],
      ['مجوز ازدواج با اتباع خارجی', 'permit to marry a foreign national'],
      ['گذرنامه خدمت', 'service passport'],
    ],
    topics: [
      ['شناسنامه', 'birth certificates'],
      ['کارت ملی هوشمند', 'smart national ID cards'],
      ['ثبت ولادت', 'birth registration'],
      ['ثبت وقایع حیاتی', 'vital events registration'],
      ['امور کنسولی', 'consular affairs'],
      ['اتباع خارجی', 'foreign nationals'],
    ],
    records: [
      ['اقامت اتباع', 'foreign residence status'],
      ['کارت ملی', 'national ID card'],
      ['شناسنامه', 'birth certificate'],
    ],
  },
  police: {
    licences: [
      ['پروانه حمل سلاح شکاری', 'hunting firearm licence'],
      ['مجوز خروج مشمولان از کشور', 'conscript exit permit'],
      ['مجوز فعالیت شرکت خدمات حفاظتی', 'security services company licence'],
      ['پروانه مشاغل حساس', 'sensitive trades licence'],
      ['مجوز اشتغال مشمولان', 'conscript employment permit'],
    ],
    topics: [
      ['گذرنامه', 'passports'],
      ['معافیت از خدمت', 'military-service exemptions'],
      ['اعزام مشمولان', 'conscript call-ups'],
      ['کسری خدمت', 'service reductions'],
      ['اشیای گم‌شده', 'lost property'],
    ],
    records: [
      ['گذرنامه', 'passport'],
      ['برگ اعزام به خدمت', 'call-up papers'],
      ['سوابق انتظامی', 'police record'],
    ],
  },
  housing: {
    licences: [
      ['پروانه ساختمان', 'building permit'],
      ['گواهی پایان کار ساختمان', 'building completion certificate'],
      ['مجوز تفکیک زمین', 'land subdivision permit'],
      ['پروانه اشتغال مهندسان ساختمان', 'building engineer licence'],
      ['مجوز احداث شهرک مسکونی', 'residential township permit'],
      ['مجوز فعالیت مشاور املاک', 'estate agency licence'],
      ['مجوز تغییر کاربری زمین', 'land use change permit'],
    ],
    topics: [
      ['مسکن ملی', 'national housing scheme'],
      ['اجاره‌نامه', 'tenancy agreements'],
      ['نقشه‌های ساختمانی', 'building plans'],
      ['زمین دولتی', 'state land'],
      ['بافت فرسوده', 'urban renewal areas'],
      ['نوسازی مسکن روستایی', 'rural housing renewal'],
    ],
    records: [
      ['نقشه تفکیکی ملک', 'property subdivision map'],
      ['عوارض نوسازی', 'urban renewal charges'],
      ['قرارداد اجاره', 'tenancy agreement'],
    ],
  },
  governance: {
    licences: [
      ['مجوز برگزاری آزمون استخدامی', 'recruitment exam permit'],
      ['مجوز فعالیت سازمان مردم‌نهاد', 'NGO permit'],
      ['مجوز جمع‌آوری کمک‌های مردمی', 'public fundraising permit'],
      ['مجوز برگزاری همایش', 'conference permit'],
      ['مجوز تأسیس تشکل صنفی', 'trade association permit'],
      ['مجوز استخدام پیمانی', 'contract hiring permit'],
    ],
    topics: [
      ['استخدام دولتی', 'government recruitment'],
      ['حقوق و مزایا', 'salaries and benefits'],
      ['بودجه طرح‌های عمرانی', 'development project budgets'],
      ['مناقصات دولتی', 'public tenders'],
      ['شکایات مردمی', 'public complaints'],
      ['اسناد خزانه', 'treasury bills'],
      ['امور ایثارگران', "veterans' affairs"],
    ],
    records: [
      ['سوابق استخدامی', 'employment history'],
      ['حکم کارگزینی', 'personnel order'],
      ['صلاحیت پیمانکاران', 'contractor qualification'],
    ],
  },
};

/** «صدور» + licence; its English is "Issuing a/an" + licence. */
export const LICENCE_VERB: Phrase = ['صدور', 'Issuing'];

/** Generic verbs for the other services; `{x}` marks the topic in the English. */
export const SERVICE_VERBS: readonly Phrase[] = [
  ['ثبت درخواست', 'Request for {x}'],
  ['پیگیری', 'Tracking {x}'],
  ['صدور گواهی', 'Certificate of {x}'],
  ['اصلاح اطلاعات', 'Correcting {x} details'],
  ['ارائه اطلاعات', 'Information on {x}'],
  ['رسیدگی به شکایات', 'Complaints about {x}'],
];

export const LICENCE_QUALIFIERS: readonly Phrase[] = [
  ['در مناطق آزاد تجاری', 'in free trade zones'],
  ['در شهرک‌های صنعتی', 'in industrial parks'],
  ['در مناطق روستایی', 'in rural areas'],
  ['برای اشخاص حقوقی', 'for legal persons'],
  ['برای اتباع خارجی', 'for foreign nationals'],
  ['به‌صورت موقت', 'on a temporary basis'],
  ['در حریم شهرها', 'within city limits'],
  ['در مناطق کمتر توسعه‌یافته', 'in less developed areas'],
  ['برای تعاونی‌ها', 'for cooperatives'],
];

export const SERVICE_QUALIFIERS: readonly Phrase[] = [
  ['برای اشخاص حقوقی', 'for legal persons'],
  ['برای اتباع خارجی', 'for foreign nationals'],
  ['به‌صورت غیرحضوری', 'online'],
  ['ویژه ایثارگران', 'for veterans'],
  ['ویژه بازنشستگان', 'for retirees'],
  ['ویژه دانشجویان', 'for students'],
  ['در مناطق روستایی', 'in rural areas'],
  ['برای ایرانیان خارج از کشور', 'for Iranians abroad'],
  ['ویژه افراد دارای معلولیت', 'for people with disabilities'],
];

/** Sub-services are their service's name + « – » + a variant. */
export const LICENCE_SUB_VARIANTS: readonly Phrase[] = [
  ['صدور اولیه', 'first issue'],
  ['تمدید', 'renewal'],
  ['اصلاح مشخصات', 'amendment'],
  ['صدور المثنی', 'duplicate'],
  ['تغییر نشانی', 'change of address'],
  ['انتقال به غیر', 'transfer'],
  ['ابطال', 'cancellation'],
  ['ارتقای رتبه', 'upgrade'],
  ['افزایش ظرفیت', 'capacity increase'],
  ['تغییر مدیر مسئول', 'change of managing director'],
  ['تعلیق و رفع تعلیق', 'suspension and reinstatement'],
  ['توسعه فعالیت', 'extension of activity'],
];

export const SERVICE_SUB_VARIANTS: readonly Phrase[] = [
  ['اشخاص حقیقی', 'natural persons'],
  ['اشخاص حقوقی', 'legal persons'],
  ['اتباع خارجی', 'foreign nationals'],
  ['غیرحضوری', 'online'],
  ['حضوری', 'in person'],
  ['ایثارگران', 'veterans'],
  ['بازنشستگان', 'retirees'],
  ['ساکنان روستاها', 'rural residents'],
  ['ایرانیان خارج از کشور', 'Iranians abroad'],
  ['تجدیدنظر', 'appeal'],
  ['پیگیری مرحله دوم', 'second-stage follow-up'],
  ['نمایندگان قانونی', 'legal representatives'],
];

/** Service topics of the named projects (by number), for their non-licence services. */
export const PROJECT_TOPICS: Readonly<Record<number, readonly Phrase[]>> = {
  1: [['نشانی مکانی', 'location addresses'], ['کد پستی ده‌رقمی', 'ten-digit postcodes'], ['نقشه پایه مکانی', 'base location maps']],
  2: [['کارت ملی هوشمند', 'smart national ID cards'], ['احراز هویت برخط', 'online identity verification'], ['شناسه ملی اشخاص حقوقی', 'legal persons’ national IDs']],
  3: [['گواهی امضای الکترونیکی', 'e-signature certificates'], ['امضای الکترونیکی اسناد', 'e-signing of documents'], ['توکن امضای دیجیتال', 'digital signature tokens']],
  4: [['خدمات دفاتر پیشخوان', 'counter office services'], ['کارمزد دفاتر پیشخوان', 'counter office fees'], ['خدمات الکترونیک قضایی', 'judicial e-services']],
  5: [['مناقصات الکترونیکی', 'e-tenders'], ['مزایدات الکترونیکی', 'e-auctions'], ['خرید کالای دولتی', 'government purchasing']],
  6: [['پرونده الکترونیک سلامت', 'e-health records'], ['نسخه الکترونیک', 'e-prescriptions'], ['ارجاع الکترونیکی بیماران', 'electronic patient referrals']],
  7: [['اظهارنامه مالیاتی', 'tax returns'], ['صورت‌حساب الکترونیکی', 'e-invoices'], ['مفاصاحساب مالیاتی', 'tax clearance certificates']],
  8: [['سوابق بیمه‌ای', 'insurance records'], ['دفترچه بیمه الکترونیکی', 'e-insurance booklets'], ['حق بیمه', 'insurance premiums']],
  9: [['مدارک تحصیلی', 'education documents'], ['تأیید مدرک تحصیلی', 'degree verification'], ['ریزنمرات', 'transcripts']],
  10: [['درگاه ملی مجوزها', 'the national permits portal'], ['شناسه یکتای مجوز', 'unique permit IDs']],
  11: [['اطلاعات مکانی اراضی', 'land location data'], ['واگذاری اراضی دولتی', 'allocation of state land'], ['حدنگار املاک', 'cadastral boundaries']],
  12: [['اظهار کالای وارداتی', 'import declarations'], ['ثبت سفارش', 'import order registration'], ['رهگیری کالا', 'goods tracking']],
  13: [['حساب واحد خزانه', 'the treasury single account'], ['پرداخت‌های خزانه', 'treasury payments'], ['تخصیص اعتبارات', 'budget allocations']],
  14: [['شناسنامه خدمات دستگاه‌ها', 'agency service records'], ['ارزیابی خدمات', 'service evaluation'], ['کاتالوگ خدمات دولت', 'the government service catalogue']],
  15: [['حسابداری تعهدی', 'accrual accounting'], ['صورت‌های مالی دستگاه‌ها', 'agency financial statements']],
  16: [['خدمات دولت همراه', 'mobile government services'], ['استعلام چک در دولت همراه', 'cheque look-ups in mobile government'], ['اعلان‌های دولت همراه', 'mobile government notifications']],
  17: [['سرویس‌های تبادل اطلاعات', 'data exchange services'], ['حذف استعلام کاغذی', 'paper inquiry removal'], ['مجوز دسترسی به سرویس‌ها', 'service access grants']],
  18: [['کارپوشه شهروندی', 'citizen e-folders'], ['ابلاغ الکترونیکی', 'electronic notices']],
  19: [['درگاه پرداخت', 'payment gateways'], ['انتقال وجه بین‌بانکی', 'interbank transfers'], ['سامانه صیاد', 'the Sayad cheque system']],
  20: [['کشفیات کالای قاچاق', 'smuggled goods seizures'], ['شناسه رهگیری کالا', 'goods tracking codes'], ['پرونده‌های قاچاق', 'smuggling cases']],
  21: [['بارنامه الکترونیکی', 'electronic waybills'], ['ناوگان حمل و نقل عمومی', 'public transport fleets'], ['بلیت الکترونیکی', 'e-tickets']],
};

/** Inquiry names: kind + object (a record of the provider's domain)… */
export const RECORD_INQUIRY_KINDS: readonly Phrase[] = [
  ['استعلام اعتبار', 'Validity of the'],
  ['استعلام اصالت', 'Authenticity of the'],
  ['استعلام وضعیت', 'Status of the'],
  ['استعلام سوابق', 'Records of the'],
];

/** …or a licence it issues. */
export const INQUIRY_KINDS: readonly Phrase[] = [
  ...RECORD_INQUIRY_KINDS,
  ['استعلام تمدید', 'Renewal of the'],
  ['استعلام تعلیق', 'Suspension of the'],
];

/** The common inquiries, expanded from the templates of facts.ts; the first of each topic is its main one. */
export const COMMON_INQUIRIES: Readonly<Record<InquiryTopic, readonly Phrase[]>> = {
  identity: [
    ['استعلام هویت و وضعیت حیات', 'Identity and civil status'],
    ['استعلام اطلاعات سجلی', 'Civil registry record'],
    ['استعلام تطبیق کد ملی با مشخصات فردی', 'National ID and personal details match'],
    ['استعلام وضعیت تأهل', 'Marital status'],
  ],
  postcode: [
    ['استعلام کد پستی و نشانی', 'Postcode and address'],
    ['استعلام نشانی مکانی اشخاص حقوقی', 'Location address of legal persons'],
  ],
  criminalRecord: [
    ['استعلام سوء پیشینه کیفری', 'Criminal record'],
    ['استعلام ممنوع‌المعاملگی', 'Ban on transactions'],
    ['استعلام ممنوع‌الخروجی', 'Exit ban'],
  ],
  conscription: [
    ['استعلام وضعیت نظام وظیفه', 'Military-service status'],
    ['استعلام کارت پایان خدمت', 'Military-service completion card'],
  ],
  taxClearance: [
    ['استعلام مفاصاحساب مالیاتی', 'Tax clearance'],
    ['استعلام کد اقتصادی', 'Economic code'],
    ['استعلام بدهی مالیاتی نقل و انتقال املاک', 'Property-transfer tax debt'],
  ],
  insurance: [
    ['استعلام سابقه بیمه', 'Insurance record'],
    ['استعلام مفاصاحساب بیمه', 'Insurance clearance'],
    ['استعلام فهرست بیمه‌شدگان کارگاه', 'Insured workers of a workplace'],
  ],
  deed: [
    ['استعلام سند مالکیت', 'Property deed'],
    ['استعلام وضعیت ثبتی ملک', 'Property registration status'],
    ['استعلام بازداشت و رهن ملک', 'Property seizure and mortgage'],
  ],
  companyRegistration: [
    ['استعلام ثبت شرکت', 'Company registration'],
    ['استعلام صاحبان امضای مجاز شرکت', "Company's authorised signatories"],
    ['استعلام شناسه ملی اشخاص حقوقی', 'National ID of legal persons'],
  ],
  universityDegree: [
    ['استعلام مدرک تحصیلی دانشگاهی', 'University degree'],
    ['استعلام وضعیت تحصیلی دانشجو', 'Student enrolment status'],
  ],
  schoolCertificate: [
    ['استعلام مدرک دیپلم', 'High-school diploma'],
    ['استعلام سوابق تحصیلی دانش‌آموز', 'School records'],
  ],
  chequesLoans: [
    ['استعلام چک برگشتی', 'Returned cheques'],
    ['استعلام تسهیلات و بدهی بانکی', 'Loans and bank debts'],
    ['استعلام شماره شبا', 'IBAN'],
  ],
  vehicle: [
    ['استعلام خلافی خودرو', 'Vehicle traffic fines'],
    ['استعلام گواهینامه رانندگی', 'Driving licence'],
    ['استعلام مالکیت خودرو', 'Vehicle ownership'],
  ],
  landUse: [
    ['استعلام کاربری زمین', 'Land use'],
    ['استعلام طرح تفصیلی شهری', 'Detailed urban plan'],
  ],
  environment: [['استعلام تأییدیه زیست‌محیطی', 'Environmental approval']],
  health: [
    ['استعلام تأییدیه بهداشتی', 'Health approval'],
    ['استعلام پروانه بهداشتی', 'Health licence'],
  ],
  standard: [
    ['استعلام نشان استاندارد', 'Standard mark'],
    ['استعلام گواهی انطباق کالا', 'Product conformity certificate'],
  ],
  customs: [
    ['استعلام ترخیص کالا', 'Goods customs clearance'],
    ['استعلام اظهارنامه گمرکی', 'Customs declaration'],
  ],
};

/** Real national agencies, not named by the sources: the first generated ones. */
export const NATIONAL_AGENCIES: readonly (readonly [fa: string, en: string, domain: Domain])[] = [
  ['وزارت نفت', 'Ministry of Petroleum', 'energy'],
  ['وزارت نیرو', 'Ministry of Energy', 'energy'],
  ['وزارت کشور', 'Ministry of Interior', 'civil'],
  ['وزارت دادگستری', 'Ministry of Justice', 'justice'],
  ['وزارت ورزش و جوانان', 'Ministry of Sport and Youth', 'culture'],
  ['وزارت فرهنگ و ارشاد اسلامی', 'Ministry of Culture and Islamic Guidance', 'culture'],
  ['وزارت تعاون، کار و رفاه اجتماعی', 'Ministry of Cooperatives, Labour and Social Welfare', 'welfare'],
  ['وزارت میراث فرهنگی، گردشگری و صنایع دستی', 'Ministry of Cultural Heritage, Tourism and Handicrafts', 'culture'],
  ['سازمان بهزیستی کشور', 'State Welfare Organisation', 'welfare'],
  ['سازمان ملی زمین و مسکن', 'National Land and Housing Organisation', 'housing'],
  ['سازمان بنادر و دریانوردی', 'Ports and Maritime Organisation', 'transport'],
  ['سازمان هواپیمایی کشوری', 'Civil Aviation Organisation', 'transport'],
  ['سازمان راهداری و حمل و نقل جاده‌ای', 'Road Maintenance and Transportation Organisation', 'transport'],
  ['شرکت راه‌آهن جمهوری اسلامی ایران', 'Islamic Republic of Iran Railways', 'transport'],
  ['سازمان غذا و دارو', 'Food and Drug Administration', 'health'],
  ['سازمان منابع طبیعی و آبخیزداری کشور', 'Forests, Range and Watershed Management Organisation', 'environment'],
  ['سازمان دامپزشکی کشور', 'Iran Veterinary Organisation', 'agriculture'],
  ['سازمان حفظ نباتات کشور', 'Plant Protection Organisation', 'agriculture'],
  ['سازمان نقشه‌برداری کشور', 'National Cartographic Centre', 'housing'],
  ['سازمان هواشناسی کشور', 'Iran Meteorological Organisation', 'environment'],
  ['سازمان بیمه سلامت ایران', 'Iran Health Insurance Organisation', 'insurance'],
  ['سازمان انرژی اتمی ایران', 'Atomic Energy Organisation of Iran', 'energy'],
  ['سازمان توسعه تجارت ایران', 'Trade Promotion Organisation of Iran', 'trade'],
  ['سازمان صنایع کوچک و شهرک‌های صنعتی ایران', 'Iran Small Industries and Industrial Parks Organisation', 'industry'],
  ['سازمان زمین‌شناسی و اکتشافات معدنی کشور', 'Geological Survey and Mineral Explorations of Iran', 'industry'],
  ['سازمان امور اراضی کشور', 'Land Affairs Organisation', 'agriculture'],
  ['سازمان شیلات ایران', 'Iran Fisheries Organisation', 'agriculture'],
  ['شرکت ملی نفت ایران', 'National Iranian Oil Company', 'energy'],
  ['شرکت ملی گاز ایران', 'National Iranian Gas Company', 'energy'],
  ['شرکت ملی پالایش و پخش فراورده‌های نفتی ایران', 'National Iranian Oil Refining and Distribution Company', 'energy'],
  ['شرکت توانیر', 'Tavanir Power Generation, Transmission and Distribution Company', 'energy'],
  ['شرکت مدیریت منابع آب ایران', 'Iran Water Resources Management Company', 'energy'],
  ['سازمان تنظیم مقررات و ارتباطات رادیویی', 'Communications Regulatory Authority', 'ict'],
  ['شرکت ارتباطات زیرساخت', 'Telecommunication Infrastructure Company', 'ict'],
  ['سازمان امور دانشجویان', 'Student Affairs Organisation', 'science'],
  ['بنیاد ملی نخبگان', 'National Elites Foundation', 'science'],
  ['سازمان پژوهش و برنامه‌ریزی آموزشی', 'Organisation for Educational Research and Planning', 'education'],
  ['سازمان نوسازی، توسعه و تجهیز مدارس کشور', 'State Organisation of School Renovation', 'education'],
  ['سازمان آموزش فنی و حرفه‌ای کشور', 'Technical and Vocational Training Organisation', 'education'],
  ['سازمان حج و زیارت', 'Hajj and Pilgrimage Organisation', 'culture'],
  ['سازمان اموال تملیکی', 'Confiscated Property Organisation', 'finance'],
  ['سازمان حسابرسی', 'Audit Organisation', 'finance'],
  ['سازمان بورس و اوراق بهادار', 'Securities and Exchange Organisation', 'finance'],
  ['سازمان خصوصی‌سازی', 'Privatisation Organisation', 'finance'],
  ['سازمان سرمایه‌گذاری و کمک‌های اقتصادی و فنی ایران', 'Organisation for Investment, Economic and Technical Assistance of Iran', 'finance'],
  ['بانک ملی ایران', 'Bank Melli Iran', 'banking'],
  ['بانک کشاورزی', 'Bank Keshavarzi', 'banking'],
  ['بانک مسکن', 'Bank Maskan', 'banking'],
  ['بانک صنعت و معدن', 'Bank of Industry and Mine', 'banking'],
  ['سازمان شهرداری‌ها و دهیاری‌های کشور', 'Municipalities and Village Administrations Organisation', 'housing'],
  ['سازمان مدیریت بحران کشور', 'National Disaster Management Organisation', 'governance'],
  ['سازمان حمایت مصرف‌کنندگان و تولیدکنندگان', 'Consumers and Producers Protection Organisation', 'trade'],
  ['سازمان انرژی‌های تجدیدپذیر و بهره‌وری انرژی برق', 'Renewable Energy and Energy Efficiency Organisation', 'energy'],
  ['اداره کل امور اتباع و مهاجرین خارجی', "Bureau for Aliens and Foreign Immigrants' Affairs", 'civil'],
  ['سازمان تأمین اجتماعی نیروهای مسلح', 'Armed Forces Social Security Organisation', 'welfare'],
  ['سازمان ملی بهره‌وری ایران', 'National Iranian Productivity Organisation', 'governance'],
];

export const PROVINCES: readonly Phrase[] = [
  ['آذربایجان شرقی', 'East Azerbaijan'], ['آذربایجان غربی', 'West Azerbaijan'], ['اردبیل', 'Ardabil'],
  ['اصفهان', 'Isfahan'], ['البرز', 'Alborz'], ['ایلام', 'Ilam'], ['بوشهر', 'Bushehr'], ['تهران', 'Tehran'],
  ['چهارمحال و بختیاری', 'Chaharmahal and Bakhtiari'], ['خراسان جنوبی', 'South Khorasan'],
  ['خراسان رضوی', 'Razavi Khorasan'], ['خراسان شمالی', 'North Khorasan'], ['خوزستان', 'Khuzestan'],
  ['زنجان', 'Zanjan'], ['سمنان', 'Semnan'], ['سیستان و بلوچستان', 'Sistan and Baluchestan'], ['فارس', 'Fars'],
  ['قزوین', 'Qazvin'], ['قم', 'Qom'], ['کردستان', 'Kurdistan'], ['کرمان', 'Kerman'], ['کرمانشاه', 'Kermanshah'],
  ['کهگیلویه و بویراحمد', 'Kohgiluyeh and Boyer-Ahmad'], ['گلستان', 'Golestan'], ['گیلان', 'Gilan'],
  ['لرستان', 'Lorestan'], ['مازندران', 'Mazandaran'], ['مرکزی', 'Markazi'], ['هرمزگان', 'Hormozgan'],
  ['همدان', 'Hamadan'], ['یزد', 'Yazd'],
];

export const CITIES: readonly Phrase[] = [
  ['تبریز', 'Tabriz'], ['ارومیه', 'Urmia'], ['اردبیل', 'Ardabil'], ['اصفهان', 'Isfahan'], ['کرج', 'Karaj'],
  ['ایلام', 'Ilam'], ['بوشهر', 'Bushehr'], ['تهران', 'Tehran'], ['شهرکرد', 'Shahrekord'], ['بیرجند', 'Birjand'],
  ['مشهد', 'Mashhad'], ['بجنورد', 'Bojnurd'], ['اهواز', 'Ahvaz'], ['زنجان', 'Zanjan'], ['سمنان', 'Semnan'],
  ['زاهدان', 'Zahedan'], ['شیراز', 'Shiraz'], ['قزوین', 'Qazvin'], ['قم', 'Qom'], ['سنندج', 'Sanandaj'],
  ['کرمان', 'Kerman'], ['کرمانشاه', 'Kermanshah'], ['یاسوج', 'Yasuj'], ['گرگان', 'Gorgan'], ['رشت', 'Rasht'],
  ['خرم‌آباد', 'Khorramabad'], ['ساری', 'Sari'], ['اراک', 'Arak'], ['بندرعباس', 'Bandar Abbas'], ['همدان', 'Hamadan'],
  ['یزد', 'Yazd'], ['کاشان', 'Kashan'], ['نیشابور', 'Neyshabur'], ['سبزوار', 'Sabzevar'], ['دزفول', 'Dezful'],
  ['آبادان', 'Abadan'], ['بابل', 'Babol'], ['آمل', 'Amol'], ['قائم‌شهر', 'Qaemshahr'], ['مراغه', 'Maragheh'],
  ['خوی', 'Khoy'], ['بروجرد', 'Borujerd'], ['تربت حیدریه', 'Torbat-e Heydarieh'], ['جیرفت', 'Jiroft'],
  ['رفسنجان', 'Rafsanjan'], ['سیرجان', 'Sirjan'], ['بم', 'Bam'], ['زابل', 'Zabol'], ['چابهار', 'Chabahar'],
  ['لار', 'Lar'], ['مرودشت', 'Marvdasht'], ['کازرون', 'Kazerun'], ['ساوه', 'Saveh'], ['ملایر', 'Malayer'],
  ['نهاوند', 'Nahavand'], ['شاهرود', 'Shahrud'], ['گنبد کاووس', 'Gonbad-e Kavus'], ['لاهیجان', 'Lahijan'],
  ['بندر انزلی', 'Bandar Anzali'], ['نجف‌آباد', 'Najafabad'], ['خمینی‌شهر', 'Khomeyni Shahr'], ['قشم', 'Qeshm'],
  ['ورامین', 'Varamin'], ['اسلامشهر', 'Eslamshahr'], ['شهریار', 'Shahriar'], ['دماوند', 'Damavand'],
  ['میاندوآب', 'Miandoab'], ['مهاباد', 'Mahabad'], ['ماهشهر', 'Mahshahr'], ['بهبهان', 'Behbahan'],
];

/**
 * Provincial and county bodies for the generated agencies beyond the national ones;
 * `{p}` is a province or city name.
 */
export const PROVINCIAL_AGENCIES: readonly (readonly [fa: string, en: string, domain: Domain])[] = [
  ['اداره کل صنعت، معدن و تجارت استان {p}', 'Directorate General of Industry, Mine and Trade, {p} Province', 'industry'],
  ['اداره کل راه و شهرسازی استان {p}', 'Directorate General of Roads and Urban Development, {p} Province', 'housing'],
  ['اداره کل میراث فرهنگی، گردشگری و صنایع دستی استان {p}', 'Directorate General of Cultural Heritage and Tourism, {p} Province', 'culture'],
  ['اداره کل منابع طبیعی و آبخیزداری استان {p}', 'Directorate General of Natural Resources, {p} Province', 'environment'],
  ['اداره کل تعاون، کار و رفاه اجتماعی استان {p}', 'Directorate General of Labour and Social Welfare, {p} Province', 'welfare'],
  ['اداره کل ورزش و جوانان استان {p}', 'Directorate General of Sport and Youth, {p} Province', 'culture'],
  ['اداره کل فرهنگ و ارشاد اسلامی استان {p}', 'Directorate General of Culture and Islamic Guidance, {p} Province', 'culture'],
  ['اداره کل امور مالیاتی استان {p}', 'Directorate General of Tax Affairs, {p} Province', 'finance'],
  ['اداره کل ثبت احوال استان {p}', 'Directorate General of Civil Registration, {p} Province', 'civil'],
  ['اداره کل آموزش و پرورش استان {p}', 'Directorate General of Education, {p} Province', 'education'],
  ['اداره کل استاندارد استان {p}', 'Directorate General of Standards, {p} Province', 'trade'],
  ['اداره کل دامپزشکی استان {p}', 'Directorate General of Veterinary Services, {p} Province', 'agriculture'],
  ['اداره کل راهداری و حمل و نقل جاده‌ای استان {p}', 'Directorate General of Road Transport, {p} Province', 'transport'],
  ['اداره کل بهزیستی استان {p}', 'Directorate General of Welfare, {p} Province', 'welfare'],
  ['اداره کل حفاظت محیط زیست استان {p}', 'Directorate General of Environmental Protection, {p} Province', 'environment'],
  ['اداره کل تأمین اجتماعی استان {p}', 'Directorate General of Social Security, {p} Province', 'welfare'],
  ['اداره کل ارتباطات و فناوری اطلاعات استان {p}', 'Directorate General of ICT, {p} Province', 'ict'],
  ['اداره کل پست استان {p}', 'Directorate General of Post, {p} Province', 'ict'],
  ['سازمان جهاد کشاورزی استان {p}', 'Agriculture Jihad Organisation, {p} Province', 'agriculture'],
  ['سازمان مدیریت و برنامه‌ریزی استان {p}', 'Management and Planning Organisation, {p} Province', 'governance'],
  ['شرکت آب منطقه‌ای {p}', '{p} Regional Water Company', 'energy'],
  ['شرکت آب و فاضلاب استان {p}', 'Water and Wastewater Company, {p} Province', 'energy'],
  ['شرکت توزیع نیروی برق استان {p}', 'Power Distribution Company, {p} Province', 'energy'],
  ['شرکت گاز استان {p}', 'Gas Company, {p} Province', 'energy'],
];

export const COUNTY_AGENCIES: readonly (readonly [fa: string, en: string, domain: Domain])[] = [
  ['دانشگاه علوم پزشکی {p}', '{p} University of Medical Sciences', 'health'],
  ['دانشگاه {p}', 'University of {p}', 'science'],
  ['اداره امور مالیاتی شهرستان {p}', 'Tax Affairs Office, {p}', 'finance'],
  ['اداره ثبت احوال شهرستان {p}', 'Civil Registration Office, {p}', 'civil'],
  ['اداره آموزش و پرورش شهرستان {p}', 'Education Office, {p}', 'education'],
  ['مدیریت جهاد کشاورزی شهرستان {p}', 'Agriculture Jihad Office, {p}', 'agriculture'],
  ['اداره تعاون، کار و رفاه اجتماعی شهرستان {p}', 'Labour and Social Welfare Office, {p}', 'welfare'],
  ['اداره راه و شهرسازی شهرستان {p}', 'Roads and Urban Development Office, {p}', 'housing'],
  ['اداره منابع طبیعی شهرستان {p}', 'Natural Resources Office, {p}', 'environment'],
  ['اداره صنعت، معدن و تجارت شهرستان {p}', 'Industry, Mine and Trade Office, {p}', 'industry'],
  ['اداره میراث فرهنگی، گردشگری و صنایع دستی شهرستان {p}', 'Cultural Heritage and Tourism Office, {p}', 'culture'],
  ['اداره بهزیستی شهرستان {p}', 'Welfare Office, {p}', 'welfare'],
  ['اداره تأمین اجتماعی شهرستان {p}', 'Social Security Office, {p}', 'welfare'],
  ['اداره امور آب شهرستان {p}', 'Water Affairs Office, {p}', 'energy'],
  ['اداره دامپزشکی شهرستان {p}', 'Veterinary Office, {p}', 'agriculture'],
  ['اداره فرهنگ و ارشاد اسلامی شهرستان {p}', 'Culture and Islamic Guidance Office, {p}', 'culture'],
  ['اداره ورزش و جوانان شهرستان {p}', 'Sport and Youth Office, {p}', 'culture'],
  ['مدیریت توزیع برق شهرستان {p}', 'Power Distribution Office, {p}', 'energy'],
  ['اداره حفاظت محیط زیست شهرستان {p}', 'Environmental Protection Office, {p}', 'environment'],
  ['اداره ارتباطات و فناوری اطلاعات شهرستان {p}', 'ICT Office, {p}', 'ict'],
];

/** «منطقه ۲» / "district 2": the suffix when provinces and counties run out. */
export const DISTRICT: Phrase = ['منطقه', 'district'];

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

export function persianDigits(value: number): string {
  return String(value).replace(/[0-9]/g, (digit) => PERSIAN_DIGITS[Number(digit)]);
}
