import { useEffect, useState } from 'react';
import { query, queryAll } from '../client';
import { downloadCsv } from '../csv';
import { Dated } from '../dates';
import { graphql } from '../gql';
import type { CatalogueChangeFeedQuery, InquiryChangeFeedQuery } from '../gql/graphql';
import { digits, formatNumber, pick, t, type Lang, type StringKey } from '../i18n';
import { paramsOf, routeHash, type Route } from '../route';
import { DownloadFailed, Loaded } from '../status';
import { useLoad } from '../use-load';

const InquiryChangeFeed = graphql(`
  query InquiryChangeFeed($first: Int, $after: String, $since: String) {
    inquiryChanges(first: $first, after: $after, since: $since) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          action
          recordKind
          at
          atJalali
          before
          after
          generated
          subject
          roles
          agency {
            id
            name {
              fa
              en
            }
          }
          inquiry {
            id
            code
            name {
              fa
              en
            }
          }
          service {
            id
            code
          }
        }
      }
    }
  }
`);

const CatalogueChangeFeed = graphql(`
  query CatalogueChangeFeed($first: Int, $after: String, $since: String) {
    catalogueChanges(first: $first, after: $after, since: $since) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          action
          recordKind
          at
          atJalali
          before
          after
          generated
          subject
          roles
          writerAgency {
            id
            name {
              fa
              en
            }
          }
          record {
            ... on Agency {
              id
              code
              name {
                fa
                en
              }
            }
            ... on Service {
              id
              code
              name {
                fa
                en
              }
            }
            ... on SubService {
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
    }
  }
`);

type Name = { fa: string; en?: string | null };
type Feed = 'inquiries' | 'catalogue';

/** One change of either feed, in the columns the page shows. */
interface Change {
  id: string;
  action: StringKey;
  kind: StringKey;
  at: string;
  atJalali: string;
  code: string;
  name: Name | null;
  serviceCode: string | null;
  subject: string;
  roles: string[];
  agency: Name | null;
  before: unknown;
  after: unknown;
  generated: boolean;
}

type InquiryNode = InquiryChangeFeedQuery['inquiryChanges']['edges'][number]['node'];
type CatalogueNode = CatalogueChangeFeedQuery['catalogueChanges']['edges'][number]['node'];

function fromInquiry(node: InquiryNode): Change {
  return {
    ...node,
    action: node.action,
    kind: node.recordKind,
    code: node.inquiry.code,
    name: node.inquiry.name,
    serviceCode: node.service?.code ?? null,
    agency: node.agency?.name ?? null,
  };
}

function fromCatalogue(node: CatalogueNode): Change {
  const record = node.record as { code?: string; name?: Name };
  return {
    ...node,
    action: node.action,
    kind: node.recordKind,
    code: record.code ?? '',
    name: record.name ?? null,
    serviceCode: null,
    agency: node.writerAgency?.name ?? null,
  };
}

export const CHANGES_PER_PAGE = 25;
const FEEDS: Feed[] = ['inquiries', 'catalogue'];

/** `since` as the API takes it: a date typed as YYYY-MM-DD is its first instant (UTC). */
function sinceInstant(date: string | null): string | null {
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : null;
}

async function readPage(feed: Feed, first: number, after: string | null, since: string | null) {
  if (feed === 'inquiries') {
    const answer = await query(InquiryChangeFeed, { first, after, since });
    const page = answer.data.inquiryChanges;
    return { totalCount: page.totalCount, pageInfo: page.pageInfo, changes: page.edges.map((edge) => fromInquiry(edge.node)), errors: answer.errors };
  }
  const answer = await query(CatalogueChangeFeed, { first, after, since });
  const page = answer.data.catalogueChanges;
  return { totalCount: page.totalCount, pageInfo: page.pageInfo, changes: page.edges.map((edge) => fromCatalogue(edge.node)), errors: answer.errors };
}

async function readAll(feed: Feed, since: string | null): Promise<Change[]> {
  if (feed === 'inquiries') return (await queryAll(InquiryChangeFeed, { since }, (data) => data.inquiryChanges)).nodes.map(fromInquiry);
  return (await queryAll(CatalogueChangeFeed, { since }, (data) => data.catalogueChanges)).nodes.map(fromCatalogue);
}

const json = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value));

function csvOf(changes: Change[], lang: Lang, feed: Feed): void {
  const header = ['at (ISO)', 'at (Jalali)', 'action', 'record kind', t(lang, 'code'), 'name (fa)', 'name (en)', 'service', 'subject', 'roles', `${t(lang, 'agency')} (fa)`, 'before', 'after', 'generated'];
  const rows = changes.map((change) => [
    change.at,
    change.atJalali,
    change.action,
    change.kind,
    change.code,
    change.name?.fa ?? '',
    change.name?.en ?? '',
    change.serviceCode ?? '',
    change.subject,
    change.roles.join(' '),
    change.agency?.fa ?? '',
    json(change.before),
    json(change.after),
    String(change.generated),
  ]);
  downloadCsv(`changes-${feed}.csv`, header, rows);
}

/** The changed values: one line per key, before → after (the arrow points along the reading direction). */
function BeforeAfter({ lang, before, after }: { lang: Lang; before: unknown; after: unknown }) {
  const was = (before ?? {}) as Record<string, unknown>;
  const now = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(was), ...Object.keys(now)])];
  const show = (value: unknown) => (value === undefined ? '∅' : typeof value === 'string' ? value : JSON.stringify(value));
  return (
    <ul className="before-after">
      {keys.map((key) => (
        <li key={key} data-key={key}>
          <span className="muted">{key}:</span> <bdi data-testid="before">{show(was[key])}</bdi> {lang === 'fa' ? '←' : '→'} <bdi data-testid="after">{show(now[key])}</bdi>
        </li>
      ))}
    </ul>
  );
}

/**
 * The change feeds, oldest first as the API lists them (the order a syncing client reads; the API
 * pages forward only), 25 a page through the cursors; a start date jumps to recent changes.
 */
export function ChangesView({ route, navigate }: { route: Route; navigate: (hash: string, replace?: boolean) => void }) {
  const { lang } = route;
  const feed: Feed = route.params.get('feed') === 'catalogue' ? 'catalogue' : 'inquiries';
  const sinceDate = route.params.get('since');
  const since = sinceInstant(sinceDate);
  const after = route.params.get('after') || null;
  const pageNumber = Math.max(1, Number.parseInt(route.params.get('page') ?? '1', 10) || 1);
  const [sinceDraft, setSinceDraft] = useState(sinceDate ?? '');
  // The cursors of the pages before this one, so "previous" can go back (the API pages forward only).
  const [earlier, setEarlier] = useState<(string | null)[]>([]);
  const [exporting, setExporting] = useState(false);
  const [exportFailed, setExportFailed] = useState<string | null>(null);
  useEffect(() => setEarlier([]), [feed, since]);
  useEffect(() => setSinceDraft(sinceDate ?? ''), [sinceDate]);

  const load = useLoad(`changes:${feed}:${since}:${after}`, async () => {
    const page = await readPage(feed, CHANGES_PER_PAGE, after, since);
    return { value: page, errors: page.errors };
  });
  const go = (change: Record<string, string | number | undefined>) => navigate(routeHash('changes', { ...paramsOf(route), ...change }, lang));

  return (
    <section aria-labelledby="changes-title">
      <h2 id="changes-title">{t(lang, 'changes')}</h2>
      <form
        className="controls"
        onSubmit={(event) => {
          event.preventDefault();
          go({ since: sinceDraft || undefined, after: undefined, page: undefined });
        }}
      >
        <label>
          {t(lang, 'feed')}{' '}
          <select name="feed" value={feed} onChange={(event) => go({ feed: event.target.value, after: undefined, page: undefined })}>
            {FEEDS.map((value) => (
              <option key={value} value={value}>
                {t(lang, value === 'inquiries' ? 'inquiryFeed' : 'catalogueFeed')}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(lang, 'since')} <input type="date" name="since" dir="ltr" value={sinceDraft} onChange={(event) => setSinceDraft(event.target.value)} />
        </label>
        <button type="submit">{t(lang, 'apply')}</button>
      </form>
      <p className="muted" data-testid="feed-order">
        {t(lang, 'feedOrder')}
      </p>
      <Loaded lang={lang} load={load}>
        {({ totalCount, pageInfo, changes }) => (
          <>
            <p className="summary">
              {t(lang, 'total')}: <strong data-testid="total">{formatNumber(lang, totalCount)}</strong>{' '}
              <button
                type="button"
                data-testid="csv"
                disabled={!totalCount || exporting}
                onClick={() => {
                  setExporting(true);
                  setExportFailed(null);
                  readAll(feed, since)
                    .then((all) => csvOf(all, lang, feed))
                    .catch((error: unknown) => setExportFailed(error instanceof Error ? error.message : String(error)))
                    .finally(() => setExporting(false));
                }}
              >
                {t(lang, 'downloadChangesCsv')}
              </button>
              {exportFailed ? <DownloadFailed lang={lang} message={exportFailed} /> : null}
            </p>
            {changes.length ? (
              <table data-testid="changes-table">
                <thead>
                  <tr>
                    <th>{t(lang, 'when')}</th>
                    <th>{t(lang, 'who')}</th>
                    <th>{t(lang, 'what')}</th>
                    <th>{t(lang, 'beforeAfter')}</th>
                  </tr>
                </thead>
                <tbody>
                  {changes.map((change) => (
                    <tr key={change.id} data-change={change.id} data-action={change.action}>
                      <td>
                        <Dated lang={lang} iso={change.at} jalali={change.atJalali} />
                      </td>
                      <td>
                        <bdi data-testid="subject">{change.subject}</bdi>
                        {change.roles.length ? <span className="muted"> ({change.roles.join(', ')})</span> : null}
                        {change.agency ? <div className="muted">{pick(lang, change.agency)}</div> : null}
                        {change.generated ? <div className="muted">{t(lang, 'generatedHistory')}</div> : null}
                      </td>
                      <td>
                        <strong>{t(lang, change.action)}</strong> · {t(lang, change.kind)}
                        <div>
                          <span className="code" data-testid="record-code">
                            {change.code}
                          </span>{' '}
                          {change.name ? pick(lang, change.name) : ''}
                        </div>
                        {change.serviceCode ? (
                          <div className="muted">
                            {t(lang, 'service')}: {change.serviceCode}
                          </div>
                        ) : null}
                      </td>
                      <td>
                        <BeforeAfter lang={lang} before={change.before} after={change.after} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p data-testid="no-changes">{t(lang, 'noChanges')}</p>
            )}
            <nav className="pager" aria-label="pages">
              <button type="button" data-testid="first" disabled={!after} onClick={() => go({ after: undefined, page: undefined })}>
                {t(lang, 'firstPage')}
              </button>
              <button
                type="button"
                data-testid="previous"
                disabled={!after || !earlier.length}
                onClick={() => {
                  const previous = earlier[earlier.length - 1];
                  setEarlier(earlier.slice(0, -1));
                  go({ after: previous ?? undefined, page: pageNumber - 1 });
                }}
              >
                {t(lang, 'previous')}
              </button>
              <span data-testid="page">{digits(lang, t(lang, 'pageN', { page: String(pageNumber) }))}</span>
              <button
                type="button"
                data-testid="next"
                disabled={!pageInfo.hasNextPage || !pageInfo.endCursor}
                onClick={() => {
                  setEarlier([...earlier, after]);
                  go({ after: pageInfo.endCursor ?? undefined, page: pageNumber + 1 });
                }}
              >
                {t(lang, 'next')}
              </button>
            </nav>
          </>
        )}
      </Loaded>
    </section>
  );
}
