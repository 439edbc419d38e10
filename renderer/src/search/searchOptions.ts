// The search box's answer as one list a person moves through with the arrow keys, in groups.
import type { SearchResults } from '../../../shared/schemas/search';
import type { Voucher } from '../../../shared/schemas/voucher';

export interface SearchOption {
  /** Unique in the list, and the option's DOM id. */
  id: string;
  label: string;
  detail: string;
  /** Where Enter goes (renderer/src/app/router.tsx). */
  to: string;
  incident?: SearchResults['incidents'][number];
  /** Enter redeems this voucher instead of opening a page. */
  redeem?: Voucher;
  voucherStatus?: Voucher['status'];
}

export interface SearchGroup {
  id: string;
  heading: string;
  options: SearchOption[];
}

/** A voucher typed by its code first, then incidents (the customer on the phone), customers, lessons and root causes; empty groups left out. */
export function searchGroups(
  results: SearchResults,
  date: (iso: string) => string,
  money: (minor: number) => string = String,
  /** What was searched for, for the journal's link when more match. */
  query = '',
): SearchGroup[] {
  const v = results.voucher?.voucher ?? null;
  const groups: SearchGroup[] = [
    // A code typed: the voucher first, to redeem at the counter (Enter), and its incident.
    {
      id: 'voucher',
      heading: 'Voucher',
      options: v === null ? [] : [
        ...(v.status === 'valid'
          ? [{ id: `search-voucher-${v.id}`, label: `Redeem ${v.code} · ${v.description || money(v.cost)}`, detail: results.voucher!.sentence, to: '', redeem: v, voucherStatus: v.status }]
          : []),
        {
          id: `search-voucher-incident-${v.incidentId}`,
          label: `${v.code} · incident ${v.incidentRef}`,
          detail: v.status === 'valid' ? `Open incident ${v.incidentRef}` : results.voucher!.sentence,
          to: `/incidents/${v.incidentId}`,
          voucherStatus: v.status,
        },
      ],
    },
    {
      id: 'incidents',
      heading: 'Incidents',
      options: [
        ...results.incidents.map((i) => ({
          id: `search-incident-${i.id}`,
          label: [i.ref, i.customer].filter(Boolean).join(' · '),
          detail: `${date(i.occurredAt)} — ${i.summary}`,
          to: `/incidents/${i.id}`,
          incident: i,
        })),
        // Never a silent limit: when more match than are shown, the last option lists them all.
        ...(results.moreIncidents
          ? [{ id: 'search-incidents-all', label: 'See every matching incident in the journal', detail: 'More match than fit here', to: `/journal?q=${encodeURIComponent(query)}` }]
          : []),
      ],
    },
    {
      id: 'customers',
      heading: 'Customers',
      // A person: every record with the same name and phone or email; their page lists their incidents.
      options: results.customers.map((p) => ({
        id: `search-customer-${p.id}`,
        label: p.name || [p.phone, p.email].filter(Boolean).join(' · '),
        detail: `${p.incidents === 1 ? '1 incident' : `${p.incidents} incidents, repeat customer`} — last ${date(p.lastAt)}${p.name ? ` — ${[p.phone, p.email].filter(Boolean).join(' · ')}` : ''}`,
        to: `/customers/${p.id}`,
      })),
    },
    {
      id: 'lessons',
      heading: 'Lessons',
      options: results.lessons.map((l) => ({ id: `search-lesson-${l.id}`, label: l.title, detail: 'Lesson', to: `/lessons/${l.id}` })),
    },
    {
      id: 'root-causes',
      heading: 'Root causes',
      // A cause's page is the journal of its incidents.
      options: results.rootCauses.map((c) => ({
        id: `search-cause-${c.id}`,
        label: c.name,
        detail: `${c.group} — its incidents in the journal`,
        to: `/journal?rootCauseId=${c.id}`,
      })),
    },
  ];
  return groups.filter((g) => g.options.length > 0);
}
