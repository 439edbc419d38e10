// The words a hand-kept log writes in its cells for yes/no, severity, channel, outcome and the
// kind of compensation, per language the app speaks. Data only, like headerWords.ts; matched with
// case, accents, spaces and punctuation ignored ("Walk-in" = "walk in"). The values' own names and
// labels ("in_person", "In person") are always understood besides. A word means one thing in every
// language: a test checks that no two tables disagree.
import type { Channel, CompensationKind, Outcome, Severity } from '../../../../shared/domain';
import type { Language } from './headerWords';

export interface ValueWords {
  yes: readonly string[];
  no: readonly string[];
  severity: Record<Severity, readonly string[]>;
  channel: Partial<Record<Channel, readonly string[]>>;
  outcome: Record<Outcome, readonly string[]>;
  kind: Partial<Record<CompensationKind, readonly string[]>>;
}

const en: ValueWords = {
  yes: ['yes', 'y', 'true', 'x'],
  no: ['no', 'n', 'false'],
  severity: { 1: ['minor', 'low', 'small'], 2: ['moderate', 'medium', 'normal'], 3: ['major', 'high', 'serious'], 4: ['critical', 'urgent', 'severe'] },
  channel: {
    in_person: ['walk-in', 'walk in', 'in store', 'in shop', 'in person', 'counter', 'at the counter', 'face to face', 'at the table'],
    phone: ['call', 'phone call', 'telephone', 'by phone', 'tel'],
    email: ['e-mail', 'by email'],
    web: ['online', 'website', 'chat', 'live chat', 'web form', 'contact form', 'app'],
    social: ['social media', 'review', 'online review', 'google review', 'facebook', 'instagram', 'tripadvisor', 'yelp'],
    mail: ['post', 'letter', 'by post', 'by mail'],
  },
  outcome: {
    retained: ['kept', 'came back', 'returned', 'stayed', 'won back', 'still a customer'],
    lost: ['left', 'gone', 'did not come back', 'never came back', 'churned'],
    unknown: ['not known', 'not sure', "don't know"],
  },
  kind: {
    refund: ['money back', 'refunded', 'reimbursement', 'reimbursed'],
    discount: ['reduction', 'money off', 'price reduction', 'discounted'],
    replacement: ['replaced', 'exchange', 'exchanged', 'remake', 'remade', 'redo', 'swap'],
    free_item: ['free', 'freebie', 'on the house', 'comp', 'comped', 'complimentary'],
    upgrade: ['upgraded'],
    voucher: ['coupon', 'gift card', 'gift voucher', 'store credit', 'credit'],
    gift: ['present', 'small gift'],
  },
};

const de: ValueWords = {
  yes: ['ja', 'j', 'wahr'],
  no: ['nein', 'falsch'],
  severity: { 1: ['gering', 'leicht', 'niedrig'], 2: ['mittel', 'mäßig'], 3: ['schwer', 'hoch', 'ernst'], 4: ['kritisch', 'dringend', 'sehr schwer'] },
  channel: {
    in_person: ['persönlich', 'vor Ort', 'im Laden', 'im Geschäft', 'Theke', 'Tresen', 'an der Theke'],
    phone: ['Telefon', 'Anruf', 'telefonisch'],
    email: ['E-Mail', 'per E-Mail'],
    web: ['Webseite', 'Website', 'Kontaktformular', 'Internet'],
    social: ['soziale Medien', 'Bewertung', 'Rezension'],
    mail: ['Brief', 'per Post'],
    other: ['Sonstiges', 'Andere', 'Anderes'],
  },
  outcome: {
    retained: ['gehalten', 'behalten', 'geblieben', 'kam wieder', 'kam zurück', 'zurückgekommen', 'wiedergekommen'],
    lost: ['verloren', 'weg', 'gegangen', 'kam nicht wieder', 'abgesprungen'],
    unknown: ['unbekannt', 'weiß nicht', 'unklar'],
  },
  kind: {
    refund: ['Erstattung', 'Rückerstattung', 'Geld zurück'],
    discount: ['Rabatt', 'Nachlass', 'Preisnachlass', 'Ermäßigung'],
    replacement: ['Ersatz', 'Umtausch', 'neu gemacht'],
    free_item: ['gratis', 'kostenlos', 'aufs Haus', 'umsonst'],
    upgrade: ['Aufwertung'],
    voucher: ['Gutschein', 'Gutschrift'],
    gift: ['Geschenk', 'Aufmerksamkeit', 'Präsent'],
    other: ['Sonstiges', 'Andere', 'Anderes'],
  },
};

const es: ValueWords = {
  yes: ['sí', 'verdadero', 'cierto'],
  no: ['falso'],
  severity: { 1: ['leve', 'menor', 'baja', 'bajo'], 2: ['moderada', 'moderado', 'media', 'medio'], 3: ['grave', 'alta', 'alto', 'mayor'], 4: ['crítica', 'crítico', 'urgente', 'muy grave'] },
  channel: {
    in_person: ['en persona', 'presencial', 'en tienda', 'en el local', 'mostrador', 'en mostrador'],
    phone: ['teléfono', 'llamada', 'por teléfono', 'telefónico'],
    email: ['correo electrónico', 'correo-e', 'por correo electrónico'],
    web: ['en línea', 'sitio web', 'página web', 'formulario'],
    social: ['redes sociales', 'red social', 'reseña', 'opinión'],
    mail: ['carta', 'correo postal', 'correo ordinario'],
    other: ['otro', 'otra', 'otros'],
  },
  outcome: {
    retained: ['retenido', 'retenida', 'conservado', 'volvió', 'regresó', 'se quedó'],
    lost: ['perdido', 'perdida', 'se fue', 'no volvió'],
    unknown: ['desconocido', 'no se sabe'],
  },
  kind: {
    refund: ['reembolso', 'devolución'],
    discount: ['descuento', 'rebaja'],
    replacement: ['reposición', 'sustitución', 'cambio', 'reemplazo'],
    free_item: ['invitación', 'cortesía', 'artículo gratis'],
    upgrade: ['mejora'],
    voucher: ['vale', 'cupón', 'bono', 'tarjeta regalo'],
    gift: ['regalo', 'obsequio', 'detalle'],
    other: ['otro', 'otra', 'otros'],
  },
};

const fr: ValueWords = {
  yes: ['oui', 'o', 'vrai'],
  no: ['non'],
  severity: { 1: ['mineur', 'mineure', 'faible', 'bas', 'basse'], 2: ['modéré', 'modérée', 'moyen', 'moyenne'], 3: ['majeur', 'majeure', 'élevé', 'élevée', 'haut', 'haute', 'sérieux'], 4: ['critique', 'urgente', 'très grave'] },
  channel: {
    in_person: ['en personne', 'sur place', 'en magasin', 'en boutique', 'au comptoir', 'comptoir'],
    phone: ['téléphone', 'appel', 'par téléphone', 'tél'],
    email: ['courriel', 'mél', 'par e-mail', 'par courriel'],
    web: ['site web', 'en ligne', 'formulaire', 'site internet'],
    social: ['réseaux sociaux', 'avis', 'avis en ligne'],
    mail: ['courrier', 'lettre', 'par courrier', 'la poste'],
    other: ['autre', 'autres'],
  },
  outcome: {
    retained: ['conservé', 'fidélisé', 'retenu', 'revenu', 'est revenu', 'gardé'],
    lost: ['perdu', 'parti', "n'est pas revenu"],
    unknown: ['inconnu', 'ne sait pas'],
  },
  kind: {
    refund: ['remboursement', 'remboursé'],
    discount: ['remise', 'réduction', 'rabais'],
    replacement: ['remplacement', 'échange', 'remplacé'],
    free_item: ['gratuit', 'offert', 'article offert'],
    upgrade: ['surclassement'],
    voucher: ['bon', "bon d'achat", 'avoir', 'carte cadeau'],
    gift: ['cadeau'],
    other: ['autre', 'autres'],
  },
};

export const VALUE_WORDS: Record<Language, ValueWords> = { en, de, es, fr };

/** Marks a checkbox column is ticked with (matched before punctuation is ignored). */
export const YES_MARKS: readonly string[] = ['✓', '✔', '☑', '✅'];
