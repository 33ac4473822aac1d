import { useState } from 'react';
import { queryAll } from '../client';
import { downloadCsv } from '../csv';
import { downloadText } from '../download';
import { graphql } from '../gql';
import type { AgencyNetworkQuery } from '../gql/graphql';
import { t, type Lang } from '../i18n';
import { DownloadFailed } from '../status';

type Dependency = AgencyNetworkQuery['agencyDependencies']['edges'][number]['node'];

/** Every edge of the network for the JSON file, with the names a reader of the file needs. */
const NetworkEdges = graphql(`
  query NetworkEdges($first: Int, $after: String) {
    agencyDependencies(minLinks: 1, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          links
          paperLinks
          services
          consumer {
            id
            code
            name {
              fa
              en
            }
          }
          provider {
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
`);

function csvOf(dependencies: Dependency[], lang: Lang, minLinks: number): void {
  const header = [`${t(lang, 'consumerAgency')} code`, `${t(lang, 'consumerAgency')} (fa)`, `${t(lang, 'consumerAgency')} (en)`, `${t(lang, 'provider')} code`, `${t(lang, 'provider')} (fa)`, `${t(lang, 'provider')} (en)`, 'links', 'paper links', 'services'];
  const rows = dependencies.map((edge) => [
    edge.consumer.code,
    edge.consumer.name.fa,
    edge.consumer.name.en ?? '',
    edge.provider.code,
    edge.provider.name.fa,
    edge.provider.name.en ?? '',
    edge.links,
    edge.paperLinks,
    edge.services,
  ]);
  downloadCsv(`agency-network-min-${minLinks}.csv`, header, rows);
}

/**
 * The edges drawn as CSV, and every edge of the network (minLinks 1, read page after page) as JSON:
 * `{ edges: [{ consumer, provider, links, paperLinks, services }] }`, heaviest first as the API lists them.
 */
export function NetworkDownloads({ lang, dependencies, minLinks }: { lang: Lang; dependencies: Dependency[]; minLinks: number }) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  return (
    <p className="summary">
      <button type="button" data-testid="csv" disabled={!dependencies.length} onClick={() => csvOf(dependencies, lang, minLinks)}>
        {t(lang, 'downloadEdgesCsv')}
      </button>{' '}
      <button
        type="button"
        data-testid="json"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          setFailed(null);
          queryAll(NetworkEdges, {}, (data) => data.agencyDependencies)
            .then(({ nodes, totalCount }) => downloadText('agency-network.json', `${JSON.stringify({ totalCount, edges: nodes }, null, 1)}\n`, 'application/json'))
            .catch((error: unknown) => setFailed(error instanceof Error ? error.message : String(error)))
            .finally(() => setBusy(false));
        }}
      >
        {t(lang, 'downloadNetworkJson')}
      </button>
      {failed ? <DownloadFailed lang={lang} message={failed} /> : null}
    </p>
  );
}
