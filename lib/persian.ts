/**
 * Persian text as it arrives: Arabic ي/ك for Persian ی/ک, missing or extra zero-width
 * non-joiners, Persian or Arabic-Indic digits. `searchKey` folds all of these (and case,
 * and all spacing) so that every spelling of one name gives one key; search and unique
 * keys compare keys, never raw text.
 */

const LETTER_FOLDS: Record<string, string> = {
  'ي': 'ی', // Arabic yeh
  'ى': 'ی', // Arabic alef maksura
  'ئ': 'ی',
  'ك': 'ک', // Arabic kaf
  'ة': 'ه',
  'ۀ': 'ه',
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ؤ': 'و',
};

const PERSIAN_ZERO = 0x06f0;
const ARABIC_INDIC_ZERO = 0x0660;

/** Zero-width non-joiner, joiner, tatweel, Arabic diacritics, whitespace and punctuation. */
const IGNORED = /[\u200c\u200d\u200e\u200f\u0640\u064b-\u065f\u0670\s\-_.,،؛;:!?؟'"«»()[\]{}/\\]+/gu;

export function searchKey(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0)!;
    if (code >= PERSIAN_ZERO && code <= PERSIAN_ZERO + 9) out += String(code - PERSIAN_ZERO);
    else if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9) out += String(code - ARABIC_INDIC_ZERO);
    else out += LETTER_FOLDS[ch] ?? ch;
  }
  return out.replace(IGNORED, '').toLowerCase();
}
