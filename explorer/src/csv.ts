import Papa from 'papaparse';

/** UTF-8 byte order mark: Excel reads the file as UTF-8 (and shows Persian) only with it. */
const BOM = '\uFEFF';

/** A CSV of `rows` under `header`, with the BOM, saved by the browser as `filename`. */
export function downloadCsv(filename: string, header: string[], rows: (string | number)[][]): void {
  const text = BOM + Papa.unparse({ fields: header, data: rows }, { newline: '\r\n' });
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
