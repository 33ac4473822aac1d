import type { WindowConnection } from '../subgraphs/catalogue/entities';

/**
 * What the five Persian sources (/work/shared/docs/sources, summarised in domain.md) state,
 * as data. Persian names are spelt as the sources spell them, with Persian ی/ک and
 * zero-width non-joiners. Agencies with `generated: true` are real bodies that the sources
 * do not name (they answer the common inquiries of domain.md's last table, or lead a
 * project); everything else the generator invents.
 */

export type AgencyKey =
  // named by the sources
  | 'JUDICIARY'
  | 'REGISTRATION'
  | 'AZAD_UNIVERSITY'
  | 'ITO'
  | 'ADMINISTRATIVE'
  | 'PLAN_BUDGET'
  | 'ICT_MINISTRY'
  | 'CENTRAL_INSURANCE'
  | 'ECONOMY'
  | 'CUSTOMS'
  | 'STANDARDS'
  | 'GOVERNMENT_TRADING'
  | 'TAX'
  | 'TRANSPORT_INFRASTRUCTURE'
  | 'THERMAL_POWER'
  | 'PASTEUR'
  | 'EDUCATION'
  | 'AGRICULTURAL_ENGINEERING'
  | 'PENSION'
  | 'SANJESH'
  | 'FOREIGN_AFFAIRS'
  | 'NOMADIC_AFFAIRS'
  | 'NON_GOVERNMENT_SCHOOLS'
  | 'AGRICULTURE'
  // real, but not named by the sources
  | 'CIVIL_REGISTRATION'
  | 'POST'
  | 'CONSCRIPTION'
  | 'SOCIAL_SECURITY'
  | 'CENTRAL_BANK'
  | 'TRAFFIC_POLICE'
  | 'ROADS'
  | 'ENVIRONMENT'
  | 'HEALTH'
  | 'SCIENCE'
  | 'INDUSTRY'
  | 'ANTI_SMUGGLING';

export interface AgencyFact {
  key: AgencyKey;
  nameFa: string;
  nameEn: string;
  insideGovernment: boolean;
  /** False when a source names the agency. */
  generated: boolean;
  /** The source files (000–004) that name it; empty for generated ones. */
  sources: readonly string[];
  /** Only where a source states it (002); the rest is drawn by the generator. */
  windowConnection?: WindowConnection;
}

export const AGENCIES: readonly AgencyFact[] = [
  // 000: the three bodies outside the government that carry out priority projects.
  { key: 'JUDICIARY', nameFa: 'قوه قضاییه', nameEn: 'Judiciary of the Islamic Republic of Iran', insideGovernment: false, generated: false, sources: ['000'] },
  { key: 'REGISTRATION', nameFa: 'سازمان ثبت اسناد و املاک کشور', nameEn: 'State Registration Organisation of Deeds and Properties', insideGovernment: false, generated: false, sources: ['000', '001'] },
  { key: 'AZAD_UNIVERSITY', nameFa: 'دانشگاه آزاد اسلامی', nameEn: 'Islamic Azad University', insideGovernment: false, generated: false, sources: ['000'] },
  // 000–004: the monitoring and oversight bodies.
  { key: 'ITO', nameFa: 'سازمان فناوری اطلاعات ایران', nameEn: 'Information Technology Organisation of Iran', insideGovernment: true, generated: false, sources: ['000', '001', '002', '004'] },
  { key: 'ADMINISTRATIVE', nameFa: 'سازمان اداری و استخدامی', nameEn: 'Administrative and Employment Affairs Organisation', insideGovernment: true, generated: false, sources: ['001', '002', '003', '004'] },
  { key: 'PLAN_BUDGET', nameFa: 'سازمان برنامه و بودجه', nameEn: 'Plan and Budget Organisation', insideGovernment: true, generated: false, sources: ['002'] },
  { key: 'ICT_MINISTRY', nameFa: 'وزارت ارتباطات و فناوری اطلاعات', nameEn: 'Ministry of Information and Communications Technology', insideGovernment: true, generated: false, sources: ['003', '004'] },
  // 001: the round-3 assessment's leaders and last two.
  { key: 'CENTRAL_INSURANCE', nameFa: 'بیمه مرکزی جمهوری اسلامی', nameEn: 'Central Insurance of Iran', insideGovernment: true, generated: false, sources: ['001'] },
  { key: 'ECONOMY', nameFa: 'وزارت اقتصاد و دارایی', nameEn: 'Ministry of Economic Affairs and Finance', insideGovernment: true, generated: false, sources: ['001'] },
  { key: 'CUSTOMS', nameFa: 'گمرک جمهوری اسلامی', nameEn: 'Customs Administration of the Islamic Republic of Iran', insideGovernment: true, generated: false, sources: ['001'] },
  { key: 'STANDARDS', nameFa: 'سازمان ملی استاندارد', nameEn: 'National Standards Organisation of Iran', insideGovernment: true, generated: false, sources: ['001'] },
  { key: 'GOVERNMENT_TRADING', nameFa: 'شرکت بازرگانی دولتی ایران', nameEn: 'Government Trading Corporation of Iran', insideGovernment: true, generated: false, sources: ['001'] },
  // 001 writes «سازمان امور مالیات», clipped before the score; the body's name ends in «مالیاتی».
  { key: 'TAX', nameFa: 'سازمان امور مالیاتی', nameEn: 'National Tax Administration', insideGovernment: true, generated: false, sources: ['001'] },
  { key: 'TRANSPORT_INFRASTRUCTURE', nameFa: 'شرکت مادر تخصصی ساخت و توسعه زیربناهای حمل و نقل کشور', nameEn: 'Transport Infrastructure Construction and Development Company', insideGovernment: true, generated: false, sources: ['001'] },
  { key: 'THERMAL_POWER', nameFa: 'شرکت تولید نیروی برق حرارتی', nameEn: 'Thermal Power Plants Holding Company', insideGovernment: true, generated: false, sources: ['001'] },
  { key: 'PASTEUR', nameFa: 'انستیتو پاستور ایران', nameEn: 'Pasteur Institute of Iran', insideGovernment: true, generated: false, sources: ['001'] },
  // 001: assessed on web presence only.
  { key: 'EDUCATION', nameFa: 'وزارت آموزش و پرورش', nameEn: 'Ministry of Education', insideGovernment: true, generated: false, sources: ['001', '004'] },
  { key: 'AGRICULTURAL_ENGINEERING', nameFa: 'سازمان نظام مهندسی کشاورزی و منابع طبیعی', nameEn: 'Agricultural and Natural Resources Engineering Organisation', insideGovernment: true, generated: false, sources: ['001'] },
  { key: 'PENSION', nameFa: 'سازمان بازنشستگی کشوری', nameEn: 'Civil Servants Pension Organisation', insideGovernment: true, generated: false, sources: ['001'] },
  { key: 'SANJESH', nameFa: 'سازمان سنجش', nameEn: 'Education Measurement Organisation (Sanjesh)', insideGovernment: true, generated: false, sources: ['001'] },
  // 002: agencies whose connection to the national window is discussed.
  { key: 'FOREIGN_AFFAIRS', nameFa: 'وزارت امور خارجه', nameEn: 'Ministry of Foreign Affairs', insideGovernment: true, generated: false, sources: ['002'], windowConnection: 'NOT_CONNECTED' },
  // Present only through the Ministry of Agriculture's window, which is "not a connection".
  { key: 'NOMADIC_AFFAIRS', nameFa: 'سازمان امور عشایری', nameEn: 'Nomadic Affairs Organisation', insideGovernment: true, generated: false, sources: ['002'], windowConnection: 'NOT_CONNECTED' },
  // Technical meetings held, connection not yet definitive.
  { key: 'NON_GOVERNMENT_SCHOOLS', nameFa: 'سازمان مدارس غیردولتی', nameEn: 'Organisation of Non-Government Schools', insideGovernment: true, generated: false, sources: ['002'], windowConnection: 'CONNECTING' },
  { key: 'AGRICULTURE', nameFa: 'وزارت جهاد کشاورزی', nameEn: 'Ministry of Agriculture Jihad', insideGovernment: true, generated: false, sources: ['002'] },
  // Not named by the sources: the providers of domain.md's common inquiries, and two project leads.
  { key: 'CIVIL_REGISTRATION', nameFa: 'سازمان ثبت احوال کشور', nameEn: 'National Organisation for Civil Registration', insideGovernment: true, generated: true, sources: [] },
  { key: 'POST', nameFa: 'شرکت ملی پست', nameEn: 'Iran Post Company', insideGovernment: true, generated: true, sources: [] },
  { key: 'CONSCRIPTION', nameFa: 'سازمان وظیفه عمومی', nameEn: 'General Conscription Organisation', insideGovernment: true, generated: true, sources: [] },
  { key: 'SOCIAL_SECURITY', nameFa: 'سازمان تامین اجتماعی', nameEn: 'Social Security Organisation', insideGovernment: true, generated: true, sources: [] },
  { key: 'CENTRAL_BANK', nameFa: 'بانک مرکزی', nameEn: 'Central Bank of Iran', insideGovernment: true, generated: true, sources: [] },
  { key: 'TRAFFIC_POLICE', nameFa: 'پلیس راهور', nameEn: 'Traffic Police', insideGovernment: true, generated: true, sources: [] },
  { key: 'ROADS', nameFa: 'وزارت راه و شهرسازی', nameEn: 'Ministry of Roads and Urban Development', insideGovernment: true, generated: true, sources: [] },
  { key: 'ENVIRONMENT', nameFa: 'سازمان حفاظت محیط زیست', nameEn: 'Department of Environment', insideGovernment: true, generated: true, sources: [] },
  { key: 'HEALTH', nameFa: 'وزارت بهداشت، درمان و آموزش پزشکی', nameEn: 'Ministry of Health and Medical Education', insideGovernment: true, generated: true, sources: [] },
  { key: 'SCIENCE', nameFa: 'وزارت علوم، تحقیقات و فناوری', nameEn: 'Ministry of Science, Research and Technology', insideGovernment: true, generated: true, sources: [] },
  { key: 'INDUSTRY', nameFa: 'وزارت صنعت، معدن و تجارت', nameEn: 'Ministry of Industry, Mine and Trade', insideGovernment: true, generated: true, sources: [] },
  { key: 'ANTI_SMUGGLING', nameFa: 'ستاد مرکزی مبارزه با قاچاق کالا و ارز', nameEn: 'Central Headquarters for Combating Smuggling of Goods and Currency', insideGovernment: true, generated: true, sources: [] },
];

/** The 23 priority projects: communicated 9 Ordibehesht 1397, deadline 9 Azar 1399 (001, 003). */
export const PROJECT_DEADLINE = '2020-11-29';
export const PROJECT_DEADLINE_JALALI = '1399-09-09';

export interface ProjectFact {
  number: number;
  /** Null for the two projects the sources do not name. */
  nameFa: string | null;
  nameEn: string | null;
  /**
   * The sources name the 25 agencies' count and the three outside the government (000),
   * not who leads or joins which project: these assignments are plausible, not sourced.
   */
  lead: AgencyKey;
  participants: readonly AgencyKey[];
}

/** In the order source 000 lists them; 22 and 23 are the two it leaves unnamed. */
export const PROJECTS: readonly ProjectFact[] = [
  { number: 1, nameFa: 'سامانه مکان محور', nameEn: 'Location-based system (unique address of natural and legal persons)', lead: 'POST', participants: ['REGISTRATION', 'CIVIL_REGISTRATION', 'ROADS'] },
  { number: 2, nameFa: 'هویت هوشمند', nameEn: 'Smart identity', lead: 'CIVIL_REGISTRATION', participants: ['REGISTRATION', 'ITO'] },
  { number: 3, nameFa: 'امضای الکترونیک', nameEn: 'Electronic signature', lead: 'INDUSTRY', participants: ['ITO', 'JUDICIARY'] },
  { number: 4, nameFa: 'دفاتر پیشخوان', nameEn: 'Counter offices', lead: 'ICT_MINISTRY', participants: ['POST', 'JUDICIARY'] },
  { number: 5, nameFa: 'سامانه ستاد', nameEn: 'Setad e-procurement system', lead: 'ECONOMY', participants: ['PLAN_BUDGET'] },
  { number: 6, nameFa: 'سلامت الکترونیک', nameEn: 'E-health', lead: 'HEALTH', participants: ['SOCIAL_SECURITY', 'CENTRAL_INSURANCE'] },
  { number: 7, nameFa: 'مالیات الکترونیک', nameEn: 'E-tax', lead: 'TAX', participants: ['ECONOMY'] },
  { number: 8, nameFa: 'بیمه الکترونیک', nameEn: 'E-insurance', lead: 'SOCIAL_SECURITY', participants: ['CENTRAL_INSURANCE', 'HEALTH'] },
  { number: 9, nameFa: 'اعتبارسنجی مدارک', nameEn: 'Verification of education documents', lead: 'SCIENCE', participants: ['EDUCATION', 'AZAD_UNIVERSITY', 'HEALTH'] },
  { number: 10, nameFa: 'پنجره واحد صدور مجوزها', nameEn: 'Single window for permits', lead: 'ECONOMY', participants: ['INDUSTRY', 'ADMINISTRATIVE', 'AGRICULTURE', 'STANDARDS'] },
  { number: 11, nameFa: 'پنجره واحد مدیریت زمین', nameEn: 'Single window for land management', lead: 'ROADS', participants: ['REGISTRATION', 'AGRICULTURE'] },
  { number: 12, nameFa: 'پنجره واحد تجاری', nameEn: 'Single window for trade', lead: 'INDUSTRY', participants: ['CUSTOMS', 'STANDARDS', 'GOVERNMENT_TRADING'] },
  { number: 13, nameFa: 'نظام خزانه‌داری', nameEn: 'Treasury system', lead: 'ECONOMY', participants: ['PLAN_BUDGET'] },
  { number: 14, nameFa: 'خدمات دستگاه‌ها', nameEn: 'Agency services', lead: 'ADMINISTRATIVE', participants: ['ITO'] },
  { number: 15, nameFa: 'سامانه یکپارچه حسابداری', nameEn: 'Integrated accounting system', lead: 'ECONOMY', participants: ['PLAN_BUDGET'] },
  { number: 16, nameFa: 'دولت همراه', nameEn: 'Mobile government', lead: 'ITO', participants: ['ICT_MINISTRY', 'CENTRAL_BANK'] },
  { number: 17, nameFa: 'تبادل اطلاعات و استعلامات', nameEn: 'Information and inquiry exchange', lead: 'ITO', participants: ['JUDICIARY', 'REGISTRATION', 'TAX', 'CIVIL_REGISTRATION'] },
  { number: 18, nameFa: 'کارپوشه', nameEn: 'Karpooshe (citizen e-folder)', lead: 'ICT_MINISTRY', participants: ['ITO', 'POST'] },
  { number: 19, nameFa: 'بانکداری الکترونیک', nameEn: 'E-banking', lead: 'CENTRAL_BANK', participants: ['ECONOMY'] },
  { number: 20, nameFa: 'سامانه مبارزه با قاچاق', nameEn: 'Anti-smuggling system', lead: 'ANTI_SMUGGLING', participants: ['CUSTOMS', 'TAX'] },
  { number: 21, nameFa: 'سامانه حمل و نقل', nameEn: 'Transport system', lead: 'ROADS', participants: ['TRANSPORT_INFRASTRUCTURE'] },
  { number: 22, nameFa: null, nameEn: null, lead: 'JUDICIARY', participants: ['REGISTRATION'] },
  { number: 23, nameFa: null, nameEn: null, lead: 'AZAD_UNIVERSITY', participants: ['SCIENCE'] },
];

/** The IT Executive Council secretariat's assessment rounds (001). */
export interface AssessmentRoundFact {
  round: number;
  period: string;
  agencies: number;
  meanOverall: number;
}

export const ASSESSMENT_ROUNDS: readonly AssessmentRoundFact[] = [
  { round: 1, period: '1395', agencies: 62, meanOverall: 19.3 },
  { round: 2, period: '1396-Q2', agencies: 83, meanOverall: 28 },
  { round: 3, period: '1396-Q4', agencies: 93, meanOverall: 38.95 },
];

/** Round 3's named scores (001): the seven leaders, then the last two. Central Insurance is "about 97". */
export const ROUND3_SCORES: readonly { agency: AgencyKey; overall: number }[] = [
  { agency: 'CENTRAL_INSURANCE', overall: 97 },
  { agency: 'ECONOMY', overall: 79 },
  { agency: 'CUSTOMS', overall: 78 },
  { agency: 'STANDARDS', overall: 72 },
  { agency: 'GOVERNMENT_TRADING', overall: 69 },
  { agency: 'TAX', overall: 68 },
  { agency: 'TRANSPORT_INFRASTRUCTURE', overall: 67 },
  { agency: 'THERMAL_POWER', overall: 9 },
  { agency: 'PASTEUR', overall: 3 },
];

/** Round 3: assessed on web presence only, their systems closed to the assessors (001). */
export const WEB_PRESENCE_ONLY: readonly AgencyKey[] = ['EDUCATION', 'AGRICULTURAL_ENGINEERING', 'PENSION', 'SANJESH'];

export type InquiryTopic =
  | 'identity'
  | 'postcode'
  | 'criminalRecord'
  | 'conscription'
  | 'taxClearance'
  | 'insurance'
  | 'deed'
  | 'companyRegistration'
  | 'universityDegree'
  | 'schoolCertificate'
  | 'chequesLoans'
  | 'vehicle'
  | 'landUse'
  | 'environment'
  | 'health'
  | 'standard'
  | 'customs';

export interface InquiryTemplate {
  topic: InquiryTopic;
  topicFa: string;
  topicEn: string;
  provider: AgencyKey;
}

/**
 * The look-ups that licence and permit processes typically need, with the agency that
 * answers each (domain.md's last table: general knowledge, not from the sources).
 */
export const INQUIRY_TEMPLATES: readonly InquiryTemplate[] = [
  { topic: 'identity', topicFa: 'هویت، وضعیت حیات', topicEn: 'identity and civil status', provider: 'CIVIL_REGISTRATION' },
  { topic: 'postcode', topicFa: 'کد پستی', topicEn: 'postcode and address', provider: 'POST' },
  { topic: 'criminalRecord', topicFa: 'سوء پیشینه', topicEn: 'criminal record', provider: 'JUDICIARY' },
  { topic: 'conscription', topicFa: 'وضعیت نظام وظیفه', topicEn: 'military-service status', provider: 'CONSCRIPTION' },
  { topic: 'taxClearance', topicFa: 'مفاصاحساب مالیاتی', topicEn: 'tax clearance', provider: 'TAX' },
  { topic: 'insurance', topicFa: 'سابقه و مفاصاحساب بیمه', topicEn: 'insurance record and clearance', provider: 'SOCIAL_SECURITY' },
  { topic: 'deed', topicFa: 'سند مالکیت', topicEn: 'property deed', provider: 'REGISTRATION' },
  { topic: 'companyRegistration', topicFa: 'ثبت شرکت', topicEn: 'company registration', provider: 'REGISTRATION' },
  { topic: 'universityDegree', topicFa: 'مدرک تحصیلی', topicEn: 'education credentials (higher education)', provider: 'SCIENCE' },
  { topic: 'schoolCertificate', topicFa: 'مدرک تحصیلی', topicEn: 'education credentials (school)', provider: 'EDUCATION' },
  { topic: 'chequesLoans', topicFa: 'چک برگشتی، تسهیلات', topicEn: 'returned cheques and loans', provider: 'CENTRAL_BANK' },
  { topic: 'vehicle', topicFa: 'خودرو، گواهینامه', topicEn: 'vehicle and driving licence', provider: 'TRAFFIC_POLICE' },
  { topic: 'landUse', topicFa: 'کاربری زمین', topicEn: 'land use', provider: 'ROADS' },
  { topic: 'environment', topicFa: 'محیط زیست', topicEn: 'environmental approval', provider: 'ENVIRONMENT' },
  { topic: 'health', topicFa: 'بهداشت', topicEn: 'health approval', provider: 'HEALTH' },
  { topic: 'standard', topicFa: 'استاندارد', topicEn: 'standard mark', provider: 'STANDARDS' },
  { topic: 'customs', topicFa: 'ترخیص کالا', topicEn: 'customs clearance', provider: 'CUSTOMS' },
];

/** The sources' figures that the data set reproduces exactly at scale 1 (000–003). */
export const FIGURES = {
  agencies: 108,
  services: 779,
  subServices: 2094,
  /** "More than 1,300" kinds of inquiry (003); this exact number is the seed's choice. */
  inquiries: 1312,
  heavyServices: 241,
  heavyThreshold: 20,
  projects: 23,
  projectServices: 111,
  projectSubServices: 165,
  projectAgencies: 25,
  outsideGovernment: 3,
  /**
   * The national window (002), as domain.md reads its shares of 73 / 9 / 18 %: 96 agencies
   * obliged to connect, of which 70 connected (72.9 %), 9 connecting (9.4 %) and 17 not (17.7 %),
   * "the remaining 26" being 9 + 17; the other 12 exempt or not yet obliged.
   */
  obligedToConnect: 96,
  connected: 70,
  connecting: 9,
  notConnected: 17,
} as const;
