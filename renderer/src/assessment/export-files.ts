import writeExcelFile from 'write-excel-file/universal';
import { toCsv, type ExportTable } from '../../../shared/assessment/export';

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  URL.revokeObjectURL(url);
}

export function downloadCsv(table: ExportTable, fileName: string): void {
  download(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }), `${fileName}.csv`);
}

/** XLSX through write-excel-file: the period and rule lines first, then the header row in bold. */
export async function downloadXlsx(table: ExportTable, fileName: string): Promise<void> {
  const cell = (value: string | number) => ({ value });
  const data = [
    ...table.preamble.map((row) => row.map(cell)),
    [],
    table.header.map((h) => ({ value: h, fontWeight: 'bold' as const })),
    ...table.rows.map((row) => row.map(cell)),
  ];
  download(await writeExcelFile(data).toBlob(), `${fileName}.xlsx`);
}
