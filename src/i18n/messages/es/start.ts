import type { Translation } from '../../message.ts';
import type { messages as english } from '../en/start.ts';

export const messages: Translation<typeof english> = {
  'app.loading': 'Cargando…',
  'app.partFailed': 'Una parte del lanzador no se cargó. Vuelva a cargar la página.',
  'join.title': 'Unirse a una reunión',
  'join.refusedDomain':
    'El enlace indica el servidor de reuniones {domain}, que este lanzador no usa: no se envía ningún token allí.',
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
  'join.connecting': 'Obteniendo su token y conectando con {domain}…',
};
