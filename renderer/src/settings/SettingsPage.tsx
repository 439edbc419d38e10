import { Stack, Tabs, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useT } from '../lib/useT';
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
  const t = useT();
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((t) => t === params.get('tab')) ?? 'general';
  return (
    <Stack>
      <Title order={1}>{t('settings.title')}</Title>
      <Tabs value={tab} onChange={(t) => setParams(t && t !== 'general' ? { tab: t } : {}, { replace: true })} keepMounted={false} styles={{ tab: { minHeight: 44, fontSize: '1rem' } }}>
        <Tabs.List>
          <Tabs.Tab value="general">{t('settings.tab.general')}</Tabs.Tab>
          <Tabs.Tab value="staff">{t('settings.tab.staff')}</Tabs.Tab>
          <Tabs.Tab value="categories">{t('settings.tab.categories')}</Tabs.Tab>
          <Tabs.Tab value="causes">{t('settings.tab.causes')}</Tabs.Tab>
          <Tabs.Tab value="vouchers">{t('settings.tab.vouchers')}</Tabs.Tab>
          <Tabs.Tab value="followUp">{t('settings.tab.followUp')}</Tabs.Tab>
          <Tabs.Tab value="backups">{t('settings.tab.backups')}</Tabs.Tab>
          <Tabs.Tab value="data">{t('settings.tab.data')}</Tabs.Tab>
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
