import type { ChannelName, ParsedRequest, Response } from '../../../../shared/contract';

/** One handler per channel, typed from the contract: a missing one is a compile error. */
export type Handlers = {
  [C in ChannelName]: (request: ParsedRequest<C>) => Response<C> | Promise<Response<C>>;
};

export type HandlerGroup<C extends ChannelName> = Pick<Handlers, C>;
