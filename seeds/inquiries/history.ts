import type { InquiryChannel } from '../../subgraphs/inquiries/entities';
import type { ChannelChangeRow, InquiryRow } from '../../subgraphs/inquiries/seed';
import type { Random } from '../random';

/** 9 Mordad 1397: the cabinet resolution that catalogued the services; the generated history starts here. */
export const HISTORY_START = '2018-07-31T00:00:00.000Z';
/** 30 Azar 1402, the end of Azar the budget law set for electronic inquiries: the seed's "now", where the sources' figures hold. */
export const SEED_NOW = '2023-12-21T00:00:00.000Z';

/** Share of today's electronic inquiries (other than the common ones) that the generated history says were on paper at the start. */
const ONCE_PAPER = 0.45;
/** Of those now on NIX, the share that went over a direct link first. */
const DIRECT_FIRST = 0.3;

/**
 * A plausible, generated history of the inquiries' channels (no source tells it): a share of
 * today's electronic inquiries started on paper and were digitised at dates that crowd towards
 * the budget law's deadline, some of the NIX ones through a direct link first. It ends at
 * today's channels, so every figure of the seed holds at SEED_NOW.
 */
export function buildChannelHistory(random: Random, inquiries: readonly InquiryRow[], common: number): ChannelChangeRow[] {
  const start = Date.parse(HISTORY_START);
  const span = Date.parse(SEED_NOW) - start;
  // Later dates likelier: the square root of a uniform draw leans towards the end.
  const when = (low: number) => low + (1 - low) * Math.sqrt(random.next());
  const day = 86_400_000;
  // A working hour of the day the fraction falls on.
  const at = (fraction: number) => start + Math.floor((fraction * span) / day) * day + 3_600_000 * (6 + Math.floor(random.next() * 10));
  const changes: ChannelChangeRow[] = [];
  for (const inquiry of inquiries.slice(common)) {
    if (inquiry.channel === 'PAPER' || !random.chance(ONCE_PAPER)) continue;
    const steps: InquiryChannel[] = inquiry.channel === 'NIX' && random.chance(DIRECT_FIRST) ? ['PAPER', 'DIRECT', 'NIX'] : ['PAPER', inquiry.channel];
    let fraction = 0.02;
    let previous = 0;
    for (let step = 1; step < steps.length; step += 1) {
      fraction = Math.min(when(fraction), 0.99);
      // A later step never shares its day with the one before.
      const time = Math.max(at(fraction), previous + day);
      previous = time;
      changes.push({ inquiryId: inquiry.id, at: new Date(time).toISOString(), from: steps[step - 1]!, to: steps[step]! });
    }
  }
  return changes.sort((a, b) => a.at.localeCompare(b.at) || a.inquiryId - b.inquiryId);
}
