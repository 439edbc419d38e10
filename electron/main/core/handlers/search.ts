import type { CoreContext } from '../context';
import { searchEverywhere } from '../repos/search';
import type { HandlerGroup } from './types';

export const searchHandlers = ({ db }: CoreContext): HandlerGroup<'search.everywhere'> => ({
  'search.everywhere': (req) => searchEverywhere(db, req),
});
