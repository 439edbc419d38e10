import type { DemoPeople } from '../people';
import type { DemoTexts } from './en';

// The demo in German: a hair salon in Munich (Haidhausen), as its team writes things down.
// Items are services without an article ("Termin für Balayage"), so every story fits every item.

export const de: DemoTexts & { people: DemoPeople } = {
  business: 'Salon Schnittpunkt (Demo)',
  staff: [
    { name: 'Andrea Hofbauer', role: 'Inhaberin' },
    { name: 'Selin Yıldız', role: 'Teamleitung' },
    { name: 'Markus Gruber', role: 'Teamleitung' },
    { name: 'Lena Wimmer', role: 'Friseurin' },
    { name: 'Dario Kovač', role: 'Friseur' },
    { name: 'Vroni Brandl', role: 'Empfang' },
    { name: 'Jana Schmid', role: 'Auszubildende' },
  ],
  compensations: {
    free_item: 'Pflegekur aufs Haus',
    replacement: 'Kostenlos nachgebessert',
    refund: 'Teil des Preises erstattet',
    discount: 'Auf der Rechnung nachgelassen',
    voucher: 'Gutschein für den nächsten Termin',
    upgrade: 'Styling gratis dazu',
    gift: 'Shampoo aus dem Regal geschenkt',
  },
  causes: {
    peakStaffing: 'Mittags unterbesetzt',
    noCheck: 'Wunsch nicht vor dem Schnitt abgeglichen',
    machineCare: 'Durchlauferhitzer verkalkt',
    lateDelivery: 'Farblieferung kommt zu spät',
    onlineOrders: 'Online-Buchungen am Empfang nicht sichtbar',
    cardReader: 'Kartenterminal verliert die Verbindung',
    tillTraining: 'Keine Einweisung an der Kasse',
    paperBookings: 'Terminbuch noch auf Papier',
    cleaningRota: 'Putzplan wird nicht eingehalten',
    missingInfo: 'Unverträglichkeiten nicht in der Kundenkartei',
    queue: 'Wartende stehen in der Tür',
    refundPolicy: 'Regel für Nachbesserungen unklar',
  },
  lessons: {
    machineCare: {
      title: 'Durchlauferhitzer jeden Montag entkalken',
      whatWeLearned: 'Lauwarmes Wasser am Waschbecken und schlecht ausgespülte Farbe lagen am Kalk im Gerät, nicht am Team.',
      change: 'Entkalken steht auf der Checkliste für Montagfrüh, die Teamleitung zeichnet ab.',
    },
    cardReader: {
      title: 'Eigenes Netz fürs Kartenterminal',
      whatWeLearned: 'Das Terminal ist zu Stoßzeiten aus dem Kunden-WLAN geflogen.',
      change: 'Eigener Access Point für Kasse und Terminal, ein geladenes Ersatzgerät liegt in der Schublade.',
    },
    lateDelivery: {
      title: 'Zweiter Großhändler für Farbe am Montag',
      whatWeLearned: 'Die Montagslieferung kommt ungefähr jede dritte Woche zu spät.',
      change: 'Dauerauftrag bei einem zweiten Großhändler für Montagfrüh.',
    },
    onlineOrders: {
      title: 'Online-Buchungen am Empfang ausdrucken',
      whatWeLearned: 'Online-Buchungen waren nur am Laptop im Büro zu sehen.',
      change: 'Jede Buchung kommt sofort am Drucker am Empfang heraus.',
    },
    noCheck: {
      title: 'Wunsch vor dem ersten Schnitt wiederholen',
      whatWeLearned: 'Die meisten Fehler passierten, weil niemand den Wunsch vorher mit der Kundschaft abgeglichen hat.',
      change: 'Wer schneidet, fasst den Wunsch vor dem ersten Schnitt in eigenen Worten zusammen, am besten mit Foto.',
    },
    peakStaffing: {
      title: 'Eine Person mehr am Empfang von 11:30 bis 14:00 Uhr',
      whatWeLearned: 'Wartezeiten und Fehler häufen sich mittags, wenn eine Person Empfang und Kasse allein macht.',
      change: 'Für die Mittagszeit eine Springerin einplanen, Dienstag bis Samstag.',
    },
    missingInfo: {
      title: 'Kärtchen zu Inhaltsstoffen an jeder Farbe',
      whatWeLearned: 'Bei Fragen zu Allergien und Inhaltsstoffen konnte niemand sicher antworten.',
      change: 'Ersetzt durch eine gedruckte Liste der Inhaltsstoffe am Empfang, die Kärtchen gingen zu leicht verloren.',
    },
  },
  items: [
    'Waschen, Schneiden, Föhnen', 'Herrenschnitt', 'Balayage', 'Strähnchen', 'Ansatzfarbe', 'Kinderhaarschnitt', 'Pony schneiden',
    'Dauerwelle', 'Brautfrisur', 'Bartrasur', 'Haarkur', 'Wiesn-Flechtfrisur', 'Keratin-Glättung',
  ],
  amount: '{units},{cents} €',
  stories: {
    'Wait or delay': [
      'Termin für {item} um 10 Uhr, dran war ich erst nach {minutes} Minuten. Leute, die nach mir kamen, waren vor mir fertig.',
      'Hatte {item} in der Mittagspause gebucht, musste {minutes} Minuten warten und kam zu spät ins Büro zurück.',
      'Saß {minutes} Minuten mit nassen Haaren unterm Handtuch, und niemand hat sich gekümmert.',
      'Die Einwirkzeit war längst vorbei, trotzdem hatte ich noch {minutes} Minuten die Farbe auf dem Kopf.',
    ],
    'Wrong order': [
      'Wollte nur die Spitzen schneiden lassen, jetzt sind fast zehn Zentimeter weg.',
      'Hatte {item} gebucht, gemacht wurde etwas ganz anderes. Gemerkt habe ich es erst zu Hause vor dem Spiegel.',
      'Meine Online-Buchung für {item} stand nicht im Kalender, bekommen habe ich einen normalen Schnitt.',
      'Ich habe ein kühles Aschblond auf dem Foto gezeigt, herausgekommen ist ein Orangeton.',
    ],
    'Product quality': [
      'Nach {item} juckt und brennt die Haut seit zwei Tagen.',
      'Die Farbe ist nach zweimal Waschen fast schon wieder raus.',
      'Der Schnitt ist links deutlich kürzer als rechts.',
      'Für {item} gut bezahlt, und nach einem Tag sah alles wieder aus wie vorher.',
    ],
    Billing: [
      'Mir wurde {item} zweimal berechnet, jeweils {amount}.',
      'Das Kartenterminal ist dreimal abgebrochen und hat dann trotzdem abgebucht.',
      'Meine Stempelkarte wurde nicht abgestempelt, obwohl ich sie vorgezeigt habe.',
      'Im Schaufenster stand für {item} ein niedrigerer Preis als der, den ich bezahlt habe.',
    ],
    'Staff manner': [
      'Am Empfang wurden die Augen verdreht, als ich nach {item} gefragt habe.',
      'Habe mich gehetzt gefühlt, bei der Beratung hat mir keiner richtig zugehört.',
      'Keine Begrüßung, kein Danke, ich kam mir vor wie eine Störung.',
    ],
    Cleanliness: [
      'Auf dem Boden und auf dem Stuhl lagen noch die Haare vom Kunden vor mir.',
      'Auf der Toilette gab es weder Seife noch Papierhandtücher.',
      'Das Handtuch am Waschbecken roch muffig, als wäre es nicht frisch gewesen.',
    ],
    'Out of stock': [
      'Extra für {item} gekommen, und dann war das Material dafür ausgegangen.',
      'Schon wieder kein Olaplex da, diese Woche zum zweiten Mal.',
      'Das Shampoo, das ich hatte zurücklegen lassen, war beim Abholen nicht da.',
    ],
    Booking: [
      'Wir hatten für die Hochzeit vier Termine hintereinander gebucht, im Kalender stand nichts davon.',
      'Mein Termin wurde an jemand anderen vergeben, ich habe {minutes} Minuten gewartet.',
      'Der Termin für {item} war am falschen Tag eingetragen.',
    ],
    Communication: [
      'Niemand hat gesagt, dass es bei {item} {minutes} Minuten länger dauert, sonst hätte ich einen anderen Tag genommen.',
      'Ich habe gefragt, ob die Farbe PPD enthält, es hieß nein. Sie enthält es doch.',
      'Mir wurde ein Rückruf wegen meines Termins versprochen, es kam keiner.',
    ],
    Other: ['Die Musik war so laut, dass ich die Friseurin kaum verstanden habe.', 'Das WLAN-Passwort an der Wand stimmt nicht.'],
  },
  notes: [
    'Stammkundin, kommt alle sechs Wochen.',
    'Schon das zweite Mal diesen Monat, bitte mit Fingerspitzengefühl.',
    'Selin hat den Empfang übernommen, während das Kartenterminal hing.',
    'Gutschein angeboten, die Kundin wollte lieber das Geld zurück.',
    'Lieferschein vom Großhandel für den Tag prüfen.',
  ],
  people: {
    firstNames: [
      'Maximilian', 'Sophie', 'Felix', 'Anna', 'Lukas', 'Marie', 'Leonie', 'Jonas', 'Katharina', 'Thomas', 'Sabine', 'Michael',
      'Stefanie', 'Andreas', 'Monika', 'Josef', 'Franziska', 'Korbinian', 'Theresa', 'Florian', 'Christina', 'Alexander', 'Laura',
      'Tobias', 'Ayşe', 'Mehmet', 'Elif', 'Luka', 'Giulia', 'Matteo', 'Natalia', 'Hannah', 'Paul', 'Emma', 'Johanna', 'Moritz',
      'Ursula', 'Wolfgang', 'Brigitte', 'Gerhard', 'Quirin', 'Magdalena', 'Ludwig', 'Vanessa',
    ],
    lastNames: [
      'Huber', 'Bauer', 'Maier', 'Wagner', 'Müller', 'Fischer', 'Weber', 'Hofmann', 'Berger', 'Lechner', 'Moser', 'Steiner',
      'Pichler', 'Reiter', 'Kraus', 'Zimmermann', 'Schneider', 'Schuster', 'Winkler', 'Obermeier', 'Hartl', 'Kaiser', 'Fuchs',
      'Lang', 'Sedlmeier', 'Stadler', 'Aigner', 'Mayr', 'Koch', 'Lindner', 'Forster', 'Yılmaz', 'Demir', 'Kaya', 'Horvat', 'Novak',
      'Rossi', 'Popović', 'Schwaiger', 'Brunner',
    ],
    surnames: 1,
    phones: ['089 ########', '089 #######', '0151 ########', '0160 #######', '0176 ########', '0172 #######'],
    mailDomains: ['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'icloud.com', 'posteo.de'],
  },
};
