import { Stack, Tabs, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { BackupSettings } from './BackupSettings';
import { CategorySettings } from './CategorySettings';
import { DataSettings } from './DataSettings';
import { FollowUpMessageSettings } from './FollowUpMessageSettings';
import { GeneralSettings } from './GeneralSettings';
import { RootCauseSettings } from './RootCauseSettings';
import { StaffSettings } from './StaffSettings';
import { VoucherSettings } from './VoucherSettings';

const TABS = ['general', 'staff', 'categories', 'causes', 'vouchers', 'followUp', 'backups', 'data'] as const;

export function SettingsPage() {
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((t) => t === params.get('tab')) ?? 'general';
  return (
    <Stack>
      <Title order={1}>Settings</Title>
      <Tabs value={tab} onChange={(t) => setParams(t && t !== 'general' ? { tab: t } : {}, { replace: true })} keepMounted={false} styles={{ tab: { minHeight: 44, fontSize: '1rem' } }}>
        <Tabs.List>
          <Tabs.Tab value="general">Shop</Tabs.Tab>
          <Tabs.Tab value="staff">Staff</Tabs.Tab>
          <Tabs.Tab value="categories">Categories</Tabs.Tab>
          <Tabs.Tab value="causes">Root causes</Tabs.Tab>
          <Tabs.Tab value="vouchers">Vouchers</Tabs.Tab>
          <Tabs.Tab value="followUp">Follow-up message</Tabs.Tab>
          <Tabs.Tab value="backups">Backups</Tabs.Tab>
          <Tabs.Tab value="data">Data</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="general" pt="md">
          <GeneralSettings />
        </Tabs.Panel>
        <Tabs.Panel value="staff" pt="md">
          <StaffSettings />
        </Tabs.Panel>
        <Tabs.Panel value="categories" pt="md">
          <CategorySettings />
        </Tabs.Panel>
        <Tabs.Panel value="causes" pt="md">
          <RootCauseSettings />
        </Tabs.Panel>
        <Tabs.Panel value="vouchers" pt="md">
          <VoucherSettings />
        </Tabs.Panel>
        <Tabs.Panel value="followUp" pt="md">
          <FollowUpMessageSettings />
        </Tabs.Panel>
        <Tabs.Panel value="backups" pt="md">
          <BackupSettings />
        </Tabs.Panel>
        <Tabs.Panel value="data" pt="md">
          <DataSettings />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
