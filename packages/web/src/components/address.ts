import type { TFunction } from 'i18next';
import type { Schemas } from '../api/client';

/** A postcode as people write it: `3511SA` → `3511 SA`. */
export const formatPostcode = (postcode: string) =>
  /^\d{4}[A-Z]{2}$/.test(postcode) ? `${postcode.slice(0, 4)} ${postcode.slice(4)}` : postcode;

/** One address on one line: "Oudegracht 12, 3511 SA Utrecht" (the house number alone when no street is known). */
export function addressLine(t: TFunction, a: Schemas['Address']): string {
  const street = a.street
    ? `${a.street} ${a.houseNumber}`
    : t('dossier.houseNumber', { number: a.houseNumber });
  const place = [formatPostcode(a.postcode), a.town].filter(Boolean).join(' ');
  return `${street}, ${place}`;
}
