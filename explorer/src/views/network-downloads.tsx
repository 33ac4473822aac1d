import { useState } from 'react';
import { query } from '../client';
import { downloadCsv } from '../csv';
import { downloadText } from '../download';
import { graphql } from '../gql';
import type { AgencyNetworkQuery } from '../gql/graphql';
import { t, type Lang } from '../i18n';
import { DownloadFailed } from '../status';

type Dependency = AgencyNetworkQuery['agencyDependencies']['edges'][number]['node'];

/** The whole network in one answer, for the JSON file: the agencies once, the edges by agency id. */
const WholeNetwork = graphql(`
  query WholeNetwork {
    agencyNetwork(minLinks: 1) {
      links
      paperLinks
      agencies {
        id
        code
        name {
          fa
          en
        }
      }
      edges {
        consumer {
          id
        }
        provider {
          id
        }
        links
        paperLinks
        services
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
 * The edges drawn as CSV; every edge of the network (minLinks 1) as JSON, `Query.agencyNetwork` as it
 * answers (`{ links, paperLinks, agencies, edges }`), and as GraphML from the gateway's download route.
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
          query(WholeNetwork, {})
            .then(({ data, errors }) => {
              if (errors.length) throw new Error(errors.map((error) => `${error.code ?? ''} ${error.message}`.trim()).join('; '));
              downloadText('agency-network.json', `${JSON.stringify(data.agencyNetwork, null, 1)}\n`, 'application/json');
            })
            .catch((error: unknown) => setFailed(error instanceof Error ? error.message : String(error)))
            .finally(() => setBusy(false));
        }}
      >
        {t(lang, 'downloadNetworkJson')}
      </button>{' '}
      <a href="/downloads/agency-network.graphml" download data-testid="graphml">
        {t(lang, 'downloadNetworkGraphml')}
      </a>
      {failed ? <DownloadFailed lang={lang} message={failed} /> : null}
    </p>
  );
}
