import { searchKey } from '../lib/persian';

/**
 * Names unique by `searchKey`, the Persian folding that the database's unique keys use.
 * The key of a name is the concatenation of its space-separated words' keys (spaces fold
 * away), so each distinct word is folded once: millions of candidate names stay cheap.
 */
export class UniqueNames {
  private readonly keys = new Set<string>();
  private readonly words = new Map<string, string>();

  /** Adds the name when its key is free; false when taken. */
  claim(nameFa: string): boolean {
    let key = '';
    for (const word of nameFa.split(' ')) {
      let folded = this.words.get(word);
      if (folded === undefined) {
        folded = searchKey(word);
        this.words.set(word, folded);
      }
      key += folded;
    }
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    return true;
  }
}
