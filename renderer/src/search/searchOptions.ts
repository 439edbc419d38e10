// The search box's answer as one list a person moves through with the arrow keys, in groups.
import type { CauseGroup } from '../../../shared/domain';
import type { SearchResults } from '../../../shared/schemas/search';
import type { Voucher } from '../../../shared/schemas/voucher';
import type { useT } from '../lib/useT';

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

/** How the list says things: the screen's words, and dates and money the shop's way. */
export interface SearchWords {
  t: ReturnType<typeof useT>;
  causeGroup: (group: CauseGroup) => string;
  date: (iso: string) => string;
  money: (minor: number) => string;
}

/** A voucher typed by its code first, then incidents (the customer on the phone), customers, lessons and root causes; empty groups left out. */
export function searchGroups(
  results: SearchResults,
  { t, causeGroup, date, money }: SearchWords,
  /** What was searched for, for the journal's link when more match. */
  query = '',
): SearchGroup[] {
  const v = results.voucher?.voucher ?? null;
  const groups: SearchGroup[] = [
    // A code typed: the voucher first, to redeem at the counter (Enter), and its incident.
    {
      id: 'voucher',
      heading: t('search.group.voucher'),
      options: v === null ? [] : [
        ...(v.status === 'valid'
          ? [{ id: `search-voucher-${v.id}`, label: t('search.voucher.redeem', { code: v.code, what: v.description || money(v.cost) }), detail: results.voucher!.sentence, to: '', redeem: v, voucherStatus: v.status }]
          : []),
        {
          id: `search-voucher-incident-${v.incidentId}`,
          label: t('search.voucher.incident', { code: v.code, ref: v.incidentRef }),
          detail: v.status === 'valid' ? t('search.voucher.open', { ref: v.incidentRef }) : results.voucher!.sentence,
          to: `/incidents/${v.incidentId}`,
          voucherStatus: v.status,
        },
      ],
    },
    {
      id: 'incidents',
      heading: t('search.group.incidents'),
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
          ? [{ id: 'search-incidents-all', label: t('search.incidents.all'), detail: t('search.incidents.more'), to: `/journal?q=${encodeURIComponent(query)}` }]
          : []),
      ],
    },
    {
      id: 'customers',
      heading: t('search.group.customers'),
      // A person: every record with the same name and phone or email; their page lists their incidents.
      options: results.customers.map((p) => ({
        id: `search-customer-${p.id}`,
        label: p.name || [p.phone, p.email].filter(Boolean).join(' · '),
        detail: `${t('search.customer.detail', { count: p.incidents, date: date(p.lastAt) })}${p.name ? ` — ${[p.phone, p.email].filter(Boolean).join(' · ')}` : ''}`,
        to: `/customers/${p.id}`,
      })),
    },
    {
      id: 'lessons',
      heading: t('search.group.lessons'),
      options: results.lessons.map((l) => ({ id: `search-lesson-${l.id}`, label: l.title, detail: t('search.lesson'), to: `/lessons/${l.id}` })),
    },
    {
      id: 'root-causes',
      heading: t('search.group.rootCauses'),
      // A cause's page is the journal of its incidents.
      options: results.rootCauses.map((c) => ({
        id: `search-cause-${c.id}`,
        label: c.name,
        detail: t('search.cause.detail', { group: causeGroup(c.group) }),
        to: `/journal?rootCauseId=${c.id}`,
      })),
    },
  ];
  return groups.filter((g) => g.options.length > 0);
}
