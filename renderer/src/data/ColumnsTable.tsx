// Step 4: each column of the file, the Makegood field it is read into (guessed, or chosen), or none.
import { Badge, Table, Text } from '@mantine/core';
import type { MessageId } from '../../../shared/i18n/catalog';
import { IMPORT_FIELDS, type ImportField, type ImportResult } from '../../../shared/schemas/data';
import { TypeToPick } from '../lib/TypeToPick';
import { useT } from '../lib/useT';
import { fieldOf, type Mapping } from './mapping';

/** Mantine's Select has no empty-string option; this stands for "not imported". */
const NONE = '__none__';
/** Nothing matched. */
const DASH = '—';
/** Each field in plain words (shared/schemas/data.ts keeps the English for the command line). */
const FIELD: Record<ImportField, MessageId> = {
  ref: 'data.field.ref',
  occurred_at: 'data.field.occurredAt',
  occurred_time: 'data.field.occurredTime',
  channel: 'data.field.channel',
  customer_name: 'data.field.customerName',
  customer_phone: 'data.field.customerPhone',
  customer_email: 'data.field.customerEmail',
  what_happened: 'data.field.whatHappened',
  category: 'data.field.category',
  severity: 'data.field.severity',
  root_cause: 'data.field.rootCause',
  root_cause_group: 'data.field.rootCauseGroup',
  handled_by: 'data.field.handledBy',
  team_lead_present: 'data.field.teamLeadPresent',
  resolved_at: 'data.field.resolvedAt',
  follow_up_due_at: 'data.field.followUpDueAt',
  followed_up_at: 'data.field.followedUpAt',
  score_before: 'data.field.scoreBefore',
  score_after: 'data.field.scoreAfter',
  outcome: 'data.field.outcome',
  internal_note: 'data.field.internalNote',
  compensation_kind: 'data.field.compensationKind',
  compensation_description: 'data.field.compensationDescription',
  compensation_cost: 'data.field.compensationCost',
  compensation_given_by: 'data.field.compensationGivenBy',
  compensation_given_at: 'data.field.compensationGivenAt',
  compensation_code: 'data.field.compensationCode',
  compensation_redeemed_at: 'data.field.compensationRedeemedAt',
};
const HOW = {
  chosen: { label: 'data.columns.how.chosen', color: 'teal' },
  name: { label: 'data.columns.how.name', color: 'gray' },
  synonym: { label: 'data.columns.how.synonym', color: 'yellow' },
} as const satisfies Record<string, { label: MessageId; color: string }>;

interface Props {
  headers: string[];
  /** The mapping in use: the last check's, with the person's newer choices over it. */
  inUse: Mapping;
  matchedBy: ImportResult['matchedBy'];
  onChange: (header: string, field: ImportField | null) => void;
}

export function ColumnsTable({ headers, inUse, matchedBy, onChange }: Props) {
  const t = useT();
  const options = [{ value: NONE, label: t('data.columns.notImported') }, ...IMPORT_FIELDS.map((f) => ({ value: f, label: t(FIELD[f]) }))];
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing={4} aria-label={t('data.import.columns')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('data.columns.column')}</Table.Th>
            <Table.Th w={380}>{t('data.columns.field')}</Table.Th>
            <Table.Th w={130}>{t('data.columns.matched')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {headers.map((header, i) => {
            // A mapping names a column by its header: an unnamed or repeated one cannot be chosen.
            const unnamed = header.trim() === '';
            const repeated = !unnamed && headers.indexOf(header) !== i;
            const field = unnamed || repeated ? null : fieldOf(inUse, header);
            const how = field ? matchedBy[field] : undefined;
            return (
              <Table.Tr key={i}>
                <Table.Td fw={600}>{unnamed ? <Text c="dimmed">{t('data.columns.noHeader', { n: i + 1 })}</Text> : repeated ? t('data.columns.repeated', { header, n: i + 1 }) : header}</Table.Td>
                <Table.Td>
                  {unnamed || repeated ? (
                    <Text size="sm" c="dimmed">
                      {t(unnamed ? 'data.columns.needsHeader' : 'data.columns.needsName')}
                    </Text>
                  ) : (
                    <TypeToPick
                      label={t('data.columns.fieldFor', { header })}
                      hideLabel
                      data={options}
                      value={field ?? NONE}
                      onChange={(v) => onChange(header, v === NONE ? null : (v as ImportField))}
                      size="sm"
                    />
                  )}
                </Table.Td>
                <Table.Td>
                  {how ? (
                    <Badge color={HOW[how].color} variant="light">
                      {t(HOW[how].label)}
                    </Badge>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {DASH}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
