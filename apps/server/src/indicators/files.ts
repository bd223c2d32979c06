import type { ExportFormat } from '@territoires/contracts';
import ExcelJS from 'exceljs';

/** A table of a file: a CSV section or an XLSX sheet. */
export interface Sheet {
  name: string;
  columns: string[];
  rows: (string | number | null)[][];
}

export interface FileOut {
  data: Buffer;
  mimeType: string;
  name: string;
}

/** A spreadsheet must never run a cell: text starting like a formula is quoted (CSV injection). */
const safe = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

const csvCell = (value: string | number | null): string => {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : safe(value);
  return /[",\n\r;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** CSV (RFC 4180, UTF-8 with a BOM so that spreadsheets read the accents): the sheets one after another, each with a "sheet" column. */
export function toCsv(sheets: readonly Sheet[]): Buffer {
  const lines: string[] = [];
  const columns = [...new Set(sheets.flatMap((s) => s.columns))];
  lines.push(['sheet', ...columns].map(csvCell).join(','));
  for (const sheet of sheets)
    for (const row of sheet.rows) {
      const byColumn = new Map(sheet.columns.map((c, i) => [c, row[i] ?? null]));
      lines.push(
        [sheet.name, ...columns.map((c) => byColumn.get(c) ?? null)].map(csvCell).join(','),
      );
    }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** XLSX (exceljs): one sheet per table, a header row, numbers as numbers. */
export async function toXlsx(sheets: readonly Sheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Territoires Partagés';
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name.slice(0, 31));
    ws.addRow(sheet.columns);
    ws.getRow(1).font = { bold: true };
    for (const row of sheet.rows) ws.addRow(row.map((v) => (typeof v === 'string' ? safe(v) : v)));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const MIME_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export async function fileOf(
  sheets: readonly Sheet[],
  format: ExportFormat,
  baseName: string,
): Promise<FileOut> {
  const data = format === 'csv' ? toCsv(sheets) : await toXlsx(sheets);
  return { data, mimeType: MIME_TYPES[format], name: `${baseName}.${format}` };
}
