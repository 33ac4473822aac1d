import { searchKey } from '../../lib/persian';
import { badInput } from './errors';

const MAX_SEARCH = 200;
/** C0 controls other than tab and line breaks; PostgreSQL cannot even store U+0000 in text. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * A LIKE pattern over a `search_text` column (which holds searchKey of the names), or null
 * for no filter (no or blank search). A search of nothing but punctuation folds to an empty
 * key; it gets the pattern '' that matches no row (search_text is never empty) rather than
 * silently matching everything.
 */
export function searchPattern(text: string | null | undefined): string | null {
  if (text == null || text.trim() === '') return null;
  if (text.length > MAX_SEARCH) throw badInput(`\`search\` may be at most ${MAX_SEARCH} characters`, 'search');
  if (CONTROL.test(text)) throw badInput('`search` may not contain control characters', 'search');
  const key = searchKey(text);
  return key ? `%${key.replace(/[\\%_]/g, '\\$&')}%` : '';
}
