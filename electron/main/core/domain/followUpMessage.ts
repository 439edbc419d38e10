// "Copy follow-up message": the shop's template filled for one incident, in the core, so that a
// staff member's name never reaches the page (docs/domain.md, "Follow-up reminders").
import { fillTemplate, type Given, noFirstName, noShopName, whatWeDid } from '../../../../shared/followUpTemplate';
import { formatMoney } from '../../../../shared/format';
import type { FollowUpMessage } from '../../../../shared/schemas/followUp';
import { notFound } from '../../../../shared/result';
import type { Db } from '../db/open';
import { getSettings } from '../repos/settings';
import { firstNameOf, staffStandIn } from './followUps';
import { staffRedactor } from './redact';

/**
 * {what_happened}: the text on one line, without the full stop the template adds itself, and read
 * mid-sentence ("after soup was cold"): a plain capitalised first word loses its capital, unless
 * it is the customer's name. An all-capitals word or a brand such as "iPad" keeps its case.
 */
function asClause(text: string, firstName: string | null): string {
  const line = text.replace(/\s+/gu, ' ').trim().replace(/[.\s]+$/u, '');
  const first = /^\p{Lu}\p{Ll}+(?=[\s,;:]|$)/u.exec(line)?.[0];
  return first && first !== firstName ? `${first.toLowerCase()}${line.slice(first.length)}` : line;
}

export function followUpMessage(db: Db, incidentId: number): FollowUpMessage {
  const incident = db
    .prepare(
      `SELECT i.what_happened, c.name AS customer_name FROM incidents i LEFT JOIN customers c ON c.id = i.customer_id
        WHERE i.id = ? AND i.deleted_at IS NULL`,
    )
    .get(incidentId) as { what_happened: string; customer_name: string | null } | undefined;
  if (!incident) throw notFound('theIncident');
  // The code column exists from migration 0011 on; a voucher from before it has none yet.
  const given = db
    .prepare('SELECT kind, cost, code FROM compensations WHERE incident_id = ? AND deleted_at IS NULL ORDER BY given_at, id')
    .all(incidentId) as Given[];
  const settings = getSettings(db);
  const redact = staffRedactor(db, staffStandIn());
  // The shop's own words are redacted too (a template typed as "this is Dana from…"), but not the
  // values put into them: the shop's name and the customer's are theirs, even when a staff member shares one.
  const template = redact(settings.followUpTemplate);
  const firstName = firstNameOf(incident.customer_name);
  const text = fillTemplate(template, {
    first_name: firstName ?? noFirstName(),
    shop: settings.businessName.trim() || noShopName(),
    what_happened: asClause(redact(incident.what_happened), firstName),
    what_we_did: whatWeDid(given, (minor) => formatMoney(minor, settings)),
  });
  return { text };
}
