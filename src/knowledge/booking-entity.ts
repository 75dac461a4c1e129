/**
 * Entity names that are a model's booking record (appointment, booking, reservation…), as written
 * in the languages read: "book a slot" and "books nights on a berth" create one of these, whatever
 * thing is booked. Matched on the entity name's lower-case words (`words()` of knowledge/mention.ts).
 */
const BOOKING =
  /^(appointment|booking|reservation|reserva|réservation|rendez vous|buchung|termine?|agendamento|consulta|prenotazione|reservering|boeking|afspraak)$/;

export const isBookingEntityWords = (entityWords: string): boolean => BOOKING.test(entityWords);
