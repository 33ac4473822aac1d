import { useState } from 'react';
import { queryAll } from '../client';
import { downloadCsv } from '../csv';
import { graphql } from '../gql';
import type { HeavyServicesQuery } from '../gql/graphql';
import { digits, formatNumber, parseWholeNumber, pick, t, type Lang, type StringKey } from '../i18n';
import { paramsOf, routeHash, type Route } from '../route';
import { Loaded } from '../status';
import { useLoad } from '../use-load';

const HeavyServices = graphql(`
  query HeavyServices($moreThan: Int!, $first: Int, $after: String) {
    servicesByInquiryCount(moreThan: $moreThan, first: $first, after: $after) {
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
          inquiryCount
          paperInquiryCount
          agency {
            id
            name {
              fa
              en
            }
          }
          project {
            id
            number
            name {
              fa
              en
            }
          }
        }
      }
    }
  }
`);

type Row = HeavyServicesQuery['servicesByInquiryCount']['edges'][number]['node'];
type SortKey = 'name' | 'agency' | 'inquiryCount' | 'paperInquiryCount' | 'project';
const COLUMNS: { key: SortKey; label: StringKey; numeric: boolean }[] = [
  { key: 'name', label: 'name', numeric: false },
  { key: 'agency', label: 'agency', numeric: false },
  { key: 'inquiryCount', label: 'inquiryCount', numeric: true },
  { key: 'paperInquiryCount', label: 'paperInquiries', numeric: true },
  { key: 'project', label: 'project', numeric: true },
];
export const ROWS_PER_PAGE = 25;
const DEFAULT_THRESHOLD = 20;

function sortValue(row: Row, key: SortKey, lang: Lang): string | number {
  switch (key) {
    case 'name':
      return pick(lang, row.name);
    case 'agency':
      return pick(lang, row.agency.name);
    case 'inquiryCount':
      return row.inquiryCount;
    case 'paperInquiryCount':
      return row.paperInquiryCount;
    case 'project':
      return row.project?.number ?? Number.POSITIVE_INFINITY;
  }
}

function sortRows(rows: Row[], key: SortKey, descending: boolean, lang: Lang): Row[] {
  const collator = new Intl.Collator(lang);
  return [...rows].sort((a, b) => {
    const x = sortValue(a, key, lang);
    const y = sortValue(b, key, lang);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return descending ? -order : order;
  });
}

function csvOf(rows: Row[], lang: Lang, threshold: number): void {
  const header = [t(lang, 'code'), `${t(lang, 'name')} (fa)`, `${t(lang, 'name')} (en)`, `${t(lang, 'agency')} (fa)`, t(lang, 'inquiryCount'), t(lang, 'paperInquiries'), `${t(lang, 'project')} #`, `${t(lang, 'project')} (fa)`];
  const data = rows.map((row) => [
    row.code,
    row.name.fa,
    row.name.en ?? '',
    row.agency.name.fa,
    row.inquiryCount,
    row.paperInquiryCount,
    row.project?.number ?? '',
    row.project?.name?.fa ?? '',
  ]);
  downloadCsv(`heavy-services-more-than-${threshold}.csv`, header, data);
}

/** Services with more than N inquiries: the whole result loaded, then sorted and paged here (the API orders by inquiry count only). */
export function HeavyView({ route, navigate }: { route: Route; navigate: (hash: string, replace?: boolean) => void }) {
  const { lang } = route;
  const threshold = parseWholeNumber(route.params.get('min') ?? '') ?? DEFAULT_THRESHOLD;
  const sortKey = (COLUMNS.find((column) => column.key === route.params.get('sort'))?.key ?? 'inquiryCount') as SortKey;
  const descending = route.params.get('dir') !== 'asc';
  const requestedPage = Math.max(1, Number.parseInt(route.params.get('page') ?? '1', 10) || 1);
  const [draft, setDraft] = useState<string | null>(null);

  const load = useLoad(`heavy:${threshold}`, async (progress) => {
    const result = await queryAll(HeavyServices, { moreThan: threshold }, (data) => data.servicesByInquiryCount, (loaded, total) =>
      progress(`${formatNumber(lang, loaded)} / ${formatNumber(lang, total)}`),
    );
    return { value: result, errors: result.errors };
  });
  const go = (change: Record<string, string | number | undefined>) => navigate(routeHash('heavy', { ...paramsOf(route), ...change }, lang));

  return (
    <section aria-labelledby="heavy-title">
      <h2 id="heavy-title">{t(lang, 'heavy')}</h2>
      <form
        className="controls"
        onSubmit={(event) => {
          event.preventDefault();
          if (draft !== null) go({ min: parseWholeNumber(draft) ?? threshold, page: 1 });
          setDraft(null);
        }}
      >
        <label>
          {t(lang, 'threshold')}{' '}
          <input name="threshold" inputMode="numeric" dir="ltr" value={draft ?? digits(lang, String(threshold))} onChange={(event) => setDraft(event.target.value)} />
        </label>
        <button type="submit">{t(lang, 'apply')}</button>
      </form>
      <Loaded lang={lang} load={load}>
        {({ nodes, totalCount }) => {
          const sorted = sortRows(nodes, sortKey, descending, lang);
          const pages = Math.max(1, Math.ceil(sorted.length / ROWS_PER_PAGE));
          const page = Math.min(requestedPage, pages);
          const shown = sorted.slice((page - 1) * ROWS_PER_PAGE, page * ROWS_PER_PAGE);
          return (
            <>
              <p className="summary">
                {t(lang, 'total')}: <strong data-testid="total">{formatNumber(lang, totalCount)}</strong>{' '}
                <button type="button" data-testid="csv" onClick={() => csvOf(sorted, lang, threshold)} disabled={!sorted.length}>
                  {t(lang, 'downloadCsv')}
                </button>
              </p>
              {shown.length ? (
                <table data-testid="heavy-table">
                  <thead>
                    <tr>
                      {COLUMNS.map((column) => {
                        const active = column.key === sortKey;
                        return (
                          <th key={column.key} aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'} className={column.numeric ? 'numeric' : undefined}>
                            <button
                              type="button"
                              data-sort={column.key}
                              onClick={() => go({ sort: column.key, dir: active ? (descending ? 'asc' : 'desc') : column.numeric ? 'desc' : 'asc', page: 1 })}
                            >
                              {t(lang, column.label)} {active ? (descending ? '▼' : '▲') : ''}
                            </button>
                          </th>
                        );
                      })}
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((row) => (
                      <tr key={row.id}>
                        <td>
                          <a href={routeHash('service', { id: row.id }, lang)}>{pick(lang, row.name)}</a>
                          <div className="code">{row.code}</div>
                        </td>
                        <td>{pick(lang, row.agency.name)}</td>
                        <td className="numeric">{formatNumber(lang, row.inquiryCount)}</td>
                        <td className="numeric">{formatNumber(lang, row.paperInquiryCount)}</td>
                        <td>{row.project ? `${formatNumber(lang, row.project.number)}. ${pick(lang, row.project.name) || t(lang, 'unnamed')}` : t(lang, 'noProject')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <p>{t(lang, 'noRows')}</p>
              )}
              <nav className="pager" aria-label="pages">
                <button type="button" data-testid="previous" disabled={page <= 1} onClick={() => go({ page: page - 1 })}>
                  {t(lang, 'previous')}
                </button>
                <span data-testid="page">{digits(lang, t(lang, 'pageOf', { page: String(page), pages: String(pages) }))}</span>
                <button type="button" data-testid="next" disabled={page >= pages} onClick={() => go({ page: page + 1 })}>
                  {t(lang, 'next')}
                </button>
              </nav>
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
