import type { CorpsMessages } from './messages'

export const es: CorpsMessages = {
  title: 'Cuerpo diplomático y organismos internacionales acreditados',
  intro: 'Embajadas, consulados y oficinas de organismos internacionales acreditados en el país, con sus jefes de misión y datos de contacto.',
  byCountry: 'Por país',
  precedence: 'Orden de precedencia',
  precedenceIntro: 'Los jefes de misión diplomática por clase y por la fecha de presentación de sus cartas credenciales; los jefes de oficina consular por clase y por la fecha del exequátur.',
  views: 'Vistas de la lista',
  diplomaticCorps: 'Cuerpo diplomático',
  consularCorps: 'Cuerpo consular',
  organisations: 'Organismos internacionales',
  organisationsNote: 'Los organismos internacionales no tienen precedencia entre sí: se listan por nombre.',
  kinds: {
    embassy: 'Embajada', 'high-commission': 'Alta Comisión', delegation: 'Delegación', 'consulate-general': 'Consulado General',
    consulate: 'Consulado', 'honorary-consulate': 'Consulado Honorario', 'international-organisation': 'Oficina de organismo internacional',
  },
  classes: {
    ambassador: 'Embajador', envoy: 'Enviado o ministro', 'charge-d-affaires': 'Encargado de negocios titular', 'charge-d-affaires-ai': 'Encargado de negocios a. i.',
    'consul-general': 'Cónsul general', consul: 'Cónsul', 'vice-consul': 'Vicecónsul', 'consular-agent': 'Agente consular', representative: 'Representante',
  },
  position: 'N.º', head: 'Jefe de misión', mission: 'Misión',
  credentials: 'Cartas credenciales', exequatur: 'Exequátur', accredited: 'Acreditación', pending: 'pendiente',
  address: 'Dirección', phone: 'Teléfono', email: 'Correo electrónico', website: 'Sitio web', accounts: 'Redes sociales', nationalDay: 'Fiesta nacional',
  openData: 'La lista en datos abiertos',
  none: 'Todavía no se ha publicado ninguna misión acreditada.',
  sampleEntry: '(datos de ejemplo)',
  sampleNotice: 'Las entradas marcadas como datos de ejemplo tienen direcciones, teléfonos, nombres y fechas inventados.',
}
