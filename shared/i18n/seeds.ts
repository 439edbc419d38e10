// The categories and root causes a new data file starts with, in each language (issue 18), in the
// order migration 0001 seeds them in English. A file created on a German computer starts with the
// German names; the shop renames or adds its own as it likes. docs/glossary.md keeps the terms.
import type { CauseGroup } from '../domain';
import { DEFAULT_FOLLOW_UP_TEMPLATE, DEFAULT_VOUCHER_APOLOGY } from '../schemas/settings';
import type { Language } from './languages';

export const SEED_CATEGORIES: Record<Language, readonly string[]> = {
  en: ['Product quality', 'Wrong order', 'Wait or delay', 'Billing', 'Staff manner', 'Cleanliness', 'Out of stock', 'Booking', 'Communication', 'Other'],
  de: ['Produktqualität', 'Falsche Bestellung', 'Wartezeit oder Verspätung', 'Abrechnung', 'Umgang des Personals', 'Sauberkeit', 'Nicht vorrätig', 'Reservierung', 'Kommunikation', 'Sonstiges'],
  es: ['Calidad del producto', 'Pedido equivocado', 'Espera o retraso', 'Cobro', 'Trato del personal', 'Limpieza', 'Sin existencias', 'Reserva', 'Comunicación', 'Otro'],
  fr: ['Qualité du produit', 'Erreur de commande', 'Attente ou retard', 'Facturation', 'Accueil du personnel', 'Propreté', 'Rupture de stock', 'Réservation', 'Communication', 'Autre'],
};

export const SEED_ROOT_CAUSES: Record<Language, readonly (readonly [string, CauseGroup])[]> = {
  en: [
    ['Short-staffed at peak times', 'People'],
    ['Training gap', 'People'],
    ['No check before handing over', 'Process'],
    ['Order details not written down', 'Process'],
    ['Equipment fault', 'Equipment'],
    ['Supplier delivered late or wrong', 'Supplies'],
    ['Stock count out of date', 'Supplies'],
    ['Layout causes queues', 'Place'],
    ['Handover between shifts missed', 'Communication'],
    ['Customer not told about a delay', 'Communication'],
    ['Policy unclear or too strict', 'Policy'],
  ],
  de: [
    ['Unterbesetzt zu Stoßzeiten', 'People'],
    ['Lücke in der Einarbeitung', 'People'],
    ['Keine Kontrolle vor der Übergabe', 'Process'],
    ['Bestelldetails nicht notiert', 'Process'],
    ['Gerät defekt', 'Equipment'],
    ['Lieferant zu spät oder falsch geliefert', 'Supplies'],
    ['Bestand nicht aktuell', 'Supplies'],
    ['Raumaufteilung verursacht Schlangen', 'Place'],
    ['Übergabe zwischen Schichten versäumt', 'Communication'],
    ['Kunde nicht über Verzögerung informiert', 'Communication'],
    ['Regel unklar oder zu streng', 'Policy'],
  ],
  es: [
    ['Falta de personal en horas punta', 'People'],
    ['Falta de formación', 'People'],
    ['Sin comprobación antes de entregar', 'Process'],
    ['Detalles del pedido sin anotar', 'Process'],
    ['Avería de un equipo', 'Equipment'],
    ['El proveedor entregó tarde o mal', 'Supplies'],
    ['Inventario desactualizado', 'Supplies'],
    ['La distribución del local provoca colas', 'Place'],
    ['Traspaso entre turnos olvidado', 'Communication'],
    ['No se avisó al cliente de un retraso', 'Communication'],
    ['Norma poco clara o demasiado estricta', 'Policy'],
  ],
  fr: [
    ['Sous-effectif aux heures de pointe', 'People'],
    ['Manque de formation', 'People'],
    ['Pas de vérification avant la remise', 'Process'],
    ['Détails de la commande non notés', 'Process'],
    ['Panne d’équipement', 'Equipment'],
    ['Fournisseur en retard ou erroné', 'Supplies'],
    ['Inventaire pas à jour', 'Supplies'],
    ['L’agencement crée des files d’attente', 'Place'],
    ['Passation entre équipes oubliée', 'Communication'],
    ['Client non prévenu d’un retard', 'Communication'],
    ['Règle floue ou trop stricte', 'Policy'],
  ],
};

/** How a new file writes dates and money when its computer names only a language ("de", not "de-AT"). */
export const DEFAULT_LOCALES: Record<Language, string> = { en: 'en-US', de: 'de-DE', es: 'es-ES', fr: 'fr-FR' };

/**
 * The money a new file counts in, by the region its computer names (Intl has no table of it): the
 * regions where German, Spanish or French is spoken, and the larger English ones. A region not
 * listed keeps the language's usual one (the euro for German, Spanish and French).
 */
const EURO = ['AT', 'BE', 'CY', 'DE', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'IE', 'IT', 'LT', 'LU', 'LV', 'MC', 'MT', 'NL', 'PT', 'SI', 'SK', 'AD', 'SM', 'VA'];
export const REGION_CURRENCIES: Record<string, string> = {
  ...Object.fromEntries(EURO.map((region) => [region, 'EUR'])),
  CH: 'CHF', LI: 'CHF', GB: 'GBP', US: 'USD', CA: 'CAD', AU: 'AUD', NZ: 'NZD', MX: 'MXN', AR: 'ARS',
  CO: 'COP', CL: 'CLP', PE: 'PEN', UY: 'UYU', MA: 'MAD', TN: 'TND', SN: 'XOF', CI: 'XOF',
};
export const DEFAULT_CURRENCIES: Record<Language, string> = { en: 'USD', de: 'EUR', es: 'EUR', fr: 'EUR' };

/** The business name migration 0001 writes, until the shop types its own. */
export const SEED_SHOP_NAME: Record<Language, string> = {
  en: 'My shop',
  de: 'Mein Geschäft',
  es: 'Mi negocio',
  fr: 'Ma boutique',
};

/** The line printed on a voucher slip (Settings › Vouchers), until the shop words its own. */
export const SEED_VOUCHER_APOLOGY: Record<Language, string> = {
  en: DEFAULT_VOUCHER_APOLOGY,
  de: 'Es tut uns leid, dass wir Sie enttäuscht haben. Bitte nehmen Sie dies mit unserer Entschuldigung an.',
  es: 'Sentimos haberte decepcionado. Acepta esto con nuestras disculpas.',
  fr: 'Nous sommes désolés de vous avoir déçu. Veuillez accepter ceci avec nos excuses.',
};

/**
 * The suggested follow-up message (Settings › Follow-up message). Each language's sentence is built
 * around what its own words for the placeholders read like (shared/followUpTemplate.ts): German
 * "Wir {what_we_did}" is "Wir haben Ihnen eine Erstattung von 12,00 € gegeben".
 */
export const SEED_FOLLOW_UP_TEMPLATE: Record<Language, string> = {
  en: DEFAULT_FOLLOW_UP_TEMPLATE,
  de: 'Hallo {first_name}, hier ist {shop}. Wir möchten uns noch einmal melden wegen: {what_happened}. Wir {what_we_did}. Ist jetzt alles in Ordnung? Danke, dass Sie uns die Gelegenheit gegeben haben, es wiedergutzumachen.',
  es: 'Hola {first_name}, te escribimos de {shop}. Queríamos saber de ti después de lo que pasó: {what_happened}. Ya {what_we_did}. ¿Está todo bien ahora? Gracias por darnos la oportunidad de arreglarlo.',
  fr: 'Bonjour {first_name}, ici {shop}. Nous revenons vers vous au sujet de ce qui s’est passé\u00a0: {what_happened}. Nous {what_we_did}. Tout est-il en ordre maintenant\u00a0? Merci de nous avoir donné l’occasion de nous rattraper.',
};
