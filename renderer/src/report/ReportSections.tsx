// The report's tables: causes that keep coming back, lessons, compensation by kind, the month's incidents.
import { CHANNELS, LESSON_STATUSES, type LessonStatus, OUTCOMES } from '../../../shared/domain';
import type { LessonSummary } from '../../../shared/schemas/lesson';
import { DASH, pct } from '../patterns/figures';
import type { Translate } from '../patterns/readings';
import type { Edition, ReportData } from '../../../shared/report';
import type { IncidentRow } from '../../../shared/schemas/incident';
import { type Labels, useLabels } from '../lib/useLabels';
import { useT } from '../lib/useT';
import { type Column, ReportTable } from './ReportTable';
import type { ReportFormat } from './reportFormat';

const isLessonStatus = (s: string): s is LessonStatus => (LESSON_STATUSES as readonly string[]).includes(s);

export function CausesSection({ data, f }: { data: ReportData; f: ReportFormat }) {
  const t = useT();
  const labels = useLabels();
  const causes = data.callouts.causes.filter((c) => c.recurring || c.rising);
  return (
    <section className="report-block" aria-label={t('report.causes.title')}>
      <h2>{t('report.causes.title')}</h2>
      <p className="report-reading">{t('report.causes.reading', { date: f.day(data.callouts.window.to) })}</p>
      {causes.length === 0 ? (
        <p className="report-empty">{t('report.causes.none')}</p>
      ) : (
        <ReportTable
          caption={t('report.causes.title')}
          columns={[
            { label: t('patterns.column.rootCause'), width: '26%' },
            { label: t('patterns.column.group'), width: '16%' },
            { label: t('report.causes.last30'), numeric: true, width: '9%' },
            { label: t('report.causes.previous30'), numeric: true, width: '9%' },
            { label: t('report.causes.flag'), width: '14%' },
            { label: t('report.column.lessons'), width: '26%' },
          ]}
          rows={causes.map((c) => ({
            key: String(c.rootCauseId),
            cells: [
              c.name,
              labels.causeGroup(c.group),
              f.count(c.last30),
              f.count(c.previous30),
              [c.rising ? t('patterns.callout.rising') : null, c.recurring ? t('patterns.callout.recurring') : null].filter(Boolean).join(', '),
              c.lessons.length === 0
                ? t('report.causes.noLessons')
                : c.lessons.map((l) => `${l.title} (${isLessonStatus(l.status) ? labels.lessonStatus(l.status) : l.status})`).join('; '),
            ],
          }))}
        />
      )}
    </section>
  );
}

/** The external edition names no staff: the owner shows by role. */
function ownerWords(l: LessonSummary, data: ReportData, edition: Edition, t: Translate): string {
  if (l.ownerId === null) return t('report.lessons.noOwner');
  const role = data.staff.find((s) => s.id === l.ownerId)?.role.trim();
  if (edition === 'external') return role || t('report.lessons.teamMember');
  return role ? `${l.ownerName ?? DASH} (${role})` : (l.ownerName ?? DASH);
}

export function LessonsSection({ data, edition, f }: { data: ReportData; edition: Edition; f: ReportFormat }) {
  const t = useT();
  const labels = useLabels();
  return (
    <section className="report-block" aria-label={t('report.column.lessons')}>
      <h2>{t('report.column.lessons')}</h2>
      <h3>{t('report.lessons.done', { count: f.count(data.lessonsDone.length) })}</h3>
      {data.lessonsDone.length === 0 ? (
        <p className="report-empty">{t('report.lessons.noneDone')}</p>
      ) : (
        <ReportTable
          caption={t('report.lessons.doneCaption')}
          columns={[
            { label: t('report.column.lesson'), width: '32%' },
            { label: t('report.column.change'), width: '30%' },
            { label: t('patterns.column.rootCause'), width: '16%' },
            { label: t('report.column.owner'), width: '13%' },
            { label: t('report.column.done'), width: '9%' },
          ]}
          rows={data.lessonsDone.map((l) => ({
            key: String(l.id),
            cells: [l.title, f.short(l.change, 120) || DASH, l.rootCauseName ?? DASH, ownerWords(l, data, edition, t), l.doneAt ? f.day(l.doneAt) : DASH],
          }))}
        />
      )}
      <h3>{t('report.lessons.open', { count: f.count(data.lessonsOpen.length) })}</h3>
      {data.lessonsOpen.length === 0 ? (
        <p className="report-empty">{t('report.lessons.noneOpen')}</p>
      ) : (
        <ReportTable
          caption={t('report.lessons.openCaption')}
          columns={[
            { label: t('report.column.lesson'), width: '36%' },
            { label: t('patterns.column.rootCause'), width: '20%' },
            { label: t('report.column.owner'), width: '16%' },
            { label: t('report.column.status'), width: '14%' },
            { label: t('report.column.due'), width: '14%' },
          ]}
          rows={data.lessonsOpen.map((l) => ({
            key: String(l.id),
            cells: [
              l.title,
              l.rootCauseName ?? DASH,
              ownerWords(l, data, edition, t),
              labels.lessonStatus(l.status),
              l.dueAt ? (l.overdue ? t('report.lessons.overdue', { date: f.day(l.dueAt) }) : f.day(l.dueAt)) : t('report.lessons.noDueDate'),
            ],
          }))}
        />
      )}
    </section>
  );
}

export function CompensationSection({ data, f }: { data: ReportData; f: ReportFormat }) {
  const t = useT();
  const labels = useLabels();
  const c = data.compensation;
  const byKind = [...c.byKind].filter((k) => k.count > 0).sort((a, b) => b.total - a.total);
  return (
    <section className="report-block report-keep" aria-label={t('report.compensation.title')}>
      <h2>{t('report.compensation.title')}</h2>
      <p className="report-reading">
        {t('report.compensation.reading', { total: f.money(c.total), count: c.count, entries: f.count(c.count), previous: f.money(c.previous.total) })}
      </p>
      {byKind.length === 0 ? (
        <p className="report-empty">{t('report.compensation.none')}</p>
      ) : (
        <ReportTable
          caption={t('report.compensation.title')}
          className="report-narrow"
          columns={[
            { label: t('report.column.kind'), width: '40%' },
            { label: t('report.column.entries'), numeric: true, width: '20%' },
            { label: t('report.column.cost'), numeric: true, width: '20%' },
            { label: t('patterns.column.share'), numeric: true, width: '20%' },
          ]}
          rows={byKind.map((k) => ({
            key: k.kind,
            cells: [labels.kind(k.kind), f.count(k.count), f.money(k.total), pct(c.total > 0 ? k.total / c.total : null)],
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
function incidentRowsHtml(data: ReportData, edition: Edition, f: ReportFormat, t: Translate, labels: Labels): string {
  const categories = new Map(data.categories.map((c) => [c.id, c.name]));
  const causes = new Map(data.rootCauses.map((c) => [c.id, c.name]));
  const staff = new Map(data.staff.map((s) => [s.id, s.name]));
  const internal = edition === 'internal';
  const td = (text: string, numeric = false) => `<td${numeric ? ' class="num"' : ''}>${escapeHtml(text)}</td>`;
  // Looked up once, not once a row.
  const channelNames = new Map(CHANNELS.map((c) => [c, labels.channel(c)]));
  const outcomeNames = new Map(OUTCOMES.map((o) => [o, labels.outcome(o)]));
  const notDiagnosed = t('report.incidents.notDiagnosed');
  let html = '';
  // Oldest first reads like a diary of the month.
  for (let k = data.incidents.length - 1; k >= 0; k--) {
    const i = data.incidents[k] as IncidentRow;
    const note =
      internal && i.internalNote ? `<span class="report-note">${escapeHtml(t('report.incidents.internalNote', { note: f.short(i.internalNote, 200) }))}</span>` : '';
    html += `<tr>${td(f.day(i.occurredAt))}${td(channelNames.get(i.channel) ?? DASH)}${td((i.categoryId !== null && categories.get(i.categoryId)) || DASH)}<td>${escapeHtml(f.short(i.summary, internal ? WHAT_CHARS_INTERNAL : WHAT_CHARS))}${note}</td>${td(f.short((i.rootCauseId !== null && causes.get(i.rootCauseId)) || notDiagnosed, CAUSE_CHARS))}${td(i.compensationTotal ? f.money(i.compensationTotal) : DASH, true)}${td(i.outcome ? (outcomeNames.get(i.outcome) ?? DASH) : DASH)}${internal ? td((i.handledById !== null && staff.get(i.handledById)) || DASH) : ''}</tr>`;
  }
  return html;
}

export function IncidentsSection({ data, edition, f }: { data: ReportData; edition: Edition; f: ReportFormat }) {
  const t = useT();
  const labels = useLabels();
  const internal = edition === 'internal';
  const columns: Column[] = [
    { label: t('report.column.date'), width: '5.5%' },
    { label: t('report.column.channel'), width: '7.5%' },
    { label: t('report.column.category'), width: '11%' },
    { label: t('report.column.whatHappened'), width: internal ? '31%' : '40%' },
    { label: t('patterns.column.rootCause'), width: '20%' },
    { label: t('report.column.compShort'), numeric: true, width: '7%' },
    // Wide enough for the longest outcome word of the four languages ("Desconocido") on one line.
    { label: t('report.column.outcome'), width: '9%' },
    ...(internal ? [{ label: t('report.column.handledBy'), width: '9%' }] : []),
  ];
  // No memo: the report is drawn once, its data and language known before it mounts.
  const body = incidentRowsHtml(data, edition, f, t, labels);
  return (
    <section className="report-block" aria-label={t('report.incidents.label')}>
      <h2>{t('report.incidents.title', { count: f.count(data.incidents.length) })}</h2>
      {data.incidents.length === 0 ? (
        <p className="report-empty">{t('report.incidents.none')}</p>
      ) : (
        <ReportTable caption={t('report.incidents.label')} columns={columns} bodyHtml={body} className="report-incidents" />
      )}
    </section>
  );
}
