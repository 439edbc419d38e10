// Sentences the shared helpers write (the allowance sentence, reminder notices) in the screen's
// language: they call shared/i18n/say.ts, which this points at react-intl's catalogue.
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../../shared/i18n/catalog';
import { setSpeaker } from '../../../shared/i18n/say';

export function Speaks({ children }: { children: ReactNode }) {
  const intl = useIntl();
  // Before the children render, so their first frame speaks this language too (idempotent).
  setSpeaker((id: MessageId, values) => intl.formatMessage({ id }, values));
  return children;
}
