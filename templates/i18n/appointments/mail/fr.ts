import type { AppointmentMailMessages } from './messages'

export const fr: AppointmentMailMessages = {
  subject: {
    confirmed: (ref, service) => `Rendez-vous confirmé : ${service} — ${ref}`,
    moved: (ref, service) => `Rendez-vous modifié : ${service} — ${ref}`,
    reminder: (ref, service) => `Rappel : votre rendez-vous de demain, ${service} — ${ref}`,
    cancelled: (ref, service) => `Rendez-vous annulé : ${service} — ${ref}`,
  },
  greeting: (name) => `Madame, Monsieur ${name},`,
  lead: {
    confirmed: 'Votre rendez-vous est réservé.',
    moved: 'Votre rendez-vous a été déplacé. La nouvelle date et l’heure figurent ci-dessous ; l’ancienne n’est plus valable.',
    reminder: 'Nous vous rappelons votre rendez-vous de demain.',
    cancelledByStaff: 'Nous sommes désolés : nous avons dû annuler votre rendez-vous.',
    cancelledByApplicant: 'Votre rendez-vous a été annulé, comme vous l’avez demandé.',
  },
  label: { reference: 'Référence', service: 'Démarche', office: 'Bureau', when: 'Date et heure', people: 'Personnes', reason: 'Motif' },
  localTime: (time, zone) => `${time} (${zone})`,
  bring: 'À apporter',
  manage: 'Pour annuler ou modifier votre rendez-vous, ouvrez ce lien. Gardez-le pour vous : il fonctionne sans mot de passe.',
  calendar: 'Le fichier joint ajoute le rendez-vous à votre agenda.',
  bookAgain: 'Pour prendre un autre rendez-vous :',
  signature: (m) => `\n\n--\n${m}\nCe message concerne un rendez-vous pris sur notre site.\n`,
}
