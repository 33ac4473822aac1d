import { useMemo, useState } from 'react';
import { query, queryAll } from '../client';
import { graphql } from '../gql';
import type { AgencyNetworkQuery } from '../gql/graphql';
import { digits, formatNumber, formatPercent, parseWholeNumber, pick, t, type Lang } from '../i18n';
import { paramsOf, routeHash, type Route } from '../route';
import { Loaded } from '../status';
import { useLoad } from '../use-load';
import { NetworkDownloads } from './network-downloads';
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
const WIDTH = 1000;
const HEIGHT = 620;
/** 10 links and more: about 160 edges, a picture one can read (1 gives over 4,000). */
const DEFAULT_MIN_LINKS = 10;

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
  const minLinks = Math.max(1, parseWholeNumber(route.params.get('min') ?? '') ?? DEFAULT_MIN_LINKS);
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
          if (draft !== null) go({ min: Math.max(1, parseWholeNumber(draft) ?? minLinks) });
          setDraft(null);
        }}
      >
        <label>
          {t(lang, 'minLinks')} <input name="minLinks" inputMode="numeric" dir="ltr" value={draft ?? digits(lang, String(minLinks))} onChange={(event) => setDraft(event.target.value)} />
        </label>
        <button type="submit">{t(lang, 'apply')}</button>
      </form>
      <Loaded lang={lang} load={load}>
        {(dependencies) => (
          <>
            <NetworkDownloads lang={lang} dependencies={dependencies} minLinks={minLinks} />
            <NetworkPicture lang={lang} dependencies={dependencies} selected={selected} select={(id) => go({ agency: id })} />
          </>
        )}
      </Loaded>
      {selected ? <Impact lang={lang} id={selected} /> : <p className="muted">{t(lang, 'clickAgency')}</p>}
    </section>
  );
}

/** Line width grows with the square root of the links, so heavy edges stand out without hiding the rest. */
function linkWidth(links: number): number {
  return Math.min(9, 0.5 + Math.sqrt(links) * 0.6);
}

function NetworkPicture({ lang, dependencies, selected, select }: { lang: Lang; dependencies: Dependency[]; selected: string | null; select: (id: string) => void }) {
  const graph = useMemo(() => buildGraph(dependencies), [dependencies]);
  const labelled = new Set([...graph.nodes].sort((a, b) => b.degree - a.degree).slice(0, 10).map((node) => node.id));
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
          <marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" markerUnits="userSpaceOnUse" orient="auto">
            <path d="M 0 0 L 10 5 L 0 10 z" className="arrow" />
          </marker>
        </defs>
        <g className="edges">
          {graph.links.map((link) => {
            const source = link.source as LayoutNode;
            const target = link.target as LayoutNode;
            const dx = (target.x ?? 0) - (source.x ?? 0);
            const dy = (target.y ?? 0) - (source.y ?? 0);
            const length = Math.hypot(dx, dy) || 1;
            const { links, paperLinks } = link.dependency;
            const end = { x2: (target.x ?? 0) - (dx / length) * (target.radius + 1), y2: (target.y ?? 0) - (dy / length) * (target.radius + 1) };
            return (
              <g key={`${source.id}-${target.id}`} className="edge" data-links={links} data-paper-links={paperLinks}>
                <title>
                  {`${pick(lang, link.dependency.consumer.name)} → ${pick(lang, link.dependency.provider.name)}: ${formatNumber(lang, links)}, ${t(lang, 'PAPER')} ${formatNumber(lang, paperLinks)} (${formatPercent(lang, paperLinks / links)})`}
                </title>
                <line className="links" x1={source.x} y1={source.y} {...end} strokeWidth={linkWidth(links)} markerEnd="url(#arrow)" />
                {paperLinks > 0 ? <line className="paper" x1={source.x} y1={source.y} {...end} strokeWidth={linkWidth(paperLinks)} /> : null}
              </g>
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
