import { useEffect, useState } from 'react';
import { query, queryAll } from '../client';
import { downloadCsv } from '../csv';
import { graphql } from '../gql';
import type { DigitisationPlanQuery, DigitisationWeighting } from '../gql/graphql';
import { digits, formatNumber, formatPercent, parseWholeNumber, pick, t, type Lang } from '../i18n';
import { paramsOf, routeHash, type Route } from '../route';
import { Loaded } from '../status';
import { useLoad } from '../use-load';
import { PlanChart } from './plan-chart';
import { PlanWhatIf } from './plan-what-if';

const Plan = graphql(`
  query DigitisationPlan($first: Int, $weighting: DigitisationWeighting, $providerAgencyId: ID, $projectId: ID) {
    digitisationPlan(first: $first, weighting: $weighting, providerAgencyId: $providerAgencyId, projectId: $projectId) {
      candidateCount
      exact
      upperBound
      totalGain
      servicesFreed
      note
      moves {
        step
        gain
        totalGain
        servicesFreedCount
        totalServicesFreed
        paperShare
        inquiry {
          id
          code
          name {
            fa
            en
          }
          provider {
            id
            name {
              fa
              en
            }
          }
        }
        servicesFreed {
          id
          code
        }
      }
    }
  }
`);

const PaperProviders = graphql(`
  query PaperProviders($first: Int, $after: String) {
    inquiries(first: $first, after: $after, filter: { channel: PAPER }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          provider {
            id
            name {
              fa
              en
            }
          }
        }
      }
    }
    projects {
      id
      number
      name {
        fa
        en
      }
    }
  }
`);

type Move = DigitisationPlanQuery['digitisationPlan']['moves'][number];
const WEIGHTINGS: DigitisationWeighting[] = ['SERVICES', 'INQUIRY_COUNT', 'PRIORITY_PROJECTS'];
const DEFAULT_MOVES = 10;

function csvOf(moves: Move[], lang: Lang, name: string): void {
  const header = [t(lang, 'step'), t(lang, 'code'), `${t(lang, 'inquiry')} (fa)`, `${t(lang, 'inquiry')} (en)`, `${t(lang, 'provider')} (fa)`, t(lang, 'gain'), t(lang, 'servicesFreed'), t(lang, 'totalServicesFreed'), t(lang, 'paperShare'), t(lang, 'freedCodes')];
  const rows = moves.map((move) => [
    move.step,
    move.inquiry.code,
    move.inquiry.name.fa,
    move.inquiry.name.en ?? '',
    move.inquiry.provider.name.fa,
    move.gain,
    move.servicesFreedCount,
    move.totalServicesFreed,
    move.paperShare.toFixed(4),
    move.servicesFreed.map((service) => service.code).join(' '),
  ]);
  downloadCsv(name, header, rows);
}

/** Options of the filters: the agencies answering a paper inquiry, and the projects. */
function useOptions() {
  return useLoad('plan-options', async () => {
    let projects: { id: string; number: number; name?: { fa: string; en?: string | null } | null }[] = [];
    const result = await queryAll(PaperProviders, {}, (data) => {
      projects = data.projects;
      return data.inquiries;
    });
    const providers = new Map(result.nodes.map((node) => [node.provider.id, node.provider]));
    return { value: { providers: [...providers.values()], projects }, errors: result.errors };
  });
}

/** The digitisation plan: the best N paper inquiries to digitise, their gains, a chart, and the what-if of the moves ticked. */
export function PlanView({ route, navigate }: { route: Route; navigate: (hash: string, replace?: boolean) => void }) {
  const { lang } = route;
  const first = Math.min(100, Math.max(1, parseWholeNumber(route.params.get('n') ?? '') ?? DEFAULT_MOVES));
  const weighting = (WEIGHTINGS as string[]).includes(route.params.get('w') ?? '') ? (route.params.get('w') as DigitisationWeighting) : 'SERVICES';
  const provider = route.params.get('provider') || null;
  const project = route.params.get('project') || null;
  const key = `plan:${first}:${weighting}:${provider}:${project}`;
  const [draft, setDraft] = useState<string | null>(null);
  const [unticked, setUnticked] = useState<Set<number>>(new Set());
  useEffect(() => setUnticked(new Set()), [key]);

  const options = useOptions();
  const load = useLoad(key, async () => {
    const answer = await query(Plan, { first, weighting, providerAgencyId: provider, projectId: project });
    return { value: answer.data.digitisationPlan, errors: answer.errors };
  });
  const go = (change: Record<string, string | number | undefined>) => navigate(routeHash('plan', { ...paramsOf(route), ...change }, lang));
  const choices = options.state === 'done' ? options.value : { providers: [], projects: [] };

  return (
    <section aria-labelledby="plan-title">
      <h2 id="plan-title">{t(lang, 'plan')}</h2>
      <form
        className="controls"
        onSubmit={(event) => {
          event.preventDefault();
          if (draft !== null) go({ n: parseWholeNumber(draft) ?? first });
          setDraft(null);
        }}
      >
        <label>
          {t(lang, 'movesAsked')} <input name="moves" inputMode="numeric" dir="ltr" value={draft ?? digits(lang, String(first))} onChange={(event) => setDraft(event.target.value)} />
        </label>
        <button type="submit">{t(lang, 'apply')}</button>
        <label>
          {t(lang, 'weighting')}{' '}
          <select name="weighting" value={weighting} onChange={(event) => go({ w: event.target.value })}>
            {WEIGHTINGS.map((value) => (
              <option key={value} value={value}>
                {t(lang, value)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(lang, 'provider')}{' '}
          <select name="provider" value={provider ?? ''} onChange={(event) => go({ provider: event.target.value || undefined })}>
            <option value="">{t(lang, 'any')}</option>
            {choices.providers.map((agency) => (
              <option key={agency.id} value={agency.id}>
                {pick(lang, agency.name)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(lang, 'project')}{' '}
          <select name="project" value={project ?? ''} onChange={(event) => go({ project: event.target.value || undefined })}>
            <option value="">{t(lang, 'any')}</option>
            {choices.projects.map((item) => (
              <option key={item.id} value={item.id}>
                {`${formatNumber(lang, item.number)}. ${pick(lang, item.name) || t(lang, 'unnamed')}`}
              </option>
            ))}
          </select>
        </label>
      </form>
      <Loaded lang={lang} load={load}>
        {(plan) => {
          const ticked = plan.moves.map((move) => !unticked.has(move.step));
          const toggle = (step: number) =>
            setUnticked((current) => {
              const next = new Set(current);
              if (!next.delete(step)) next.add(step);
              return next;
            });
          return (
            <>
              <p className="summary">
                {t(lang, 'candidates')}: <strong>{formatNumber(lang, plan.candidateCount)}</strong> · {t(lang, 'servicesFreed')}:{' '}
                <strong data-testid="plan-freed">{formatNumber(lang, plan.servicesFreed)}</strong> · {t(lang, 'gain')}: {formatNumber(lang, plan.totalGain, 1)} ·{' '}
                <span data-testid="plan-quality">{plan.exact ? t(lang, 'exact') : t(lang, 'greedyBound', { bound: formatNumber(lang, plan.upperBound, 1) })}</span>{' '}
                <button type="button" data-testid="csv" disabled={!plan.moves.length} onClick={() => csvOf(plan.moves, lang, `digitisation-plan-${first}-${weighting.toLowerCase()}.csv`)}>
                  {t(lang, 'downloadPlanCsv')}
                </button>
              </p>
              {plan.note && (
                <p className="notice partial" data-testid="plan-note" dir="ltr">
                  {plan.note}
                </p>
              )}
              <PlanChart lang={lang} totals={plan.moves.map((move) => move.totalServicesFreed)} ticked={ticked} />
              <table data-testid="plan-table">
                <thead>
                  <tr>
                    <th>{t(lang, 'tick')}</th>
                    <th className="numeric">{t(lang, 'step')}</th>
                    <th>{t(lang, 'inquiry')}</th>
                    <th>{t(lang, 'provider')}</th>
                    <th className="numeric">{t(lang, 'gain')}</th>
                    <th className="numeric">{t(lang, 'servicesFreed')}</th>
                    <th className="numeric">{t(lang, 'totalServicesFreed')}</th>
                    <th className="numeric">{t(lang, 'paperShare')}</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.moves.map((move, index) => (
                    <tr key={move.step} data-step={move.step}>
                      <td>
                        <input type="checkbox" aria-label={move.inquiry.code} checked={ticked[index]} onChange={() => toggle(move.step)} />
                      </td>
                      <td className="numeric">{formatNumber(lang, move.step)}</td>
                      <td>
                        {pick(lang, move.inquiry.name)}
                        <div className="code">{move.inquiry.code}</div>
                      </td>
                      <td>{pick(lang, move.inquiry.provider.name)}</td>
                      <td className="numeric">{formatNumber(lang, move.gain, 1)}</td>
                      <td className="numeric">{formatNumber(lang, move.servicesFreedCount)}</td>
                      <td className="numeric">{formatNumber(lang, move.totalServicesFreed)}</td>
                      <td className="numeric">{formatPercent(lang, move.paperShare)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <PlanWhatIf lang={lang} inquiryIds={plan.moves.filter((_, index) => ticked[index]).map((move) => move.inquiry.id)} />
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
