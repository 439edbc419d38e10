// The words a hand-kept log uses as headers, per language the app speaks (docs/domain.md, "Headers
// section 6, "Headers"). Data only, one table per language, so the words can move into the language
// catalogues as they are. Matching ignores case, accents, spaces and punctuation (headers.ts), so
// each word is written once as a person would write it. A word means one field in every language:
// a test checks that no two tables disagree (French "Comment" is left out: English says it is a
// comment, French "how").
import type { ImportField } from '../../../../shared/schemas/data';

export const LANGUAGES = ['en', 'de', 'es', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

export type HeaderWords = Partial<Record<ImportField, readonly string[]>>;

const en: HeaderWords = {
  ref: ['ref', 'reference', 'ref no', 'incident no', 'incident number'],
  occurred_at: ['date', 'when', 'date/time', 'datetime', 'occurred', 'occurred at', 'day', 'date of incident'],
  occurred_time: ['time', 'hour', 'time of day'],
  what_happened: ['complaint', 'issue', 'problem', 'description', 'details', 'what went wrong', 'what happened', 'comment', 'comments'],
  customer_name: ['customer', 'name', 'guest', 'client', 'customer name'],
  customer_phone: ['phone', 'tel', 'telephone', 'mobile', 'cell', 'phone number'],
  customer_email: ['email', 'e-mail', 'mail address', 'email address'],
  channel: ['channel', 'how', 'via', 'source'],
  category: ['category', 'type', 'area'],
  severity: ['severity', 'priority', 'impact'],
  root_cause: ['root cause', 'cause'],
  root_cause_group: ['cause group', 'root cause type'],
  handled_by: ['staff', 'served by', 'handled by', 'employee', 'server', 'who'],
  team_lead_present: ['team lead there', 'manager present', 'lead present', 'supervisor present', 'team lead present'],
  resolved_at: ['resolved', 'fixed', 'resolved at', 'date resolved'],
  follow_up_due_at: ['follow up due', 'follow up by', 'call back by'],
  followed_up_at: ['followed up', 'followed up on', 'called back'],
  score_before: ['score before', 'rating before', 'nps before'],
  score_after: ['score after', 'rating after', 'nps after'],
  outcome: ['outcome', 'kept customer', 'came back', 'retained'],
  internal_note: ['note', 'notes', 'internal note', 'staff note'],
  compensation_kind: ['compensation type', 'comp type', 'what we gave', 'compensation kind'],
  compensation_description: ['compensation details', 'comp details', 'compensation description'],
  compensation_cost: ['refund', 'compensation', 'comp', 'comp given', 'amount', 'cost', 'value', 'credit'],
  compensation_given_by: ['given by', 'comp given by', 'refunded by'],
  compensation_given_at: ['given at', 'comp given at', 'refunded at', 'date given'],
};

const de: HeaderWords = {
  ref: ['Referenz', 'Nr', 'Vorgangsnummer'],
  occurred_at: ['Datum', 'Wann', 'Datum/Uhrzeit', 'Zeitpunkt', 'Tag'],
  occurred_time: ['Uhrzeit', 'Zeit', 'Stunde'],
  what_happened: ['Beschwerde', 'Problem', 'Beschreibung', 'Was ist passiert', 'Was lief schief', 'Vorfall', 'Kommentar', 'Anliegen', 'Reklamation'],
  customer_name: ['Kunde', 'Kundin', 'Kundenname', 'Gast'],
  customer_phone: ['Telefon', 'Telefonnummer', 'Handy', 'Mobil', 'Mobilnummer'],
  customer_email: ['E-Mail-Adresse', 'Mailadresse'],
  channel: ['Kanal', 'Wie', 'Über', 'Quelle'],
  category: ['Kategorie', 'Bereich', 'Art'],
  severity: ['Schwere', 'Schweregrad', 'Priorität', 'Dringlichkeit', 'Auswirkung'],
  root_cause: ['Ursache', 'Grundursache'],
  root_cause_group: ['Ursachengruppe'],
  handled_by: ['Mitarbeiter', 'Mitarbeiterin', 'Bedient von', 'Bearbeitet von', 'Personal', 'Wer'],
  team_lead_present: ['Schichtleitung anwesend', 'Leitung anwesend', 'Chef anwesend', 'Vorgesetzter anwesend', 'Teamleitung anwesend'],
  resolved_at: ['Gelöst', 'Gelöst am', 'Erledigt', 'Erledigt am', 'Behoben'],
  follow_up_due_at: ['Rückmeldung bis', 'Wiedervorlage'],
  followed_up_at: ['Rückmeldung am', 'Nachgefasst'],
  score_before: ['Bewertung vorher'],
  score_after: ['Bewertung nachher'],
  outcome: ['Ergebnis', 'Kunde gehalten', 'Kam wieder', 'Kam zurück'],
  internal_note: ['Notiz', 'Notizen', 'Bemerkung', 'Anmerkung', 'Interne Notiz'],
  compensation_kind: ['Art der Entschädigung', 'Entschädigungsart', 'Was wir gaben'],
  compensation_description: ['Entschädigung Beschreibung'],
  compensation_cost: ['Erstattung', 'Rückerstattung', 'Entschädigung', 'Betrag', 'Kosten', 'Wert', 'Gutschrift'],
  compensation_given_by: ['Gegeben von', 'Erstattet von'],
  compensation_given_at: ['Gegeben am', 'Erstattet am'],
};

const es: HeaderWords = {
  ref: ['Referencia', 'Nº', 'Número'],
  occurred_at: ['Fecha', 'Cuándo', 'Fecha/Hora', 'Fecha y hora', 'Día'],
  occurred_time: ['Hora'],
  what_happened: ['Queja', 'Problema', 'Descripción', 'Qué pasó', 'Qué salió mal', 'Detalles', 'Comentario', 'Comentarios', 'Incidencia', 'Reclamación'],
  customer_name: ['Cliente', 'Nombre', 'Nombre del cliente', 'Huésped'],
  customer_phone: ['Teléfono', 'Móvil', 'Celular'],
  customer_email: ['Correo electrónico', 'Correo-e', 'Correo'],
  channel: ['Canal', 'Cómo', 'Vía', 'Origen', 'Fuente'],
  category: ['Categoría', 'Tipo', 'Área'],
  severity: ['Gravedad', 'Severidad', 'Prioridad', 'Impacto'],
  root_cause: ['Causa', 'Causa raíz'],
  root_cause_group: ['Grupo de causa'],
  handled_by: ['Atendido por', 'Atendida por', 'Empleado', 'Empleada', 'Quién', 'Camarero'],
  team_lead_present: ['Encargado presente', 'Encargada presente', 'Gerente presente', 'Supervisor presente'],
  resolved_at: ['Resuelto', 'Resuelta', 'Fecha de resolución', 'Solucionado'],
  follow_up_due_at: ['Seguimiento antes de'],
  followed_up_at: ['Seguimiento hecho'],
  score_before: ['Puntuación antes'],
  score_after: ['Puntuación después'],
  outcome: ['Resultado', 'Cliente retenido', 'Volvió'],
  internal_note: ['Nota', 'Notas', 'Nota interna', 'Observaciones'],
  compensation_kind: ['Tipo de compensación', 'Qué dimos'],
  compensation_description: ['Descripción de la compensación'],
  compensation_cost: ['Reembolso', 'Compensación', 'Importe', 'Monto', 'Coste', 'Costo', 'Valor', 'Crédito'],
  compensation_given_by: ['Dado por', 'Reembolsado por'],
  compensation_given_at: ['Dado el', 'Fecha de reembolso'],
};

const fr: HeaderWords = {
  ref: ['Référence', 'N°', 'Numéro'],
  occurred_at: ['Date', 'Quand', 'Date/Heure', 'Date et heure', 'Jour'],
  occurred_time: ['Heure'],
  what_happened: ['Plainte', 'Problème', 'Description', "Ce qui s'est passé", 'Détails', 'Commentaire', 'Commentaires', 'Réclamation', 'Incident'],
  customer_name: ['Client', 'Cliente', 'Nom', 'Nom du client', 'Invité'],
  customer_phone: ['Téléphone', 'Tél', 'Portable', 'Numéro de téléphone'],
  customer_email: ['Courriel', 'Adresse e-mail', 'Mél'],
  channel: ['Canal', 'Par', 'Moyen de contact'],
  category: ['Catégorie', 'Domaine'],
  severity: ['Gravité', 'Priorité', 'Sévérité'],
  root_cause: ['Cause', 'Cause racine', 'Cause première'],
  root_cause_group: ['Groupe de cause'],
  handled_by: ['Servi par', 'Servie par', 'Employé', 'Employée', 'Traité par', 'Serveur', 'Serveuse', 'Personnel', 'Qui'],
  team_lead_present: ['Responsable présent', 'Responsable présente', 'Chef présent', 'Gérant présent', 'Superviseur présent'],
  resolved_at: ['Résolu', 'Résolu le', 'Date de résolution', 'Réglé'],
  follow_up_due_at: ['Relance prévue', 'Rappeler avant'],
  followed_up_at: ['Relancé le', 'Rappelé le'],
  score_before: ['Note avant'],
  score_after: ['Note après'],
  outcome: ['Résultat', 'Client conservé', 'Client fidélisé', 'Est revenu'],
  internal_note: ['Remarque', 'Remarques', 'Note interne'],
  compensation_kind: ['Type de compensation', 'Type de geste', 'Ce que nous avons donné'],
  compensation_description: ['Description de la compensation'],
  compensation_cost: ['Remboursement', 'Montant', 'Coût', 'Valeur', 'Avoir', 'Dédommagement', 'Geste commercial'],
  compensation_given_by: ['Donné par', 'Remboursé par'],
  compensation_given_at: ['Donné le', 'Remboursé le'],
};

export const HEADER_WORDS: Record<Language, HeaderWords> = { en, de, es, fr };
