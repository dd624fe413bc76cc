import { z } from 'zod';
import type { AddressRow } from '../db/repositories/address.repository';
import { Day, Id, named } from './schemas';
import type { Viewer } from './viewer';

export const AddressSchema = named(
  'Address',
  z.strictObject({
    id: Id,
    personId: Id,
    street: z.string().nullable(),
    houseNumber: z.string(),
    postcode: z.string(),
    town: z.string().nullable(),
    from: Day,
    to: Day.nullable(),
    isCurrent: z.boolean(),
    version: z.number().int(),
  }),
);
export type AddressJson = z.infer<typeof AddressSchema>;

/** A dated address of one person; a shelter address can be withheld from one viewer. */
export function presentAddress(v: Viewer, a: AddressRow): AddressJson | null {
  if (!v.shows('household.read', a.id) || !v.sees(a.personId)) {
    return null;
  }
  v.persons([a.personId]);
  return {
    id: a.id,
    personId: a.personId,
    street: a.street,
    houseNumber: a.houseNumber,
    postcode: a.postcode,
    town: a.town,
    from: a.validFrom,
    to: a.validTo,
    isCurrent: a.validTo === null,
    version: a.version,
  };
}
