import { z } from 'zod';
import { Id } from './common';

/** Erasing a customer on request; `dryRun` answers which incidents it would touch, for the confirmation. */
export const CustomerEraseRequest = z.strictObject({ customerId: Id, dryRun: z.boolean().default(false) });

export const CustomerEraseResult = z.object({
  erased: z.boolean(),
  /** The incidents made anonymous: this customer's, and those of records with the same phone or email. */
  incidents: z.array(z.object({ id: Id, ref: z.string() })),
  customers: z.number().int().min(0),
});
export type CustomerEraseResult = z.infer<typeof CustomerEraseResult>;
