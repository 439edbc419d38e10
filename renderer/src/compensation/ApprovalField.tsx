// Past the allowance: say so in plain words, and ask who approved it.
import { Alert, NativeSelect, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { RefObject } from 'react';
import { format } from 'date-fns';
import { allowanceSentence } from '../../../shared/allowance';
import type { AllowanceCheck } from '../../../shared/schemas/compensation';
import { useStaff } from '../api/lookups';
import { listOptions } from '../lib/options';
import { useFormat } from '../lib/useFormat';
import { useT } from '../lib/useT';
import type { CompensationValues } from './values';

interface Props {
  form: UseFormReturnType<CompensationValues>;
  check: AllowanceCheck | undefined;
  /** Shown even without a check when the server asked for an approver. */
  show: boolean;
  selectRef: RefObject<HTMLSelectElement | null>;
}

export function ApprovalField({ form, check, show, selectRef }: Props) {
  const fmt = useFormat();
  const t = useT();
  const { data: staff } = useStaff();
  if (!show) return null;
  const giver = form.getValues().givenById;
  const approvers = (staff ?? []).filter((s) => String(s.id) !== giver);
  const stored = form.getValues().approvedById;
  return (
    <Stack gap="xs" mt="sm">
      {check?.needsApproval && (
        <Alert color="orange" variant="light" title={t('compensation.approval.title')} role="status">
          {allowanceSentence(check, fmt.money, { currentMonth: format(new Date(), 'yyyy-MM') })}
        </Alert>
      )}
      <NativeSelect
        ref={selectRef}
        label={t('compensation.approval.approvedBy')}
        description={t('compensation.approval.hint')}
        withAsterisk
        maw={360}
        data={listOptions(approvers, stored === '' ? null : Number(stored), t('compensation.approval.choose'))}
        {...form.getInputProps('approvedById')}
      />
    </Stack>
  );
}
