// A plain table for paper: the header repeats on every page and no row is cut across pages (report.css).
import type { ReactNode } from 'react';

export interface Column {
  label: string;
  /** Right-aligned numbers. */
  numeric?: boolean;
  width?: string;
}

export function ReportTable({ caption, columns, rows, className }: { caption: string; columns: Column[]; rows: { key: string; cells: ReactNode[] }[]; className?: string }) {
  return (
    <table className={`report-table ${className ?? ''}`}>
      <caption className="report-sr">{caption}</caption>
      <colgroup>
        {columns.map((c) => (
          <col key={c.label} style={c.width ? { width: c.width } : undefined} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.label} scope="col" className={c.numeric ? 'num' : undefined}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            {r.cells.map((cell, i) => (
              <td key={columns[i]?.label ?? i} className={columns[i]?.numeric ? 'num' : undefined}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
