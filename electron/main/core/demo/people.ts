import { en, Faker } from '@faker-js/faker';
import type { HistoricIncident } from '../domain/history';

/** Where the demo's customers come from in a language other than English: names, phones and mail as its shops see them. */
export interface DemoPeople {
  firstNames: readonly string[];
  lastNames: readonly string[];
  /** How many surnames a name has (Spain: two). */
  surnames: 1 | 2;
  /** A phone number's shapes; each # is a digit. */
  phones: readonly string[];
  mailDomains: readonly string[];
}

type Customer = NonNullable<HistoricIncident['customer']>;

/**
 * Makes the demo's customers local: the same person in the same rows (the generator still draws
 * faker's English customer, so every other pick stays as the seed makes it in English), with a
 * name, phone and email from the language's table, drawn from a faker of their own.
 */
export function localCustomers(people: DemoPeople, seed: number): (customer: Customer) => Customer {
  const f = new Faker({ locale: [en] });
  f.seed(seed);
  const pick = (list: readonly string[]) => f.helpers.arrayElement(list as string[]);
  return (customer) => {
    const first = pick(people.firstNames);
    const surnames = people.surnames === 2 ? [pick(people.lastNames), pick(people.lastNames)] : [pick(people.lastNames)];
    const number = f.number.float() < 0.5 ? String(f.number.int({ min: 1, max: 99 })) : '';
    const user = `${mailPart(first)}${f.helpers.arrayElement(['.', '_', ''])}${mailPart(surnames[0]!)}${number}`;
    return {
      ...customer,
      name: [first, ...surnames].join(' '),
      phone: customer.phone === '' ? '' : f.helpers.replaceSymbols(pick(people.phones)),
      email: customer.email === '' ? '' : `${user}@${pick(people.mailDomains)}`,
    };
  };
}

/** A name as it goes into an address: "Müller" is mueller, "Inès" ines, "Jean-Luc" jean-luc, "Da Silva" dasilva. */
const mailPart = (name: string) =>
  name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .normalize('NFKD')
    .replace(/[^a-z-]/g, '');
