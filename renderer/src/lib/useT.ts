// A screen's words: `t('shell.nav.home')` is the message of that id in the shop's language. Ids are
// typed from the English catalogue, so a misspelt id fails the typecheck, not the screen.
import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../../shared/i18n/catalog';

type Values = Record<string, string | number | Date | null | undefined>;

export function useT(): (id: MessageId, values?: Values) => string {
  const intl = useIntl();
  // The same function while the language stays, so memoised lists built with it stay memoised.
  return useCallback((id, values) => intl.formatMessage({ id }, values), [intl]);
}
