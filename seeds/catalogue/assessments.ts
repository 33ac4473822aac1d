import type { AssessmentRow } from '../../subgraphs/catalogue/seed';
import { weightedOrder } from '../allocation';
import { AGENCIES, ASSESSMENT_ROUNDS, ROUND3_SCORES, WEB_PRESENCE_ONLY } from '../facts';
import { NATIONAL_AGENCIES } from '../names';
import type { Random } from '../random';
import type { Agencies } from './agencies';

/**
 * Three rounds (001) over 62 ⊂ 83 ⊂ 93 inside-government agencies, the named ones in all
 * three, with the sources' means exactly. Round 3 has the five indices (their mean is the
 * overall score; participation lowest, web presence highest); rounds 1 and 2, for which
 * the sources give only the mean, have the overall score only.
 */
export function buildAssessments(random: Random, agencies: Agencies): AssessmentRow[] {
  const [round1, round2, round3] = ASSESSMENT_ROUNDS;
  const fixed = new Map(ROUND3_SCORES.map((score) => [agencies.id(score.agency), Math.round(score.overall * 100)]));
  const webOnly = new Set(WEB_PRESENCE_ONLY.map((key) => agencies.id(key)));
  const named = [...fixed.keys(), ...webOnly];
  const taken = new Set(named);
  const candidates = agencies.rows.filter((row) => row.insideGovernment && !taken.has(row.id));
  const weights = candidates.map((row) => (!row.generated || row.id <= AGENCIES.length + NATIONAL_AGENCIES.length ? 5 : 1));
  const drawn = weightedOrder(random, weights).slice(0, round3.agencies - named.length).map((index) => candidates[index].id);
  const members = [...named, ...drawn];

  // Round 3, in hundredths: the named leaders are above every other score, the last two below.
  const lowest = Math.max(...ROUND3_SCORES.filter((score) => score.overall < round3.meanOverall).map((score) => score.overall)) * 100;
  const highest = Math.min(...ROUND3_SCORES.filter((score) => score.overall > round3.meanOverall).map((score) => score.overall)) * 100;
  const free = members.filter((id) => !fixed.has(id));
  const fixedSum = [...fixed.values()].reduce((acc, value) => acc + value, 0);
  const third = new Map(fixed);
  const freeScores = scoresWithSum(random, free.length, Math.round(round3.agencies * round3.meanOverall * 100) - fixedSum, lowest + 1, highest - 1);
  free.forEach((id, index) => third.set(id, freeScores[index]));

  // Earlier rounds: roughly in proportion to round 3, then moved to the exact means.
  const earlier = (round: typeof round1, count: number) => {
    const ids = members.slice(0, count);
    const ratio = round.meanOverall / round3.meanOverall;
    const guesses = ids.map((id) => third.get(id)! * ratio * (0.8 + random.next() * 0.4));
    const scores = scoresWithSum(random, count, Math.round(count * round.meanOverall * 100), 100, 9900, guesses);
    return new Map(ids.map((id, index) => [id, scores[index]]));
  };
  const first = earlier(round1, round1.agencies);
  const second = earlier(round2, round2.agencies);

  const rows: AssessmentRow[] = [];
  const percent = (hundredths: number) => hundredths / 100;
  for (const id of [...members].sort((a, b) => a - b)) {
    for (const [round, scores] of [[round1, first], [round2, second]] as const) {
      const overall = scores.get(id);
      if (overall === undefined) continue;
      rows.push({ agencyId: id, round: round.round, period: round.period, overall: percent(overall), webPresence: null, interaction: null, transaction: null, integration: null, participation: null });
    }
    const overall = third.get(id)!;
    if (webOnly.has(id)) {
      rows.push({ agencyId: id, round: round3.round, period: round3.period, overall: percent(overall), webPresence: percent(overall), interaction: null, transaction: null, integration: null, participation: null });
      continue;
    }
    const room = Math.min(overall, 10000 - overall);
    const step = Math.floor((room * (0.2 + random.next() * 0.3)) / 20) * 10;
    rows.push({
      agencyId: id,
      round: round3.round,
      period: round3.period,
      overall: percent(overall),
      webPresence: percent(overall + 2 * step),
      interaction: percent(overall + step),
      transaction: percent(overall),
      integration: percent(overall - step),
      participation: percent(overall - 2 * step),
    });
  }
  return rows;
}

/**
 * `count` scores in hundredths, multiples of ten (one decimal) but for one residue of
 * five where the target needs it, within [min, max], summing to `target` exactly.
 */
function scoresWithSum(random: Random, count: number, target: number, min: number, max: number, guesses?: readonly number[]): number[] {
  const mean = target / count;
  const clampTen = (value: number) => Math.min(Math.floor(max / 10) * 10, Math.max(Math.ceil(min / 10) * 10, Math.round(value / 10) * 10));
  const scores = Array.from({ length: count }, (_, index) => clampTen(guesses ? guesses[index] : mean * (0.45 + random.next() * 1.1)));
  let diff = target - scores.reduce((acc, score) => acc + score, 0);
  while (Math.abs(diff) >= 10) {
    const index = Math.floor(random.next() * count);
    const step = Math.min(Math.abs(diff) - (Math.abs(diff) % 10), 200) * Math.sign(diff);
    const next = scores[index] + step;
    if (next < min || next > max) continue;
    scores[index] = next;
    diff -= step;
  }
  if (diff !== 0) {
    const index = scores.findIndex((score) => score + diff >= min && score + diff <= max);
    if (index < 0) throw new Error('cannot place the last residue of a mean');
    scores[index] += diff;
  }
  return scores;
}
