/** The page's two languages: Persian (right to left, Persian digits) by default, and English. */
export type Lang = 'fa' | 'en';

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

/** Latin digits in `text` as Persian ones (for dates and codes shown in Persian mode). */
export function persianDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => PERSIAN_DIGITS[Number(digit)]);
}

export function digits(lang: Lang, text: string): string {
  return lang === 'fa' ? persianDigits(text) : text;
}

export function formatNumber(lang: Lang, value: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(lang === 'fa' ? 'fa-IR' : 'en-US', { maximumFractionDigits: fractionDigits }).format(value);
}

export function formatPercent(lang: Lang, share: number): string {
  return new Intl.NumberFormat(lang === 'fa' ? 'fa-IR' : 'en-US', { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A localized name: the English one in English mode when it is known, else the Persian. */
export function pick(lang: Lang, text: { fa: string; en?: string | null } | null | undefined): string {
  if (!text) return '';
  return lang === 'en' && text.en ? text.en : text.fa;
}

const STRINGS = {
  title: { fa: 'پنجره — کاوشگر خدمات دولت الکترونیک', en: 'Panjare — e-government services explorer' },
  switchLang: { fa: 'English', en: 'فارسی' },
  heavy: { fa: 'خدمات پراستعلام', en: 'Heavy services' },
  service: { fa: 'خدمت', en: 'Service' },
  network: { fa: 'شبکه دستگاه‌ها', en: 'Agency network' },
  projects: { fa: 'پروژه‌های اولویت‌دار', en: 'Priority projects' },
  graphiql: { fa: 'GraphiQL', en: 'GraphiQL' },
  loading: { fa: 'در حال دریافت داده‌ها…', en: 'Loading data…' },
  loadingPages: { fa: 'در حال دریافت صفحه‌ها', en: 'Loading pages' },
  failed: { fa: 'دریافت داده‌ها ممکن نشد', en: 'Could not load the data' },
  partial: { fa: 'بخشی از داده‌ها نرسید؛ آنچه رسید نمایش داده شده است.', en: 'Part of the data is missing; what arrived is shown.' },
  subgraphDown: { fa: 'زیرگراف «{name}» پاسخ نداد', en: 'the “{name}” subgraph did not answer' },
  retry: { fa: 'تلاش دوباره', en: 'Retry' },
  threshold: { fa: 'بیش از این تعداد استعلام', en: 'More inquiries than' },
  apply: { fa: 'نمایش', en: 'Show' },
  total: { fa: 'تعداد کل', en: 'Total' },
  downloadCsv: { fa: 'دریافت CSV (همه نتایج)', en: 'Download CSV (whole result)' },
  name: { fa: 'نام خدمت', en: 'Service' },
  code: { fa: 'کد', en: 'Code' },
  agency: { fa: 'دستگاه', en: 'Agency' },
  inquiryCount: { fa: 'تعداد استعلام', en: 'Inquiries' },
  paperInquiries: { fa: 'استعلام کاغذی', en: 'Paper inquiries' },
  project: { fa: 'پروژه', en: 'Project' },
  noProject: { fa: '—', en: '—' },
  previous: { fa: 'قبلی', en: 'Previous' },
  next: { fa: 'بعدی', en: 'Next' },
  pageOf: { fa: 'صفحه {page} از {pages}', en: 'Page {page} of {pages}' },
  noRows: { fa: 'خدمتی با این شرط نیست.', en: 'No service matches.' },
  chooseService: { fa: 'یک خدمت را از فهرست خدمات پراستعلام باز کنید.', en: 'Open a service from the heavy-services list.' },
  notFound: { fa: 'چنین خدمتی نیست.', en: 'No such service.' },
  inquiriesByProvider: { fa: 'استعلام‌ها به تفکیک دستگاه پاسخ‌دهنده و مسیر', en: 'Inquiries by provider agency and channel' },
  dependencyChain: { fa: 'زنجیره وابستگی', en: 'Dependency chain' },
  depth: { fa: 'عمق', en: 'Depth' },
  cycle: { fa: 'چرخه', en: 'cycle' },
  ownedBy: { fa: 'پروژه مالک', en: 'Owning project' },
  none: { fa: 'ندارد', en: 'None' },
  minLinks: { fa: 'حداقل پیوند', en: 'Minimum links' },
  edges: { fa: 'یال', en: 'edges' },
  agencies: { fa: 'دستگاه', en: 'agencies' },
  legendElectronic: { fa: 'همه پیوندها', en: 'all links' },
  legendPaper: { fa: 'پیوندهای کاغذی', en: 'paper links' },
  legendWidth: { fa: 'ضخامت خط: تعداد پیوندها (خدمت–استعلام)', en: 'line width: number of service–inquiry links' },
  clickAgency: { fa: 'روی یک دستگاه کلیک کنید تا اثر قطع استعلام‌هایش را ببینید.', en: 'Click an agency to see the impact of its inquiries going down.' },
  impact: { fa: 'اثر قطع استعلام‌های', en: 'Impact of an outage of' },
  directServices: { fa: 'خدمات وابسته مستقیم', en: 'Services depending directly' },
  transitiveServices: { fa: 'خدمات متوقف‌شده تا عمق {depth}', en: 'Services stopped up to depth {depth}' },
  affectedProjects: { fa: 'پروژه‌های متأثر', en: 'Projects affected' },
  nearestServices: { fa: 'نزدیک‌ترین خدمات متوقف‌شده', en: 'Nearest services that stop' },
  number: { fa: 'شماره', en: 'No.' },
  projectName: { fa: 'پروژه', en: 'Project' },
  leadAgency: { fa: 'دستگاه راهبر', en: 'Lead agency' },
  progress: { fa: 'پیشرفت', en: 'Progress' },
  status: { fa: 'وضعیت', en: 'Status' },
  deadline: { fa: 'مهلت (شمسی / میلادی)', en: 'Deadline (Jalali / Gregorian)' },
  servicesCount: { fa: 'خدمات', en: 'Services' },
  inquiryTotal: { fa: 'جمع استعلام‌های خدمات', en: 'Services’ inquiries' },
  paperTotal: { fa: 'کاغذی', en: 'on paper' },
  unnamed: { fa: 'بی‌نام', en: 'Unnamed' },
  COMPLETED: { fa: 'تکمیل‌شده', en: 'Completed' },
  DELAYED: { fa: 'با تأخیر', en: 'Delayed' },
  NOT_STARTED: { fa: 'شروع‌نشده', en: 'Not started' },
  ON_TRACK: { fa: 'در جریان', en: 'On track' },
  NIX: { fa: 'مرکز تبادل اطلاعات (NIX)', en: 'Information exchange centre (NIX)' },
  DIRECT: { fa: 'ارتباط مستقیم', en: 'Direct link' },
  PAPER: { fa: 'کاغذی', en: 'Paper' },
  plan: { fa: 'برنامه الکترونیکی‌سازی', en: 'Digitisation plan' },
  movesAsked: { fa: 'تعداد گام', en: 'Moves' },
  weighting: { fa: 'وزن‌دهی', en: 'Weighting' },
  SERVICES: { fa: 'تعداد خدمات آزادشده', en: 'Services freed' },
  INQUIRY_COUNT: { fa: 'خدمات به وزن تعداد استعلام', en: 'Services weighted by inquiry count' },
  PRIORITY_PROJECTS: { fa: 'خدمات پروژه‌های اولویت‌دار', en: 'Services of priority projects' },
  provider: { fa: 'دستگاه پاسخ‌دهنده', en: 'Provider agency' },
  any: { fa: 'همه', en: 'Any' },
  candidates: { fa: 'استعلام‌های کاغذی نامزد', en: 'Candidate paper inquiries' },
  servicesFreed: { fa: 'خدمات آزادشده', en: 'Services freed' },
  subServicesFreed: { fa: 'زیرخدمات آزادشده', en: 'Sub-services freed' },
  totalServicesFreed: { fa: 'جمع خدمات آزادشده', en: 'Services freed so far' },
  gain: { fa: 'بهره', en: 'Gain' },
  exact: { fa: 'بهینه (جست‌وجوی کامل)', en: 'optimal (exhaustive search)' },
  greedyBound: { fa: 'حریصانه؛ هیچ برنامه‌ای بیش از {bound} بهره ندارد', en: 'greedy; no plan gains more than {bound}' },
  downloadPlanCsv: { fa: 'دریافت CSV برنامه', en: 'Download the plan (CSV)' },
  planChart: { fa: 'خدمات آزادشده در برابر گام‌ها', en: 'Services freed against moves' },
  moves: { fa: 'گام‌ها', en: 'moves' },
  tick: { fa: 'در نظر', en: 'On' },
  step: { fa: 'گام', en: 'Step' },
  inquiry: { fa: 'استعلام', en: 'Inquiry' },
  paperShare: { fa: 'سهم کاغذی', en: 'Paper share' },
  freedCodes: { fa: 'کد خدمات آزادشده', en: 'Services freed (codes)' },
  whatIf: { fa: 'اگر گام‌های انتخاب‌شده انجام شوند', en: 'What if the ticked moves are made' },
  ticked: { fa: 'گام‌های انتخاب‌شده', en: 'Moves ticked' },
  noneTicked: { fa: 'هیچ گامی انتخاب نشده است.', en: 'No move is ticked.' },
  changes: { fa: 'تغییرات', en: 'Changes' },
  trend: { fa: 'روند کاغذی / NIX', en: 'Paper / NIX trend' },
  feed: { fa: 'فهرست', en: 'Feed' },
  inquiryFeed: { fa: 'استعلام‌ها و نیاز خدمات به آن‌ها', en: 'Inquiries and services’ needs for them' },
  catalogueFeed: { fa: 'دستگاه‌ها، خدمات و زیرخدمات', en: 'Agencies, services and sub-services' },
  since: { fa: 'از تاریخ (میلادی)', en: 'Since (Gregorian)' },
  feedOrder: { fa: 'قدیمی‌ترین اول، به ترتیب ثبت؛ برای تغییرات تازه تاریخ شروع را انتخاب کنید.', en: 'Oldest first, in the order they committed; pick a start date for recent changes.' },
  when: { fa: 'زمان (شمسی / ISO)', en: 'When (Jalali / ISO)' },
  who: { fa: 'چه کسی', en: 'Who' },
  what: { fa: 'چه چیزی', en: 'What' },
  beforeAfter: { fa: 'پیش ← پس', en: 'Before → after' },
  generatedHistory: { fa: 'تاریخچه ساختگی', en: 'generated' },
  noChanges: { fa: 'تغییری نیست.', en: 'No changes.' },
  firstPage: { fa: 'صفحه اول', en: 'First page' },
  pageN: { fa: 'صفحه {page}', en: 'Page {page}' },
  downloadChangesCsv: { fa: 'دریافت CSV (همه تغییرات این فهرست)', en: 'Download CSV (every change of this feed)' },
  SET_CHANNEL: { fa: 'تغییر مسیر', en: 'Channel changed' },
  ADD_REQUIREMENT: { fa: 'افزودن نیاز خدمت', en: 'Need added' },
  RETIRE_REQUIREMENT: { fa: 'حذف نیاز خدمت', en: 'Need retired' },
  RENAME: { fa: 'اصلاح نام', en: 'Renamed' },
  INQUIRY: { fa: 'استعلام', en: 'Inquiry' },
  REQUIREMENT: { fa: 'نیاز خدمت به استعلام', en: 'Service’s need' },
  AGENCY: { fa: 'دستگاه', en: 'Agency' },
  SERVICE: { fa: 'خدمت', en: 'Service' },
  SUB_SERVICE: { fa: 'زیرخدمت', en: 'Sub-service' },
  interval: { fa: 'بازه', en: 'Interval' },
  MONTH: { fa: 'ماهانه', en: 'By month' },
  DAY: { fa: 'روزانه', en: 'By day' },
  from: { fa: 'از (میلادی)', en: 'From (Gregorian)' },
  to: { fa: 'تا (میلادی)', en: 'To (Gregorian)' },
  agencyRole: { fa: 'نقش دستگاه', en: 'Agency as' },
  overall: { fa: 'همه دستگاه‌ها', en: 'All agencies' },
  consumer: { fa: 'مصرف‌کننده (خدمات دستگاه)', en: 'Consumer (its services)' },
  providerRole: { fa: 'پاسخ‌دهنده (استعلام‌های دستگاه)', en: 'Provider (its inquiries)' },
  trendChart: { fa: 'سهم کاغذی و NIX پیوندهای استعلام در طول زمان', en: 'Paper and NIX shares of the inquiry links over time' },
  nixShare: { fa: 'سهم NIX', en: 'NIX share' },
  period: { fa: 'دوره (شمسی / ISO)', en: 'Period (Jalali / ISO)' },
  links: { fa: 'پیوندها', en: 'Links' },
  paperLinks: { fa: 'پیوندهای کاغذی', en: 'Paper links' },
  nixLinks: { fa: 'پیوندهای NIX', en: 'NIX links' },
  points: { fa: 'نقطه', en: 'points' },
  downloadTrendCsv: { fa: 'دریافت CSV نقاط', en: 'Download the points (CSV)' },
  downloadEdgesCsv: { fa: 'دریافت CSV یال‌های نمایش‌داده‌شده', en: 'Download the edges shown (CSV)' },
  downloadNetworkJson: { fa: 'دریافت JSON همه یال‌ها', en: 'Download every edge (JSON)' },
  downloadNetworkGraphml: { fa: 'GraphML همه یال‌ها', en: 'Every edge as GraphML' },
  downloadProjectsCsv: { fa: 'دریافت CSV پروژه‌ها', en: 'Download the projects (CSV)' },
  downloadChainCsv: { fa: 'دریافت CSV زنجیره', en: 'Download the chain (CSV)' },
  consumerAgency: { fa: 'دستگاه مصرف‌کننده', en: 'Consumer agency' },
  downloadFailed: { fa: 'دریافت فایل ممکن نشد', en: 'The download failed' },
} as const;

export type StringKey = keyof typeof STRINGS;

/** The text of `key` in `lang`, with `{name}` placeholders filled in. */
export function t(lang: Lang, key: StringKey, values: Record<string, string> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (_match, name: string) => values[name] ?? '');
}

/** A whole number typed with Latin, Persian or Arabic-Indic digits; null when it is none. */
export function parseWholeNumber(text: string): number | null {
  const latin = text.trim().replace(/[۰-۹]/g, (digit) => String(PERSIAN_DIGITS.indexOf(digit))).replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x0660));
  return /^[0-9]+$/.test(latin) ? Number(latin) : null;
}
