import { searchPattern } from '../../subgraphs/common/search';

/**
 * The floor: each benchmarked operation's answer computed by one hand-written SQL statement
 * that builds the response JSON in PostgreSQL — no GraphQL, no federation, no ORM.
 */
export interface FloorQuery {
  text: string;
  values(variables: Record<string, unknown>): unknown[];
}

const localized = (alias: string) => `json_build_object('fa', ${alias}.name_fa, 'en', ${alias}.name_en)`;
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
};
