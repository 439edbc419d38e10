import type { DemoPeople } from '../people';
import type { DemoTexts } from './en';

// The demo in Spanish: a phone and computer repair shop in Valencia (Russafa), as its staff writes
// things down. Every item is a masculine noun, so "el {item}", "del {item}" and "un {item}" fit them all.

export const es: DemoTexts & { people: DemoPeople } = {
  business: 'Reparaciones Russafa (demo)',
  staff: [
    { name: 'Vicent Ferrer', role: 'Propietario' },
    { name: 'Amparo Llorens', role: 'Encargada' },
    { name: 'Jordi Sanchis', role: 'Encargado' },
    { name: 'Nerea Martí', role: 'Técnica' },
    { name: 'Iván Soler', role: 'Técnico' },
    { name: 'Lucía Benavent', role: 'Mostrador' },
    { name: 'Rubén Catalá', role: 'Almacén' },
  ],
  compensations: {
    free_item: 'Protector de pantalla de regalo',
    replacement: 'Repetimos la reparación sin coste',
    refund: 'Reembolso del importe',
    discount: 'Descuento en la factura',
    voucher: 'Vale para la próxima reparación',
    upgrade: 'Reparación exprés sin recargo',
    gift: 'Funda de regalo',
  },
  causes: {
    peakStaffing: 'Falta gente al mediodía',
    noCheck: 'No se prueba el aparato antes de entregarlo',
    machineCare: 'Estación de soldadura sin mantenimiento',
    lateDelivery: 'El proveedor de pantallas llega tarde',
    onlineOrders: 'Las citas online no salen en el mostrador',
    cardReader: 'El datáfono pierde la conexión',
    tillTraining: 'Falta de formación en la caja',
    paperBookings: 'Las citas se apuntan en una libreta',
    cleaningRota: 'No se cumple el turno de limpieza',
    missingInfo: 'No avisamos del riesgo de perder datos',
    queue: 'La cola tapa la puerta',
    refundPolicy: 'Política de garantía poco clara',
  },
  lessons: {
    machineCare: {
      title: 'Limpiar y calibrar la estación de soldadura cada lunes',
      whatWeLearned: 'Los conectores mal soldados y las reparaciones lentas venían de la punta gastada, no de los técnicos.',
      change: 'La limpieza de la estación está en la lista de apertura del lunes y la firma el encargado.',
    },
    cardReader: {
      title: 'El datáfono en su propia red',
      whatWeLearned: 'El datáfono se caía del wifi de clientes en las horas de más jaleo.',
      change: 'Un punto de acceso aparte para la caja y el datáfono, y uno de repuesto cargado en el cajón.',
    },
    lateDelivery: {
      title: 'Un segundo proveedor de pantallas para los lunes',
      whatWeLearned: 'El envío del lunes llega tarde más o menos una semana de cada tres.',
      change: 'Pedido fijo con un segundo proveedor para los lunes por la mañana.',
    },
    onlineOrders: {
      title: 'Las citas online se imprimen en el mostrador',
      whatWeLearned: 'Las citas de la web solo se veían en el portátil de la oficina.',
      change: 'Cada cita sale por la impresora del taller en cuanto entra.',
    },
    noCheck: {
      title: 'Probar el aparato delante del cliente al entregarlo',
      whatWeLearned: 'La mayoría de los errores salían del mostrador sin que nadie revisara el resguardo.',
      change: 'Quien entrega enciende el aparato y repasa el resguardo con el cliente.',
    },
    peakStaffing: {
      title: 'Una persona más en el mostrador de 11:30 a 14:00',
      whatWeLearned: 'Las esperas y los errores se concentran a mediodía, cuando una sola persona lleva mostrador y caja.',
      change: 'Poner a alguien de refuerzo en la hora punta del mediodía, de martes a sábado.',
    },
    missingInfo: {
      title: 'Una etiqueta de aviso en cada aparato',
      whatWeLearned: 'En el mostrador no sabíamos decir con seguridad si se perderían los datos.',
      change: 'Sustituido por el aviso impreso en el resguardo, las etiquetas se perdían con facilidad.',
    },
  },
  items: [
    'móvil', 'portátil', 'iPhone', 'iPad', 'ordenador', 'patinete eléctrico', 'reloj inteligente',
    'mando de la consola', 'altavoz bluetooth', 'libro electrónico', 'Samsung Galaxy', 'MacBook', 'Xiaomi',
  ],
  amount: '{units},{cents} €',
  stories: {
    'Wait or delay': [
      'Vine a recoger el {item} a la hora que me dijisteis y estuve {minutes} minutos esperando en el mostrador.',
      'Me prometisteis el {item} para la una y tuve que esperar {minutes} minutos más, llegué tarde al trabajo.',
      'Nadie me atendió en {minutes} minutos, y eso que la tienda estaba medio vacía.',
      'Para cambiarle la batería al {item} tuve que volver dos veces y encima esperar {minutes} minutos.',
    ],
    'Wrong order': [
      'Os dejé el {item} para cambiar la batería y me lo devolvéis con otra pantalla.',
      'Me disteis un {item} que no era el mío, me di cuenta ya en casa.',
      'En la cita online pedí también una funda para el {item} y no estaba.',
      'Pedí que no borrarais nada y me devolvéis el {item} restaurado de fábrica.',
    ],
    'Product quality': [
      'El {item} se vuelve a apagar solo, igual que antes de la reparación.',
      'La pantalla nueva tiene una mancha en la esquina y no responde bien al tacto.',
      'A los dos días el {item} ya no carga, el conector parece mal soldado.',
      'La batería que me pusisteis en el {item} dura menos que la vieja.',
    ],
    Billing: [
      'Me cobrasteis dos veces el diagnóstico del {item}, {amount} cada vez.',
      'El datáfono falló tres veces y aun así me cobró.',
      'No me aplicasteis el descuento de cliente aunque enseñé la tarjeta.',
      'En el presupuesto del {item} ponía menos de lo que al final pagué.',
    ],
    'Staff manner': [
      'La persona del mostrador puso los ojos en blanco cuando le pregunté por el {item}.',
      'Me sentí con prisas y nadie me explicó qué le pasaba al aparato.',
      'Ni un hola ni un gracias, parecía que molestaba.',
    ],
    Cleanliness: [
      'Me devolvisteis el {item} lleno de huellas y con restos de pegamento.',
      'El mostrador estaba lleno de piezas y tornillos sueltos, no había dónde apoyar nada.',
      'La funda volvió manchada de grasa.',
    ],
    'Out of stock': [
      'Vine expresamente para arreglar el {item} y no teníais la pieza.',
      'Otra semana sin pantallas para el iPhone 13.',
      'La batería que encargué para el {item} no estaba cuando vine a por ella.',
    ],
    Booking: [
      'Pedí cita a las diez para tres portátiles de la oficina y no constaba en ningún sitio.',
      'Mi cita se la disteis a otra persona, esperé {minutes} minutos.',
      'La recogida del {item} estaba apuntada para otro día.',
    ],
    Communication: [
      'Nadie me avisó de que lo del {item} tardaría {minutes} minutos más, habría vuelto otro día.',
      'Pregunté si se perderían mis fotos y me dijeron que no. Se perdieron.',
      'Me prometieron una llamada por lo del presupuesto y nunca me llamaron.',
    ],
    Other: ['La música estaba tan alta que no nos entendíamos.', 'La contraseña del wifi que tenéis en la pared está mal.'],
  },
  notes: [
    'Cliente habitual, nos trae los móviles de toda la familia.',
    'Es la segunda vez este mes, tratarle con cuidado.',
    'Amparo se quedó en el mostrador mientras el datáfono no funcionaba.',
    'Le ofrecimos un vale, prefirió que le devolviéramos el dinero.',
    'Revisar el albarán del proveedor de ese día.',
  ],
  people: {
    firstNames: [
      'Josep', 'Pilar', 'María José', 'Carmen', 'Laura', 'Paula', 'Javier', 'Sergio', 'Pablo', 'Marta', 'Cristina', 'Raquel',
      'Alejandro', 'David', 'Daniel', 'Adrián', 'Álvaro', 'Elena', 'Sara', 'Andrea', 'Irene', 'Marina', 'Toni', 'Pau', 'Xavier',
      'Neus', 'Empar', 'Consuelo', 'Francisco', 'Manuel', 'Rosa', 'Inma', 'Vicenta', 'Héctor', 'Nuria', 'Alba', 'Claudia',
      'Mohamed', 'Andrei', 'Ionela', 'Carlos', 'Lorena',
    ],
    lastNames: [
      'García', 'Martínez', 'López', 'Sánchez', 'Pérez', 'Gómez', 'Navarro', 'Ruiz', 'Díaz', 'Moreno', 'Romero', 'Alonso', 'Gil',
      'Blasco', 'Vidal', 'Climent', 'Ribes', 'Tormo', 'Alcañiz', 'Gimeno', 'Roig', 'Pastor', 'Cano', 'Serrano', 'Mora', 'Esteve',
      'Fuster', 'Puig', 'Peris', 'Bosch', 'Camps', 'Vila', 'Ortiz', 'Torres', 'Herrero', 'Popescu', 'Ferrando', 'Miralles',
    ],
    surnames: 2,
    phones: ['6## ### ###', '6## ## ## ##', '96# ## ## ##', '7## ### ###'],
    mailDomains: ['gmail.com', 'hotmail.com', 'yahoo.es', 'outlook.es', 'telefonica.net'],
  },
};
