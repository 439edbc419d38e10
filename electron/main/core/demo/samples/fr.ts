import type { DemoPeople } from '../people';
import type { DemoTexts } from './en';

// The demo in French: a café on the slopes of the Croix-Rousse in Lyon, as its team writes things
// down. Every item is a masculine noun starting with a consonant, so "le {item}", "un {item}" and
// "mon {item}" fit them all. Typed as a team types: no punctuation that would want a no-break space.

export const fr: DemoTexts & { people: DemoPeople } = {
  business: 'Café des Pentes (démo)',
  staff: [
    { name: 'Mathilde Perrin', role: 'Gérante' },
    { name: 'Karim Benali', role: 'Responsable' },
    { name: 'Julien Chevalier', role: 'Responsable' },
    { name: 'Inès Moreau', role: 'Barista' },
    { name: 'Théo Girard', role: 'Barista' },
    { name: 'Chloé Lambert', role: 'Comptoir' },
    { name: 'Mamadou Diallo', role: 'Cuisine' },
  ],
  compensations: {
    free_item: 'Boisson offerte par la maison',
    replacement: 'Refait, tout frais',
    refund: 'Commande remboursée',
    discount: 'Retiré de l’addition',
    voucher: 'Bon d’achat pour la prochaine visite',
    upgrade: 'Grand format au prix du petit',
    gift: 'Sachet de café maison offert',
  },
  causes: {
    peakStaffing: 'Sous-effectif le midi',
    noCheck: 'Pas de vérification avant de servir',
    machineCare: 'Machine à expresso à détartrer',
    lateDelivery: 'Livraison de lait en retard',
    onlineOrders: 'Commandes en ligne invisibles au comptoir',
    cardReader: 'Le TPE perd la connexion',
    tillTraining: 'Manque de formation à la caisse',
    paperBookings: 'Réservations notées sur papier',
    cleaningRota: 'Planning de ménage pas respecté',
    missingInfo: 'Allergènes absents de la carte',
    queue: 'La file bloque l’entrée',
    refundPolicy: 'Règles de remboursement floues',
  },
  lessons: {
    machineCare: {
      title: 'Détartrer la machine à expresso chaque lundi',
      whatWeLearned: 'Le café amer et les extractions lentes venaient du calcaire dans la machine, pas des baristas.',
      change: 'Le détartrage figure sur la liste d’ouverture du lundi, visée par le responsable.',
    },
    cardReader: {
      title: 'Un réseau à part pour le TPE',
      whatWeLearned: 'Le TPE décrochait du wifi clients aux heures d’affluence.',
      change: 'Une borne wifi séparée pour la caisse et le TPE, et un TPE de secours chargé dans le tiroir.',
    },
    lateDelivery: {
      title: 'Un second fournisseur de lait pour le lundi',
      whatWeLearned: 'La livraison du lundi arrive en retard environ une semaine sur trois.',
      change: 'Commande permanente auprès d’une seconde laiterie pour le lundi matin.',
    },
    onlineOrders: {
      title: 'Les commandes en ligne s’impriment au comptoir',
      whatWeLearned: 'Les commandes du site n’apparaissaient que sur l’ordinateur du bureau.',
      change: 'Chaque commande sort sur l’imprimante de la cuisine dès qu’elle arrive.',
    },
    noCheck: {
      title: 'Relire la commande avant de la remettre',
      whatWeLearned: 'La plupart des erreurs quittaient le comptoir sans que personne ait vérifié le ticket.',
      change: 'La personne qui sert relit le ticket à voix haute au client.',
    },
    peakStaffing: {
      title: 'Une personne de plus en caisse de 11 h 30 à 14 h',
      whatWeLearned: 'Attentes et erreurs se concentrent le midi, quand une seule personne gère la caisse et le café.',
      change: 'Prévoir un renfort pour le coup de feu du midi, du mardi au samedi.',
    },
    missingInfo: {
      title: 'Une étiquette allergènes sur chaque gâteau',
      whatWeLearned: 'L’équipe ne savait pas répondre avec assurance aux questions sur les allergènes.',
      change: 'Remplacé par la carte des allergènes imprimée, les étiquettes se perdaient trop facilement.',
    },
  },
  items: [
    'café crème', 'latte au lait d’avoine', 'cappuccino', 'chaï latte', 'croissant', 'pain au chocolat', 'saucisson brioché',
    'jus d’orange pressé', 'plat du jour', 'croque-monsieur', 'gâteau d’anniversaire', 'sachet de café maison', 'plateau de sandwichs',
  ],
  amount: '{units},{cents} €',
  stories: {
    'Wait or delay': [
      'J’ai attendu {minutes} minutes pour un {item} et des gens arrivés après moi ont été servis avant.',
      'Un {item} à emporter, {minutes} minutes debout au comptoir, j’ai failli rater mon train à la Part-Dieu.',
      'Personne n’a pris notre commande pendant {minutes} minutes alors que la salle était à moitié vide.',
      'Le {item} de ma table est arrivé {minutes} minutes après que tout le monde avait fini.',
    ],
    'Wrong order': [
      'J’avais bien précisé sans lactose pour mon {item} et on m’a servi du lait de vache. Je suis intolérant.',
      'On m’a donné un {item} au lieu de ce que j’avais payé, je m’en suis rendu compte au bureau.',
      'Il manquait le {item} dans ma commande en ligne.',
      'J’ai commandé un déca et on m’a clairement servi un café normal, je n’ai pas dormi de la nuit.',
    ],
    'Product quality': [
      'Le {item} était froid au milieu.',
      'Le {item} avait un goût de brûlé, amer, pas comme d’habitude.',
      'Le {item} était rassis, il devait dater de la veille.',
      'Il y avait un cheveu dans mon {item}.',
    ],
    Billing: [
      'On m’a débité deux fois mon {item}, {amount} à chaque fois.',
      'Le terminal de paiement a planté trois fois et m’a quand même débité.',
      'On ne m’a pas tamponné ma carte de fidélité alors que je l’ai montrée.',
      'Sur l’ardoise, le {item} était affiché moins cher que ce que j’ai payé.',
    ],
    'Staff manner': [
      'La personne en caisse a levé les yeux au ciel quand j’ai posé une question sur le {item}.',
      'Je me suis senti bousculé et ignoré quand j’ai demandé conseil.',
      'Ni bonjour ni merci, j’avais l’impression de déranger.',
    ],
    Cleanliness: [
      'Les tables étaient collantes et personne ne les a débarrassées pendant une éternité.',
      'Pas de savon ni d’essuie-mains dans les toilettes.',
      'Des miettes et du lait renversé partout à côté du sucre et des serviettes.',
    ],
    'Out of stock': [
      'Je suis venu exprès pour le {item} et il n’y en avait plus à 10 h.',
      'Toujours pas de lait d’avoine cette semaine.',
      'Le {item} que j’avais commandé à l’avance n’était pas là quand je suis passé le chercher.',
    ],
    Booking: [
      'On avait réservé une table pour six et il n’y avait aucune trace de la réservation.',
      'Notre table a été donnée à quelqu’un d’autre, on a attendu {minutes} minutes.',
      'Le {item} que j’avais commandé à emporter était noté pour le mauvais jour.',
    ],
    Communication: [
      'Personne ne m’a dit que le {item} prendrait {minutes} minutes, j’aurais pris autre chose.',
      'J’ai demandé s’il y avait des fruits à coque dans le {item}, on m’a dit non. Il y en avait.',
      'On devait me rappeler au sujet de ma commande, je n’ai jamais eu de nouvelles.',
    ],
    Other: ['La musique était tellement forte qu’on ne s’entendait pas.', 'Le mot de passe du wifi affiché au mur est faux.'],
  },
  notes: [
    'Habituée, passe presque tous les matins.',
    'Deuxième fois ce mois-ci, à ménager.',
    'Karim a tenu la caisse pendant que la machine était en panne.',
    'Bon d’achat proposé, la cliente a préféré un remboursement.',
    'Vérifier le bon de livraison de ce jour-là.',
  ],
  people: {
    firstNames: [
      'Camille', 'Léa', 'Manon', 'Emma', 'Louise', 'Jade', 'Sarah', 'Juliette', 'Claire', 'Nathalie', 'Isabelle', 'Sylvie',
      'Martine', 'Françoise', 'Hugo', 'Lucas', 'Louis', 'Gabriel', 'Arthur', 'Nicolas', 'Thomas', 'Pierre', 'Antoine', 'Olivier',
      'Philippe', 'Bernard', 'Jean-Luc', 'Mehdi', 'Yacine', 'Sofiane', 'Nadia', 'Amina', 'Fatou', 'Kevin', 'Baptiste', 'Mathieu',
      'Romain', 'Élodie', 'Aurélie', 'Margaux',
    ],
    lastNames: [
      'Martin', 'Bernard', 'Dubois', 'Durand', 'Lefebvre', 'Petit', 'Roux', 'Fournier', 'Bonnet', 'Faure', 'Mercier', 'Blanc',
      'Guérin', 'Boyer', 'Garnier', 'Rousseau', 'Vincent', 'Morel', 'Fontaine', 'Chapuis', 'Berthet', 'Gonin', 'Perret', 'Brun',
      'Fayolle', 'Rey', 'Gauthier', 'Michel', 'Laurent', 'Haddad', 'Mansouri', 'Nguyen', 'Da Silva', 'Ferrari', 'Giraud', 'Carrel',
    ],
    surnames: 1,
    phones: ['06 ## ## ## ##', '07 ## ## ## ##', '04 78 ## ## ##', '04 72 ## ## ##'],
    mailDomains: ['orange.fr', 'free.fr', 'gmail.com', 'laposte.net', 'sfr.fr', 'hotmail.fr'],
  },
};
