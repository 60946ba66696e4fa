import type { Translation } from '../../message.ts';
import type { messages as english } from '../en/start.ts';

export const messages: Translation<typeof english> = {
  'app.loading': 'Cargando…',
  'app.partFailed': 'Una parte de esta página no se cargó. Vuelva a cargar la página.',
  'join.title': 'Unirse a una reunión',
  'join.refusedDomain':
    'El enlace lleva a {domain}, un servidor de reuniones que esta página no usa: elija uno de la lista de abajo.',
  'join.room': 'Sala',
  'join.name': 'Su nombre',
  'join.email': 'Correo electrónico',
  'join.optional': '(opcional)',
  'join.serverLabel': 'Servidor de reuniones',
  'join.chooseServer': 'Elija un servidor',
  'join.server': 'Servidor de reuniones: {domain}',
  'join.submit': 'Unirse',
  'join.joining': 'Conectando…',
  'join.cancel': 'Cancelar',
  'join.connecting': 'Conectando con {domain}…',
};
