// A message with elements in it: `t('firstrun.done.shop', { name: <strong>…</strong> })`, or a tag
// the message wraps round its own words: "in <link>Settings</link>" with `{ link: (words) => <a>{words}</a> }`.
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../../shared/i18n/catalog';

type RichValues = Record<string, string | number | ReactNode | ((words: ReactNode[]) => ReactNode)>;

export function useRichT(): (id: MessageId, values: RichValues) => ReactNode {
  const intl = useIntl();
  return (id, values) => intl.formatMessage({ id }, values);
}
