import Papa from 'papaparse';
import { downloadText } from './download';

/** UTF-8 byte order mark: Excel reads the file as UTF-8 (and shows Persian) only with it. */
const BOM = '\uFEFF';

/** A CSV of `rows` under `header`, with the BOM, saved by the browser as `filename`. */
export function downloadCsv(filename: string, header: string[], rows: (string | number)[][]): void {
  downloadText(filename, BOM + Papa.unparse({ fields: header, data: rows }, { newline: '\r\n' }), 'text/csv;charset=utf-8');
}
