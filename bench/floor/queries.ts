import { searchPattern } from '../../subgraphs/common/search';

/**
 * The floor: each benchmarked operation's answer computed by one hand-written SQL statement
 * that builds the response JSON in PostgreSQL — no GraphQL, no federation, no ORM.
 */
export interface FloorQuery {
  text: string;
  values(variables: Record<string, unknown>): unknown[];
  /** Set where no single statement computes the answer: why `text` is a lower bound instead, whose answer differs. */
  lowerBound?: string;
}

const localized = (alias: string) => `json_build_object('fa', ${alias}.name_fa, 'en', ${alias}.name_en)`;
/** part / whole as the API computes a share: 0 when there is nothing to share. */
const share = (part: string, whole: string) => `CASE WHEN ${whole} = 0 THEN 0 ELSE ${part}::float8 / ${whole} END`;
const projectJson = (alias: string, name = localized(alias)) =>
  `json_build_object('number', ${alias}.number, 'name', CASE WHEN ${alias}.name_fa IS NULL THEN NULL ELSE ${name} END)`;

export const FLOOR_QUERIES: Record<string, FloorQuery> = {
  'policy-heavy-services': {
    text: `
      WITH page AS (
        SELECT service_id, inquiry_count FROM inquiries.service_summary
        WHERE inquiry_count > $1 ORDER BY inquiry_count DESC, service_id LIMIT $2 + 1
      )
      SELECT json_build_object('servicesByInquiryCount', json_build_object(
        'totalCount', (SELECT count(*) FROM inquiries.service_summary WHERE inquiry_count > $1),
        'edges', coalesce((
          SELECT json_agg(json_build_object('node', json_build_object(
            'id', s.id::text, 'name', ${localized('s')},
            'agency', json_build_object('name', ${localized('a')}),
            'inquiryCount', p.inquiry_count,
            'project', CASE WHEN pr.id IS NULL THEN NULL ELSE ${projectJson('pr')} END
          )) ORDER BY p.inquiry_count DESC, p.service_id)
          FROM (SELECT * FROM page ORDER BY inquiry_count DESC, service_id LIMIT $2) p
          JOIN catalogue.service s ON s.id = p.service_id
          JOIN catalogue.agency a ON a.id = s.agency_id
          LEFT JOIN projects.project_service ps ON ps.service_id = s.id
          LEFT JOIN projects.project pr ON pr.id = ps.project_id), '[]'::json),
        'pageInfo', json_build_object('hasNextPage', (SELECT count(*) > $2 FROM page))
      ))::text AS body`,
    values: (variables) => [variables.moreThan, variables.first],
  },

  'analyst-service-inquiries': {
    text: `
      SELECT json_build_object('service', (
        SELECT json_build_object(
          'id', s.id::text, 'name', ${localized('s')},
          'inquiryCount', coalesce(ss.inquiry_count, 0),
          'inquiries', coalesce((
            SELECT json_agg(json_build_object('id', i.id::text, 'name', json_build_object('fa', i.name_fa), 'channel', i.channel,
                                              'provider', json_build_object('name', json_build_object('fa', pa.name_fa))) ORDER BY i.id)
            FROM inquiries.service_link l JOIN inquiries.inquiry i ON i.id = l.inquiry_id
            JOIN catalogue.agency pa ON pa.id = i.provider_agency_id
            WHERE l.service_id = s.id), '[]'::json),
          'providerAgencies', coalesce((
            SELECT json_agg(json_build_object('id', a.id::text, 'name', json_build_object('fa', a.name_fa)) ORDER BY a.id)
            FROM catalogue.agency a
            WHERE a.id IN (SELECT i.provider_agency_id FROM inquiries.service_link l JOIN inquiries.inquiry i ON i.id = l.inquiry_id
                           WHERE l.service_id = s.id)), '[]'::json),
          'project', (SELECT ${projectJson('pr', "json_build_object('fa', pr.name_fa)")} FROM projects.project_service ps JOIN projects.project pr ON pr.id = ps.project_id
                      WHERE ps.service_id = s.id))
        FROM catalogue.service s LEFT JOIN inquiries.service_summary ss ON ss.service_id = s.id
        WHERE s.id = $1))::text AS body`,
    values: (variables) => [Number(variables.id)],
  },

  'analyst-agency-dependents': {
    text: `
      SELECT json_build_object('agency', (
        SELECT json_build_object(
          'id', a.id::text, 'name', ${localized('a')},
          'dependentServices', json_build_object(
            'totalCount', (SELECT count(*) FROM inquiries.provider_service WHERE provider_agency_id = a.id),
            'edges', coalesce((
              SELECT json_agg(json_build_object('node', json_build_object('id', s.id::text, 'name', ${localized('s')})) ORDER BY s.id)
              FROM (SELECT service_id FROM inquiries.provider_service WHERE provider_agency_id = a.id ORDER BY service_id LIMIT $2) p
              JOIN catalogue.service s ON s.id = p.service_id), '[]'::json)))
        FROM catalogue.agency a WHERE a.id = $1))::text AS body`,
    values: (variables) => [Number(variables.id), variables.first],
  },

  'frontend-search': {
    text: `
      WITH page AS (SELECT id, name_fa, name_en, agency_id FROM catalogue.service WHERE search_text LIKE $1 ORDER BY id LIMIT $2 + 1)
      SELECT json_build_object('services', json_build_object(
        'totalCount', (SELECT count(*) FROM catalogue.service WHERE search_text LIKE $1),
        'edges', coalesce((
          SELECT json_agg(json_build_object('node', json_build_object(
            'id', s.id::text, 'name', ${localized('s')},
            'agency', json_build_object('name', json_build_object('fa', a.name_fa)),
            'inquiryCount', coalesce(ss.inquiry_count, 0))) ORDER BY s.id)
          FROM (SELECT * FROM page ORDER BY id LIMIT $2) s
          JOIN catalogue.agency a ON a.id = s.agency_id
          LEFT JOIN inquiries.service_summary ss ON ss.service_id = s.id), '[]'::json),
        'pageInfo', json_build_object('hasNextPage', (SELECT count(*) > $2 FROM page))
      ))::text AS body`,
    values: (variables) => [searchPattern(String(variables.search)) ?? '%', variables.first],
  },

  'projects-overview': {
    text: `
      SELECT json_build_object('projects', json_agg(json_build_object(
        'number', p.number,
        'name', CASE WHEN p.name_fa IS NULL THEN NULL ELSE ${localized('p')} END,
        'leadAgency', json_build_object('name', json_build_object('fa', la.name_fa)),
        'services', coalesce((
          SELECT json_agg(json_build_object('id', s.id::text, 'name', json_build_object('fa', s.name_fa),
                                            'inquiryCount', coalesce(ss.inquiry_count, 0)) ORDER BY s.id)
          FROM projects.project_service ps JOIN catalogue.service s ON s.id = ps.service_id
          LEFT JOIN inquiries.service_summary ss ON ss.service_id = s.id
          WHERE ps.project_id = p.id), '[]'::json)
      ) ORDER BY p.number))::text AS body
      FROM projects.project p JOIN catalogue.agency la ON la.id = p.lead_agency_id`,
    values: () => [],
  },

  // The dependency analysis. Like the API, the floor reads the materialised views the API reads
  // (agency_dependency, consumer_paper, paper_service, and provider_reach, where the upward
  // recursion behind impact and critical providers is precomputed), and walks the chains down
  // from each service with its own recursive CTE, where the API computes them per request.

  'agency-dependencies': {
    text: `
      WITH page AS (
        SELECT * FROM inquiries.agency_dependency WHERE links >= $1
        ORDER BY links DESC, consumer_agency_id, provider_agency_id LIMIT $2 + 1
      )
      SELECT json_build_object('agencyDependencies', json_build_object(
        'totalCount', (SELECT count(*) FROM inquiries.agency_dependency WHERE links >= $1),
        'edges', coalesce((
          SELECT json_agg(json_build_object('node', json_build_object(
            'consumer', json_build_object('id', c.id::text, 'name', json_build_object('fa', c.name_fa)),
            'provider', json_build_object('id', p.id::text, 'name', json_build_object('fa', p.name_fa)),
            'links', d.links, 'paperLinks', d.paper_links, 'paperShare', ${share('d.paper_links', 'd.links')}, 'services', d.services
          )) ORDER BY d.links DESC, d.consumer_agency_id, d.provider_agency_id)
          FROM (SELECT * FROM page ORDER BY links DESC, consumer_agency_id, provider_agency_id LIMIT $2) d
          JOIN catalogue.agency c ON c.id = d.consumer_agency_id
          JOIN catalogue.agency p ON p.id = d.provider_agency_id), '[]'::json),
        'pageInfo', json_build_object('hasNextPage', (SELECT count(*) > $2 FROM page))
      ))::text AS body`,
    values: (variables) => [variables.minLinks ?? 1, variables.first ?? 100],
  },

  'paper-inquiry-report': {
    text: `
      WITH page AS (SELECT * FROM inquiries.consumer_paper ORDER BY paper_links DESC, consumer_agency_id LIMIT $1 + 1),
           totals AS (SELECT count(*) AS agencies, coalesce(sum(links), 0) AS links, coalesce(sum(paper_links), 0) AS paper_links FROM inquiries.consumer_paper)
      SELECT json_build_object('paperInquiryReport', json_build_object(
        'totalCount', t.agencies, 'links', t.links, 'paperLinks', t.paper_links, 'paperShare', ${share('t.paper_links', 't.links')},
        'edges', coalesce((
          SELECT json_agg(json_build_object('node', json_build_object(
            'agency', json_build_object('id', a.id::text, 'name', json_build_object('fa', a.name_fa)),
            'links', cp.links, 'paperLinks', cp.paper_links, 'paperShare', ${share('cp.paper_links', 'cp.links')},
            'paperServiceCount', cp.paper_services,
            'paperServices', json_build_object(
              'totalCount', (SELECT count(*) FROM inquiries.paper_service x WHERE x.consumer_agency_id = cp.consumer_agency_id),
              'edges', coalesce((
                SELECT json_agg(json_build_object('node', json_build_object(
                  'id', s.id::text, 'name', json_build_object('fa', s.name_fa),
                  'paperInquiries', coalesce((
                    SELECT json_agg(json_build_object('code', i.code, 'name', json_build_object('fa', i.name_fa)) ORDER BY i.id)
                    FROM inquiries.service_link l JOIN inquiries.inquiry i ON i.id = l.inquiry_id
                    WHERE l.service_id = s.id AND i.channel = 'PAPER'), '[]'::json)
                )) ORDER BY s.id)
                FROM (SELECT service_id FROM inquiries.paper_service WHERE consumer_agency_id = cp.consumer_agency_id ORDER BY service_id LIMIT 10) x
                JOIN catalogue.service s ON s.id = x.service_id), '[]'::json))
          )) ORDER BY cp.paper_links DESC, cp.consumer_agency_id)
          FROM (SELECT * FROM page ORDER BY paper_links DESC, consumer_agency_id LIMIT $1) cp
          JOIN catalogue.agency a ON a.id = cp.consumer_agency_id), '[]'::json),
        'pageInfo', json_build_object('hasNextPage', (SELECT count(*) > $1 FROM page))
      ))::text AS body
      FROM totals t`,
    values: (variables) => [variables.first ?? 100],
  },

  'digitisation-plan': {
    lowerBound:
      'a greedy plan is not one SQL statement; any answer must at least read every requirement on a paper inquiry, ' +
      'the services\' inquiry counts and the agencies\' links, which this does (without building the plan or sending the rows)',
    text: `
      SELECT json_build_object('digitisationPlan', json_build_object(
        'paperRequirements', (SELECT count(*) FROM inquiries.requirement r JOIN inquiries.inquiry i ON i.id = r.inquiry_id WHERE i.channel = 'PAPER'),
        'services', (SELECT count(*) FILTER (WHERE inquiry_count > 0) FROM inquiries.service_summary WHERE paper_inquiry_count > 0),
        'links', (SELECT sum(links) FROM inquiries.consumer_paper)
      ))::text AS body`,
    values: () => [],
  },

  'inquiry-changes': {
    lowerBound:
      'the feed lists only changes older than every transaction in flight (pg_snapshot_xmin), which one statement cannot ' +
      'also page by; this reads the same page of changes with their inquiries and providers and counts the rest, without that bound',
    text: `
      WITH matched AS (SELECT * FROM inquiries.change c WHERE c.at > $1::timestamptz),
           page AS (SELECT * FROM matched ORDER BY txid, id LIMIT $2 + 1)
      SELECT json_build_object('inquiryChanges', json_build_object(
        'totalCount', (SELECT count(*) FROM matched),
        'edges', coalesce((
          SELECT json_agg(json_build_object('node', json_build_object(
            'id', p.id::text, 'at', p.at, 'action', p.action, 'generated', p.generated, 'before', p.before, 'after', p.after,
            'inquiry', json_build_object('id', i.id::text, 'code', i.code, 'channel', i.channel,
              'provider', json_build_object('id', a.id::text, 'name', json_build_object('fa', a.name_fa)))
          )) ORDER BY p.txid, p.id)
          FROM (SELECT * FROM page ORDER BY txid, id LIMIT $2) p
          JOIN inquiries.inquiry i ON i.id = p.inquiry_id
          JOIN catalogue.agency a ON a.id = i.provider_agency_id), '[]'::json),
        'pageInfo', json_build_object('hasNextPage', (SELECT count(*) > $2 FROM page))
      ))::text AS body`,
    values: (variables) => [variables.since, variables.first],
  },

  'critical-providers': {
    text: `
      SELECT json_build_object('criticalProviders', coalesce(json_agg(json_build_object(
        'agency', json_build_object('id', a.id::text, 'name', ${localized('a')}),
        'directServices', r.direct, 'transitiveServices', r.total
      ) ORDER BY r.total DESC, r.direct DESC, r.provider_agency_id), '[]'::json))::text AS body
      FROM (
        SELECT provider_agency_id, count(*) FILTER (WHERE depth = 1) AS direct, count(*) AS total
        FROM inquiries.provider_reach WHERE depth <= $2 GROUP BY provider_agency_id
        ORDER BY total DESC, direct DESC, provider_agency_id LIMIT $1
      ) r JOIN catalogue.agency a ON a.id = r.provider_agency_id`,
    values: (variables) => [variables.first ?? 10, variables.maxDepth ?? 5],
  },

  // Every inquiry reachable from each service of the page: down its links, then through the
  // service answering each inquiry; a step whose answering service is already on the path
  // (the root included) closes a cycle and is not followed. Each inquiry once per service, at
  // its shallowest depth (ties: the smallest path).
  'dependency-chains': {
    text: `
      WITH RECURSIVE root AS (
        SELECT service_id, inquiry_count FROM inquiries.service_summary
        WHERE inquiry_count > $1 ORDER BY inquiry_count DESC, service_id LIMIT $2
      ),
      walk (root, depth, inquiry_id, next_service, path, seen, cycle) AS (
        SELECT r.service_id, 1, i.id, i.answered_by_service_id, ARRAY[i.id], ARRAY[r.service_id],
               i.answered_by_service_id IS NOT DISTINCT FROM r.service_id
        FROM root r CROSS JOIN LATERAL (
          SELECT i.id, i.answered_by_service_id FROM inquiries.service_link l JOIN inquiries.inquiry i ON i.id = l.inquiry_id
          WHERE l.service_id = r.service_id OFFSET 0
        ) i
        UNION ALL
        SELECT w.root, w.depth + 1, i.id, i.answered_by_service_id, w.path || i.id, w.seen || w.next_service,
               coalesce(i.answered_by_service_id = ANY(w.seen || w.next_service), false)
        FROM walk w CROSS JOIN LATERAL (
          SELECT i.id, i.answered_by_service_id FROM inquiries.service_link l JOIN inquiries.inquiry i ON i.id = l.inquiry_id
          WHERE l.service_id = w.next_service
          OFFSET 0 -- a fence, here and above: each step an index look-up, whatever the planner guesses of the walk's size
        ) i
        WHERE w.depth < $3 AND NOT w.cycle AND w.next_service IS NOT NULL
      ),
      step AS (
        SELECT DISTINCT ON (root, inquiry_id) root, depth, inquiry_id, path, cycle FROM walk ORDER BY root, inquiry_id, depth, path
      ),
      chain AS (
        SELECT st.root, count(*) AS steps, json_agg(json_build_object(
          'depth', st.depth, 'path', st.path::text[], 'cycle', st.cycle,
          'inquiry', json_build_object('code', i.code), 'provider', json_build_object('id', i.provider_agency_id::text)
        ) ORDER BY st.depth, st.path) AS steps_json
        FROM step st JOIN inquiries.inquiry i ON i.id = st.inquiry_id GROUP BY st.root
      )
      SELECT json_build_object('servicesByInquiryCount', json_build_object('edges', coalesce(json_agg(
        json_build_object('node', json_build_object(
          'id', r.service_id::text, 'inquiryCount', r.inquiry_count,
          'transitiveInquiryCount', coalesce(c.steps, 0), 'dependencyChain', coalesce(c.steps_json, '[]'::json)))
        ORDER BY r.inquiry_count DESC, r.service_id), '[]'::json)))::text AS body
      FROM root r LEFT JOIN chain c ON c.root = r.service_id`,
    values: (variables) => [variables.moreThan ?? 20, variables.first ?? 50, variables.maxDepth ?? 5],
  },

  'analyst-find-services': {
    text: `
      WITH matched AS (
        SELECT s.service_id, s.inquiry_count, s.paper_inquiry_count,
               CASE $5 WHEN 'INQUIRY_COUNT_DESC' THEN -s.inquiry_count WHEN 'INQUIRY_COUNT_ASC' THEN s.inquiry_count
                       WHEN 'PAPER_INQUIRY_COUNT_DESC' THEN -s.paper_inquiry_count WHEN 'NAME' THEN n.name_rank
                       ELSE s.paper_inquiry_count END AS sort_key
        FROM inquiries.service_summary s LEFT JOIN inquiries.service_name n ON n.service_id = s.service_id
        WHERE ($1::text IS NULL OR ($1 = 'PAPER' AND s.paper_inquiry_count > 0)
               OR ($1 <> 'PAPER' AND s.service_id IN (SELECT l.service_id FROM inquiries.service_link l JOIN inquiries.inquiry i ON i.id = l.inquiry_id WHERE i.channel = $1)))
          AND ($2::int IS NULL OR s.service_id IN (SELECT p.service_id FROM inquiries.provider_service p WHERE p.provider_agency_id = $2))
          AND ($3::int IS NULL OR s.inquiry_count >= $3) AND ($4::int IS NULL OR s.inquiry_count <= $4)
      ), page AS (SELECT * FROM matched ORDER BY sort_key, service_id LIMIT $6 + 1)
      SELECT json_build_object('findServices', json_build_object(
        'totalCount', (SELECT count(*) FROM matched),
        'edges', coalesce((
          SELECT json_agg(json_build_object('node', json_build_object(
            'id', s.id::text, 'name', ${localized('s')},
            'inquiryCount', p.inquiry_count, 'paperInquiryCount', p.paper_inquiry_count,
            'agency', json_build_object('name', json_build_object('fa', a.name_fa)),
            'project', CASE WHEN pr.id IS NULL THEN NULL ELSE json_build_object('number', pr.number) END
          )) ORDER BY p.sort_key, p.service_id)
          FROM (SELECT * FROM page ORDER BY sort_key, service_id LIMIT $6) p
          JOIN catalogue.service s ON s.id = p.service_id
          JOIN catalogue.agency a ON a.id = s.agency_id
          LEFT JOIN projects.project_service ps ON ps.service_id = s.id
          LEFT JOIN projects.project pr ON pr.id = ps.project_id), '[]'::json),
        'pageInfo', json_build_object('hasNextPage', (SELECT count(*) > $6 FROM page))
      ))::text AS body`,
    values: (variables) => [
      variables.channel ?? null,
      variables.providerId == null ? null : Number(variables.providerId),
      variables.min ?? null,
      variables.max ?? null,
      variables.orderBy ?? 'INQUIRY_COUNT_DESC',
      variables.first,
    ],
  },

  'agency-impact': {
    text: `
      SELECT json_build_object('agency', (
        SELECT json_build_object(
          'name', json_build_object('fa', a.name_fa),
          'impact', json_build_object(
            'directServices', n.direct, 'transitiveServices', n.total,
            'services', json_build_object(
              'totalCount', n.total,
              'edges', coalesce((
                SELECT json_agg(json_build_object('depth', r.depth, 'node', json_build_object(
                  'id', s.id::text, 'name', json_build_object('fa', s.name_fa),
                  'agency', json_build_object('name', json_build_object('fa', sa.name_fa)))) ORDER BY r.depth, r.service_id)
                FROM (SELECT depth, service_id FROM inquiries.provider_reach WHERE provider_agency_id = a.id AND depth <= $2
                      ORDER BY depth, service_id LIMIT $3) r
                JOIN catalogue.service s ON s.id = r.service_id JOIN catalogue.agency sa ON sa.id = s.agency_id), '[]'::json),
              'pageInfo', json_build_object('hasNextPage', n.total > $3)),
            'projects', coalesce((
              SELECT json_agg(${projectJson('pr', "json_build_object('fa', pr.name_fa)")} ORDER BY pr.number)
              FROM projects.project pr
              WHERE pr.id IN (SELECT ps.project_id FROM inquiries.provider_reach r JOIN projects.project_service ps ON ps.service_id = r.service_id
                              WHERE r.provider_agency_id = a.id AND r.depth <= $2)), '[]'::json)))
        FROM catalogue.agency a CROSS JOIN LATERAL (
          SELECT count(*) FILTER (WHERE depth = 1) AS direct, count(*) AS total
          FROM inquiries.provider_reach WHERE provider_agency_id = a.id AND depth <= $2) n
        WHERE a.id = $1))::text AS body`,
    values: (variables) => [Number(variables.agency), variables.maxDepth ?? 5, variables.first ?? 100],
  },
};

