import { useMemo, useState } from 'react';
import { query, queryAll } from '../client';
import { graphql } from '../gql';
import type { AgencyNetworkQuery } from '../gql/graphql';
import { formatNumber, formatPercent, pick, t, type Lang } from '../i18n';
import { paramsOf, routeHash, type Route } from '../route';
import { Loaded } from '../status';
import { useLoad } from '../use-load';
import { layout, type LayoutLink, type LayoutNode } from './network-layout';

const AgencyNetwork = graphql(`
  query AgencyNetwork($minLinks: Int, $first: Int, $after: String) {
    agencyDependencies(minLinks: $minLinks, first: $first, after: $after) {
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

const AgencyImpact = graphql(`
  query AgencyImpact($id: ID!, $maxDepth: Int) {
    agency(id: $id) {
      id
      name {
        fa
        en
      }
      impact(maxDepth: $maxDepth) {
        maxDepth
        directServices
        transitiveServices
        projects {
          id
          number
          name {
            fa
            en
          }
        }
        services(first: 10) {
          totalCount
          edges {
            depth
            node {
              id
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

type Dependency = AgencyNetworkQuery['agencyDependencies']['edges'][number]['node'];
type Agency = Dependency['consumer'];
const WIDTH = 960;
const HEIGHT = 640;

interface Graph {
  nodes: (LayoutNode & { agency: Agency })[];
  links: (LayoutLink & { dependency: Dependency })[];
}

function buildGraph(dependencies: Dependency[]): Graph {
  const nodes = new Map<string, LayoutNode & { agency: Agency }>();
  const touch = (agency: Agency) => {
    const node = nodes.get(agency.id) ?? { id: agency.id, agency, degree: 0, radius: 4 };
    node.degree += 1;
    nodes.set(agency.id, node);
  };
  for (const dependency of dependencies) {
    touch(dependency.consumer);
    touch(dependency.provider);
  }
  for (const node of nodes.values()) node.radius = 4 + Math.sqrt(node.degree) * 1.6;
  const links = dependencies.map((dependency) => ({ source: dependency.consumer.id, target: dependency.provider.id, links: dependency.links, dependency }));
  const graph = { nodes: [...nodes.values()], links };
  layout(graph.nodes, graph.links, WIDTH, HEIGHT);
  return graph;
}

function Impact({ lang, id }: { lang: Lang; id: string }) {
  const load = useLoad(`impact:${id}`, async () => {
    const answer = await query(AgencyImpact, { id, maxDepth: 5 });
    return { value: answer.data.agency, errors: answer.errors };
  });
  return (
    <aside className="impact" data-testid="impact">
      <Loaded lang={lang} load={load}>
        {(agency) =>
          !agency ? null : (
            <>
              <h3>
                {t(lang, 'impact')} {pick(lang, agency.name)}
              </h3>
              <dl>
                <dt>{t(lang, 'directServices')}</dt>
                <dd data-testid="direct-services">{formatNumber(lang, agency.impact.directServices)}</dd>
                <dt>{t(lang, 'transitiveServices', { depth: formatNumber(lang, agency.impact.maxDepth) })}</dt>
                <dd data-testid="transitive-services">{formatNumber(lang, agency.impact.transitiveServices)}</dd>
                <dt>{t(lang, 'affectedProjects')}</dt>
                <dd>
                  {agency.impact.projects.length
                    ? agency.impact.projects.map((project) => `${formatNumber(lang, project.number)}. ${pick(lang, project.name) || t(lang, 'unnamed')}`).join('، ')
                    : t(lang, 'none')}
                </dd>
              </dl>
              <h4>{t(lang, 'nearestServices')}</h4>
              <ol>
                {agency.impact.services.edges.map((edge) => (
                  <li key={edge.node.id}>
                    <a href={routeHash('service', { id: edge.node.id }, lang)}>{pick(lang, edge.node.name)}</a> ({t(lang, 'depth')} {formatNumber(lang, edge.depth)})
                  </li>
                ))}
              </ol>
            </>
          )
        }
      </Loaded>
    </aside>
  );
}

/** The consumer → provider agency graph: line width by links, paper links in another colour; a click shows the agency's impact. */
export function NetworkView({ route, navigate }: { route: Route; navigate: (hash: string, replace?: boolean) => void }) {
  const { lang } = route;
  const minLinks = Math.max(1, Number.parseInt(route.params.get('min') ?? '', 10) || 10);
  const selected = route.params.get('agency');
  const [draft, setDraft] = useState<string | null>(null);
  const go = (change: Record<string, string | number | undefined>) => navigate(routeHash('network', { ...paramsOf(route), ...change }, lang));
  const load = useLoad(`network:${minLinks}`, async (progress) => {
    const result = await queryAll(AgencyNetwork, { minLinks }, (data) => data.agencyDependencies, (loaded, total) =>
      progress(`${formatNumber(lang, loaded)} / ${formatNumber(lang, total)}`),
    );
    return { value: result.nodes, errors: result.errors };
  });
  return (
    <section>
      <h2>{t(lang, 'network')}</h2>
      <form
        className="controls"
        onSubmit={(event) => {
          event.preventDefault();
          if (draft !== null) go({ min: Math.max(1, Number.parseInt(draft, 10) || 1) });
          setDraft(null);
        }}
      >
        <label>
          {t(lang, 'minLinks')} <input name="minLinks" type="number" min={1} value={draft ?? String(minLinks)} onChange={(event) => setDraft(event.target.value)} />
        </label>
        <button type="submit">{t(lang, 'apply')}</button>
      </form>
      <Loaded lang={lang} load={load}>
        {(dependencies) => <NetworkPicture lang={lang} dependencies={dependencies} selected={selected} select={(id) => go({ agency: id })} />}
      </Loaded>
      {selected ? <Impact lang={lang} id={selected} /> : <p className="muted">{t(lang, 'clickAgency')}</p>}
    </section>
  );
}

function NetworkPicture({ lang, dependencies, selected, select }: { lang: Lang; dependencies: Dependency[]; selected: string | null; select: (id: string) => void }) {
  const graph = useMemo(() => buildGraph(dependencies), [dependencies]);
  const labelled = new Set([...graph.nodes].sort((a, b) => b.degree - a.degree).slice(0, 12).map((node) => node.id));
  if (selected) labelled.add(selected);
  return (
    <figure className="network">
      <figcaption>
        {formatNumber(lang, graph.nodes.length)} {t(lang, 'agencies')} · {formatNumber(lang, graph.links.length)} {t(lang, 'edges')} ·{' '}
        <span className="legend electronic">━ {t(lang, 'legendElectronic')}</span> <span className="legend paper">━ {t(lang, 'legendPaper')}</span> ·{' '}
        {t(lang, 'legendWidth')}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t(lang, 'network')} data-testid="network-graph" direction="ltr">
        <defs>
          {['electronic', 'paper'].map((kind) => (
            <marker key={kind} id={`arrow-${kind}`} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" className={`arrow ${kind}`} />
            </marker>
          ))}
        </defs>
        <g className="edges">
          {graph.links.map((link) => {
            const source = link.source as LayoutNode;
            const target = link.target as LayoutNode;
            const dx = (target.x ?? 0) - (source.x ?? 0);
            const dy = (target.y ?? 0) - (source.y ?? 0);
            const length = Math.hypot(dx, dy) || 1;
            const kind = link.dependency.paperLinks > 0 ? 'paper' : 'electronic';
            return (
              <line
                key={`${source.id}-${target.id}`}
                className={`edge ${kind}`}
                data-links={link.links}
                x1={source.x}
                y1={source.y}
                x2={(target.x ?? 0) - (dx / length) * (target.radius + 2)}
                y2={(target.y ?? 0) - (dy / length) * (target.radius + 2)}
                strokeWidth={Math.min(8, 0.6 + Math.sqrt(link.links) * 0.5)}
                markerEnd={`url(#arrow-${kind})`}
              >
                <title>
                  {`${pick(lang, link.dependency.consumer.name)} → ${pick(lang, link.dependency.provider.name)}: ${formatNumber(lang, link.links)} (${t(lang, 'PAPER')} ${formatPercent(lang, link.dependency.paperLinks / link.links)})`}
                </title>
              </line>
            );
          })}
        </g>
        <g className="nodes">
          {graph.nodes.map((node) => (
            <g key={node.id} className={`node${node.id === selected ? ' selected' : ''}`} data-agency={node.agency.code} transform={`translate(${node.x},${node.y})`} onClick={() => select(node.id)}>
              <circle r={node.radius} />
              <title>{`${pick(lang, node.agency.name)} (${node.agency.code})`}</title>
              {labelled.has(node.id) ? (
                <text dy={-node.radius - 3} textAnchor="middle">
                  {pick(lang, node.agency.name)}
                </text>
              ) : null}
            </g>
          ))}
        </g>
      </svg>
    </figure>
  );
}
