/** The generated rows' small text forms: an English article, a row code, an ISO timestamp. */

export const article = (text: string) => (/^([aeio]|NGO|u(?!ni))/i.test(text) ? 'an' : 'a');

export const code = (prefix: string, id: number, width: number) => `${prefix}-${String(id).padStart(width, '0')}`;

export const timestamp = (year: number, month: number, day: number, hour: number, minute: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`;
