import { Client } from 'pg';
import { searchKey } from '../lib/persian';

/** What the operations draw their variables from: real ids and words of the loaded data set. */
export interface Pools {
  serviceIds: number[];
  /** Agencies that answer at least one inquiry (others have no dependants). */
  providerIds: number[];
  /** Words of service names, as users type them. */
  searchTerms: string[];
}

const SAMPLE = 2_000;

export async function loadPools(databaseUrl: string): Promise<Pools> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const services = await client.query<{ id: number; name_fa: string }>(
      'SELECT id, name_fa FROM catalogue.service ORDER BY md5(id::text) LIMIT $1',
      [SAMPLE],
    );
    const providers = await client.query<{ id: number }>('SELECT DISTINCT provider_agency_id AS id FROM inquiries.inquiry');
    const words = new Set<string>();
    for (const { name_fa } of services.rows) {
      for (const word of name_fa.split(/\s+/)) if (searchKey(word).length >= 3) words.add(word);
    }
    return {
      serviceIds: services.rows.map((row) => row.id),
      providerIds: providers.rows.map((row) => row.id),
      searchTerms: [...words],
    };
  } finally {
    await client.end();
  }
}
