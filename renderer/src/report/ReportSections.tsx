// The report's tables: causes that keep coming back, lessons, compensation by kind, the month's incidents.
import { CHANNEL_LABELS, COMPENSATION_KIND_LABELS, LESSON_STATUS_LABELS, OUTCOME_LABELS } from '../../../shared/domain';
import type { LessonSummary } from '../../../shared/schemas/lesson';
import { DASH, pct } from '../patterns/figures';
import type { Edition, ReportData } from '../../../shared/report';
import { useMemo } from 'react';
import type { IncidentRow } from '../../../shared/schemas/incident';
import { type Column, ReportTable } from './ReportTable';
import type { ReportFormat } from './reportFormat';

export function CausesSection({ data, f }: { data: ReportData; f: ReportFormat }) {
  const causes = data.callouts.causes.filter((c) => c.recurring || c.rising);
  return (
    <section className="report-block" aria-label="Recurring and rising causes">
      <h2>Recurring and rising causes</h2>
      <p className="report-reading">
        Recurring: 3 or more incidents in the 30 days to {f.day(data.callouts.window.to)}. Rising: at least twice the 30 days before, and at least 3.
      </p>
      {causes.length === 0 ? (
        <p className="report-empty">No cause is recurring or rising.</p>
      ) : (
        <ReportTable
          caption="Recurring and rising causes"
          columns={[
            { label: 'Root cause', width: '26%' },
            { label: 'Group', width: '16%' },
            { label: 'Last 30 days', numeric: true, width: '9%' },
            { label: '30 days before', numeric: true, width: '9%' },
            { label: 'Flag', width: '12%' },
            { label: 'Lessons', width: '28%' },
          ]}
          rows={causes.map((c) => ({
            key: String(c.rootCauseId),
            cells: [
              c.name,
              c.group,
              f.count(c.last30),
              f.count(c.previous30),
              [c.rising ? 'Rising' : null, c.recurring ? 'Recurring' : null].filter(Boolean).join(', '),
              c.lessons.length === 0 ? 'None yet' : c.lessons.map((l) => `${l.title} (${LESSON_STATUS_LABELS[l.status as keyof typeof LESSON_STATUS_LABELS] ?? l.status})`).join('; '),
            ],
          }))}
        />
      )}
    </section>
  );
}

/** The external edition names no staff: the owner shows by role. */
function ownerWords(l: LessonSummary, data: ReportData, edition: Edition): string {
  if (l.ownerId === null) return 'No owner';
  const role = data.staff.find((s) => s.id === l.ownerId)?.role.trim();
  if (edition === 'external') return role || 'Team member';
  return role ? `${l.ownerName ?? DASH} (${role})` : (l.ownerName ?? DASH);
}

export function LessonsSection({ data, edition, f }: { data: ReportData; edition: Edition; f: ReportFormat }) {
  return (
    <section className="report-block" aria-label="Lessons">
      <h2>Lessons</h2>
      <h3>Done this month ({f.count(data.lessonsDone.length)})</h3>
      {data.lessonsDone.length === 0 ? (
        <p className="report-empty">No lesson was put into practice this month.</p>
      ) : (
        <ReportTable
          caption="Lessons done this month"
          columns={[
            { label: 'Lesson', width: '34%' },
            { label: 'The change', width: '30%' },
            { label: 'Root cause', width: '16%' },
            { label: 'Owner', width: '12%' },
            { label: 'Done', width: '8%' },
          ]}
          rows={data.lessonsDone.map((l) => ({
            key: String(l.id),
            cells: [l.title, f.short(l.change, 120) || DASH, l.rootCauseName ?? DASH, ownerWords(l, data, edition), l.doneAt ? f.day(l.doneAt) : DASH],
          }))}
        />
      )}
      <h3>Still open ({f.count(data.lessonsOpen.length)})</h3>
      {data.lessonsOpen.length === 0 ? (
        <p className="report-empty">No open lessons.</p>
      ) : (
        <ReportTable
          caption="Lessons still open"
          columns={[
            { label: 'Lesson', width: '38%' },
            { label: 'Root cause', width: '20%' },
            { label: 'Owner', width: '16%' },
            { label: 'Status', width: '12%' },
            { label: 'Due', width: '14%' },
          ]}
          rows={data.lessonsOpen.map((l) => ({
            key: String(l.id),
            cells: [
              l.title,
              l.rootCauseName ?? DASH,
              ownerWords(l, data, edition),
              LESSON_STATUS_LABELS[l.status],
              l.dueAt ? `${f.day(l.dueAt)}${l.overdue ? ' (overdue)' : ''}` : 'No due date',
            ],
          }))}
        />
      )}
    </section>
  );
}

export function CompensationSection({ data, f }: { data: ReportData; f: ReportFormat }) {
  const c = data.compensation;
  const byKind = [...c.byKind].filter((k) => k.count > 0).sort((a, b) => b.total - a.total);
  return (
    <section className="report-block report-keep" aria-label="Compensation by kind">
      <h2>Compensation by kind</h2>
      <p className="report-reading">
        {f.money(c.total)} in {f.count(c.count)} {c.count === 1 ? 'entry' : 'entries'} this month; {f.money(c.previous.total)} the month before.
      </p>
      {byKind.length === 0 ? (
        <p className="report-empty">Nothing was given this month.</p>
      ) : (
        <ReportTable
          caption="Compensation by kind"
          className="report-narrow"
          columns={[
            { label: 'Kind', width: '40%' },
            { label: 'Entries', numeric: true, width: '20%' },
            { label: 'Cost', numeric: true, width: '20%' },
            { label: 'Share', numeric: true, width: '20%' },
          ]}
          rows={byKind.map((k) => ({
            key: k.kind,
            cells: [COMPENSATION_KIND_LABELS[k.kind], f.count(k.count), f.money(k.total), pct(c.total > 0 ? k.total / c.total : null)],
          }))}
        />
      )}
    </section>
  );
}

// About one line of the incidents table each: a month of 3,000 fits in half the pages it takes wrapped.
const WHAT_CHARS = 60;
const WHAT_CHARS_INTERNAL = 46;
const CAUSE_CHARS = 28;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The rows as HTML text, every value escaped: a month can hold 3,000 incidents (25,000 cells) that
 * are drawn once and never change, so they need none of React's bookkeeping.
 */
function incidentRowsHtml(data: ReportData, edition: Edition, f: ReportFormat): string {
  const categories = new Map(data.categories.map((c) => [c.id, c.name]));
  const causes = new Map(data.rootCauses.map((c) => [c.id, c.name]));
  const staff = new Map(data.staff.map((s) => [s.id, s.name]));
  const internal = edition === 'internal';
  const td = (text: string, numeric = false) => `<td${numeric ? ' class="num"' : ''}>${escapeHtml(text)}</td>`;
  let html = '';
  // Oldest first reads like a diary of the month.
  for (let k = data.incidents.length - 1; k >= 0; k--) {
    const i = data.incidents[k] as IncidentRow;
    const note = internal && i.internalNote ? `<span class="report-note">Internal note: ${escapeHtml(f.short(i.internalNote, 200))}</span>` : '';
    html += `<tr>${td(f.day(i.occurredAt))}${td(CHANNEL_LABELS[i.channel])}${td((i.categoryId !== null && categories.get(i.categoryId)) || DASH)}<td>${escapeHtml(f.short(i.summary, internal ? WHAT_CHARS_INTERNAL : WHAT_CHARS))}${note}</td>${td(f.short((i.rootCauseId !== null && causes.get(i.rootCauseId)) || 'Not diagnosed', CAUSE_CHARS))}${td(i.compensationTotal ? f.money(i.compensationTotal) : DASH, true)}${td(i.outcome ? OUTCOME_LABELS[i.outcome] : DASH)}${internal ? td((i.handledById !== null && staff.get(i.handledById)) || DASH) : ''}</tr>`;
  }
  return html;
}

export function IncidentsSection({ data, edition, f }: { data: ReportData; edition: Edition; f: ReportFormat }) {
  const internal = edition === 'internal';
  const columns: Column[] = [
    { label: 'Date', width: '5.5%' },
    { label: 'Channel', width: '7.5%' },
    { label: 'Category', width: '11%' },
    { label: 'What happened', width: internal ? '33%' : '42%' },
    { label: 'Root cause', width: '20%' },
    { label: 'Comp.', numeric: true, width: '7%' },
    { label: 'Outcome', width: '7%' },
    ...(internal ? [{ label: 'Handled by', width: '9%' }] : []),
  ];
  const body = useMemo(() => incidentRowsHtml(data, edition, f), [data, edition, f]);
  return (
    <section className="report-block" aria-label="The month's incidents">
      <h2>The month’s incidents ({f.count(data.incidents.length)})</h2>
      {data.incidents.length === 0 ? (
        <p className="report-empty">No incidents this month.</p>
      ) : (
        <ReportTable caption="The month's incidents" columns={columns} bodyHtml={body} className="report-incidents" />
      )}
    </section>
  );
}
