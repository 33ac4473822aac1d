import type { InquiryChannel } from '../../subgraphs/inquiries/entities';
import type { InquiryRow } from '../../subgraphs/inquiries/seed';
import { allocateCapped } from '../allocation';
import { FIGURES, INQUIRY_TEMPLATES, type InquiryTopic } from '../facts';
import { code } from '../format';
import { COMMON_INQUIRIES, DOMAIN_WORDS, INQUIRY_KINDS, RECORD_INQUIRY_KINDS, type Phrase } from '../names';
import type { Random } from '../random';
import { UniqueNames } from '../unique-names';
import type { Agencies } from '../catalogue/agencies';

/** Channels of the common inquiries other than NIX, by name; paper with Registration and Tax (001). */
const COMMON_CHANNELS: Readonly<Record<string, InquiryChannel>> = {
  'استعلام وضعیت ثبتی ملک': 'PAPER',
  'استعلام بدهی مالیاتی نقل و انتقال املاک': 'PAPER',
  'استعلام کاربری زمین': 'PAPER',
  'استعلام طرح تفصیلی شهری': 'PAPER',
  'استعلام ممنوع‌المعاملگی': 'DIRECT',
  'استعلام تأییدیه زیست‌محیطی': 'DIRECT',
  'استعلام تأییدیه بهداشتی': 'DIRECT',
};

/** How likely a service needs a topic's main inquiry: [other services, licence services]. */
const COMMON_USE: Readonly<Record<InquiryTopic, readonly [number, number]>> = {
  identity: [0.85, 0.95],
  postcode: [0.45, 0.8],
  criminalRecord: [0.08, 0.45],
  conscription: [0.06, 0.35],
  taxClearance: [0.2, 0.6],
  insurance: [0.2, 0.6],
  deed: [0.06, 0.3],
  companyRegistration: [0.06, 0.5],
  universityDegree: [0.04, 0.15],
  schoolCertificate: [0.04, 0.08],
  chequesLoans: [0.04, 0.12],
  vehicle: [0.03, 0.08],
  landUse: [0.02, 0.2],
  environment: [0.01, 0.25],
  health: [0.03, 0.25],
  standard: [0.01, 0.2],
  customs: [0.01, 0.08],
};

export interface Inquiries {
  rows: InquiryRow[];
  /** Relative popularity of each inquiry (by index). */
  weights: Float64Array;
  /** Index of each topic's main inquiry, in INQUIRY_TEMPLATES order, with its use. */
  mains: { index: number; use: readonly [number, number] }[];
  /** How many of the first rows are the common inquiries (identity, postcode…), answered straight from a register. */
  common: number;
}

/** The common inquiries of facts.ts, then each agency's on the licences it issues and its domain's records. */
export function buildInquiries(random: Random, agencies: Agencies, issued: readonly Phrase[][], scale: number): Inquiries {
  const rows: InquiryRow[] = [];
  const weights: number[] = [];
  const names = new UniqueNames();
  const mains: Inquiries['mains'] = [];
  const add = (nameFa: string, nameEn: string, providerAgencyId: number, channel: InquiryChannel, weight: number) => {
    const id = rows.length + 1;
    rows.push({ id, code: code('INQ', id, 5), nameFa, nameEn, providerAgencyId, channel, answeredByServiceId: null, generated: true });
    weights.push(weight);
  };

  for (const template of INQUIRY_TEMPLATES) {
    COMMON_INQUIRIES[template.topic].forEach(([fa, en], position) => {
      if (!names.claim(fa)) throw new Error(`duplicate common inquiry ${fa}`);
      if (position === 0) mains.push({ index: rows.length, use: COMMON_USE[template.topic] });
      add(fa, en, agencies.id(template.provider), COMMON_CHANNELS[fa] ?? 'NIX', position === 0 ? 6 : 3);
    });
  }

  const common = rows.length;

  // The rest: each agency answers inquiries on the licences it issues, then on its domain's records and licences.
  const objects = agencies.rows.map((_, index) => {
    const own = issued[index];
    const words = DOMAIN_WORDS[agencies.profiles[index].domain];
    const others = [...words.records.map((record) => ({ object: record, licence: false })), ...words.licences.filter((licence) => !own.includes(licence)).map((licence) => ({ object: licence, licence: true }))];
    return [...random.shuffle(own.map((licence) => ({ object: licence, licence: true }))), ...random.shuffle(others)];
  });
  // Renewal and suspension are asked of licences only.
  const kindsOf = (licence: boolean) => (licence ? INQUIRY_KINDS : RECORD_INQUIRY_KINDS);
  const perAgency = allocateCapped(
    FIGURES.inquiries * scale - rows.length,
    agencies.profiles.map((profile) => profile.inquiries * (0.5 + random.next())),
    objects.map((list) => list.reduce((sum, { licence }) => sum + kindsOf(licence).length, 0)),
  );
  perAgency.forEach((count, index) => {
    if (count === 0) return;
    const agency = agencies.rows[index];
    // Each object with its kinds in a seeded order, taken one kind per object per pass.
    const kinds = objects[index].map(({ licence }) => random.shuffle([...kindsOf(licence)]));
    const combos = INQUIRY_KINDS.flatMap((_, pass) => objects[index].flatMap(({ object }, position) => (pass < kinds[position].length ? [[kinds[position][pass], object] as const] : [])));
    const paper = agency.windowConnection === 'NOT_CONNECTED' ? 0.2 : 0.11;
    for (const [[kindFa, kindEn], [objectFa, objectEn]] of combos.slice(0, count)) {
      let fa = `${kindFa} ${objectFa}`;
      let en = `${kindEn} ${objectEn}`;
      // Another agency answers the same look-up: the provider's name tells them apart.
      if (!names.claim(fa)) {
        fa += ` – ${agency.nameFa}`;
        en += ` – ${agency.nameEn}`;
        if (!names.claim(fa)) throw new Error(`duplicate inquiry ${fa}`);
      }
      const draw = random.next();
      const channel: InquiryChannel = draw < paper ? 'PAPER' : draw < paper + 0.17 ? 'DIRECT' : 'NIX';
      // Paper look-ups persist where they are needed most, so they weigh a little more.
      add(fa, en, agency.id, channel, (0.3 + 3 * random.next() ** 3) * (channel === 'PAPER' ? 1.5 : 1));
    }
  });
  return { rows, weights: Float64Array.from(weights), mains, common };
}
