import { useEffect, useState } from 'react';
import { query, queryAll } from '../client';
import { downloadCsv } from '../csv';
import { Dated } from '../dates';
import { graphql } from '../gql';
import type { ChannelTrendQuery, TrendInterval } from '../gql/graphql';
import { formatNumber, formatPercent, pick, t, type Lang } from '../i18n';
import { paramsOf, routeHash, type Route } from '../route';
import { Loaded } from '../status';
import { useLoad } from '../use-load';
import { TrendChart } from './trend-chart';

const ChannelTrend = graphql(`
  query ChannelTrend($interval: TrendInterval, $from: String, $to: String, $consumerAgencyId: ID, $providerAgencyId: ID) {
    inquiryChannelTrend(interval: $interval, from: $from, to: $to, consumerAgencyId: $consumerAgencyId, providerAgencyId: $providerAgencyId) {
      period
      periodJalali
      links
      paperLinks
      nixLinks
      paperShare
      nixShare
    }
  }
`);

const AgencyChoices = graphql(`
  query AgencyChoices($first: Int, $after: String) {
    agencies(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          code
          name {
            fa
            en
          }
        }
      }
    }
  }
`);

type Point = ChannelTrendQuery['inquiryChannelTrend'][number];
type Role = 'consumer' | 'provider';
const INTERVALS: TrendInterval[] = ['MONTH', 'DAY'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** By day without a start date: the year up to `to` (the API refuses more than 1,000 periods). */
const DAYS_BY_DEFAULT = 365;

function defaultDayStart(to: string): string {
  const end = to ? new Date(`${to}T00:00:00Z`) : new Date();
  return new Date(end.getTime() - (DAYS_BY_DEFAULT - 1) * 86_400_000).toISOString().slice(0, 10);
}

function csvOf(points: Point[], name: string): void {
  const header = ['period (ISO)', 'period (Jalali)', 'links', 'paper links', 'NIX links', 'paper share', 'NIX share'];
  downloadCsv(
    name,
    header,
    points.map((point) => [point.period, point.periodJalali, point.links, point.paperLinks, point.nixLinks, point.paperShare.toFixed(4), point.nixShare.toFixed(4)]),
  );
}

/**
 * The paper and NIX shares of the inquiry links over time (`inquiryChannelTrend`), by month or day,
 * overall or for one agency as consumer or provider. By day the API serves at most 1,000 periods:
 * without `from`, the last 365 days.
 */
export function TrendView({ route, navigate }: { route: Route; navigate: (hash: string, replace?: boolean) => void }) {
  const { lang } = route;
  const interval = (INTERVALS as string[]).includes(route.params.get('interval') ?? '') ? (route.params.get('interval') as TrendInterval) : 'MONTH';
  const from = DATE.test(route.params.get('from') ?? '') ? route.params.get('from')! : '';
  const to = DATE.test(route.params.get('to') ?? '') ? route.params.get('to')! : '';
  const role: Role = route.params.get('role') === 'provider' ? 'provider' : 'consumer';
  const agency = route.params.get('agency') || null;
  const [draft, setDraft] = useState({ from, to });
  useEffect(() => setDraft({ from, to }), [from, to]);
  const go = (change: Record<string, string | number | undefined>) => navigate(routeHash('trend', { ...paramsOf(route), ...change }, lang));

  const agencies = useLoad('trend-agencies', async () => {
    const result = await queryAll(AgencyChoices, {}, (data) => data.agencies);
    return { value: result.nodes, errors: result.errors };
  });
  const load = useLoad(`trend:${interval}:${from}:${to}:${role}:${agency}`, async () => {
    const answer = await query(ChannelTrend, {
      interval,
      from: from ? `${from}T00:00:00Z` : interval === 'DAY' ? `${defaultDayStart(to)}T00:00:00Z` : null,
      to: to ? `${to}T23:59:59Z` : null,
      consumerAgencyId: role === 'consumer' ? agency : null,
      providerAgencyId: role === 'provider' ? agency : null,
    });
    return { value: answer.data.inquiryChannelTrend, errors: answer.errors };
  });
  const choices = agencies.state === 'done' ? agencies.value : [];

  return (
    <section aria-labelledby="trend-title">
      <h2 id="trend-title">{t(lang, 'trend')}</h2>
      <form
        className="controls"
        onSubmit={(event) => {
          event.preventDefault();
          go({ from: draft.from || undefined, to: draft.to || undefined });
        }}
      >
        <label>
          {t(lang, 'interval')}{' '}
          <select name="interval" value={interval} onChange={(event) => go({ interval: event.target.value })}>
            {INTERVALS.map((value) => (
              <option key={value} value={value}>
                {t(lang, value)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(lang, 'from')} <input type="date" name="from" dir="ltr" value={draft.from} onChange={(event) => setDraft({ ...draft, from: event.target.value })} />
        </label>
        <label>
          {t(lang, 'to')} <input type="date" name="to" dir="ltr" value={draft.to} onChange={(event) => setDraft({ ...draft, to: event.target.value })} />
        </label>
        <button type="submit">{t(lang, 'apply')}</button>
        <label>
          {t(lang, 'agency')}{' '}
          <select name="agency" value={agency ?? ''} onChange={(event) => go({ agency: event.target.value || undefined })}>
            <option value="">{t(lang, 'overall')}</option>
            {choices.map((item) => (
              <option key={item.id} value={item.id}>
                {`${pick(lang, item.name)} (${item.code})`}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(lang, 'agencyRole')}{' '}
          <select name="role" value={role} disabled={!agency} onChange={(event) => go({ role: event.target.value })}>
            <option value="consumer">{t(lang, 'consumer')}</option>
            <option value="provider">{t(lang, 'providerRole')}</option>
          </select>
        </label>
      </form>
      <Loaded lang={lang} load={load}>
        {(points) => (
          <TrendBody lang={lang} points={points} name={`channel-trend-${interval.toLowerCase()}${agency ? `-${role}-${agency}` : ''}.csv`} />
        )}
      </Loaded>
    </section>
  );
}

function TrendBody({ lang, points, name }: { lang: Lang; points: Point[]; name: string }) {
  const last = points[points.length - 1];
  return (
    <>
      <p className="summary">
        <strong data-testid="point-count">{formatNumber(lang, points.length)}</strong> {t(lang, 'points')}
        {last ? (
          <>
            {' '}
            · {t(lang, 'paperShare')}: <strong data-testid="last-paper-share">{formatPercent(lang, last.paperShare)}</strong> · {t(lang, 'nixShare')}:{' '}
            <strong>{formatPercent(lang, last.nixShare)}</strong>
          </>
        ) : null}{' '}
        <button type="button" data-testid="csv" disabled={!points.length} onClick={() => csvOf(points, name)}>
          {t(lang, 'downloadTrendCsv')}
        </button>
      </p>
      <TrendChart lang={lang} points={points} />
      <details>
        <summary>{t(lang, 'period')}</summary>
        <table data-testid="trend-table">
          <thead>
            <tr>
              <th>{t(lang, 'period')}</th>
              <th className="numeric">{t(lang, 'links')}</th>
              <th className="numeric">{t(lang, 'paperLinks')}</th>
              <th className="numeric">{t(lang, 'nixLinks')}</th>
              <th className="numeric">{t(lang, 'paperShare')}</th>
              <th className="numeric">{t(lang, 'nixShare')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.period} data-period={point.period}>
                <td>
                  <Dated lang={lang} iso={point.period} jalali={point.periodJalali} />
                </td>
                <td className="numeric">{formatNumber(lang, point.links)}</td>
                <td className="numeric">{formatNumber(lang, point.paperLinks)}</td>
                <td className="numeric">{formatNumber(lang, point.nixLinks)}</td>
                <td className="numeric">{formatPercent(lang, point.paperShare)}</td>
                <td className="numeric">{formatPercent(lang, point.nixShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
