// A message as an element, for words handed to something drawn later and elsewhere (a
// notification's title, a theme's default label): it speaks the language of where it is drawn.
import type { MessageId } from '../../../shared/i18n/catalog';
import { useT } from './useT';

export function Say({ id, values }: { id: MessageId; values?: Parameters<ReturnType<typeof useT>>[1] }) {
  const t = useT();
  return t(id, values);
}
