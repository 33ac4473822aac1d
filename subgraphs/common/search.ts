import { searchKey } from '../../lib/persian';
import { badInput } from './errors';

const MAX_SEARCH = 200;

/**
 * A LIKE pattern over a `search_text` column (which holds searchKey of the names), or null
 * for no filter (no or blank search). A search of nothing but punctuation folds to an empty
 * key; it gets the pattern '' that matches no row (search_text is never empty) rather than
 * silently matching everything.
 */
export function searchPattern(text: string | null | undefined): string | null {
  if (text == null || text.trim() === '') return null;
  if (text.length > MAX_SEARCH) throw badInput(`\`search\` may be at most ${MAX_SEARCH} characters`, 'search');
  const key = searchKey(text);
  return key ? `%${key.replace(/[\\%_]/g, '\\$&')}%` : '';
}
