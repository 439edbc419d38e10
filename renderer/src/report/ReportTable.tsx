// A plain table for paper: the header repeats on every page and no row is cut across pages (report.css).
import type { ReactNode } from 'react';

export interface Column {
  label: string;
  /** Right-aligned numbers. */
  numeric?: boolean;
  width?: string;
}

type Body =
  | { rows: { key: string; cells: ReactNode[] }[]; bodyHtml?: never }
  /** Thousands of rows, already escaped (see incidentRowsHtml): React need not build each cell. */
  | { rows?: never; bodyHtml: string };

export function ReportTable({ caption, columns, rows, bodyHtml, className }: { caption: string; columns: Column[]; className?: string } & Body) {
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
      {bodyHtml !== undefined ? (
        <tbody dangerouslySetInnerHTML={{ __html: bodyHtml }} />
      ) : (
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
      )}
    </table>
  );
}
