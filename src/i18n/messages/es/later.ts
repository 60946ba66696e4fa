import type { Translation } from '../../message.ts';
import type { messages as english } from '../en/later.ts';

export const messages: Translation<typeof english> = {
  'meeting.onDomain': 'en {domain}',
  'meeting.leave': 'Salir',
  'meeting.scriptFailed': 'La reunión no pudo empezar. Elija «Salir» y después «Volver a unirse».',
  'meeting.token': 'Token',
  'meeting.tokenPanelFailed': 'No se pudo mostrar el panel del token; la reunión continúa.',
  'left.title': 'Ha salido de {room}',
  'left.rejoin': 'Volver a unirse',
  'left.joinAnother': 'Unirse a otra sala',
  'configError.title': 'El lanzador no está configurado correctamente',
  'configError.missing':
    '{url} respondió {status}: falta la configuración de ejecución. Coloque config.json junto a index.html (consulte «Configuration» en el README).',
  'configError.unreachable':
    'El lanzador no pudo leer {url} ni cargar su propio código: el servidor no respondió. Vuelva a cargar la página.',
  'configError.timeout':
    '{url} no llegó en {seconds} s: el servidor web que aloja el lanzador no responde. Vuelva a intentarlo en un momento.',
  'configError.tooLarge':
    '{url} ocupa más de {mebibytes} MiB, así que no es la configuración del lanzador y no se leyó. Coloque el config.json del lanzador (unos pocos kB) junto a index.html.',
  'configError.retry': 'Reintentar',
  'configError.notJson':
    '{url} no es JSON válido. Busque una coma o unas comillas que falten, o un comentario (JSON no los admite).',
  'configError.invalid': {
    one: '{url} tiene un problema que corregir.',
    many: '{url} tiene {count} de problemas que corregir.',
    other: '{url} tiene {count} problemas que corregir.',
  },
  'configError.fieldsCaption': 'Campos que corregir en {url}',
  'configError.field': 'Campo',
  'configError.problem': 'Problema',
  'configError.fix': 'Corrección',
  'configError.operator':
    'El operador de este sitio edita {configFile} junto a {indexFile}; no hace falta volver a compilar. Vuelva a cargar esta página después del cambio.',
  'meetingWatch.rejoining': 'Reconectando con un acceso nuevo…',
  'meetingWatch.rejoin': 'Volver a unirse',
  'meetingWatch.lobby.title': 'Esperando en la sala de espera',
  'meetingWatch.lobby.message':
    'Esta reunión tiene sala de espera: un moderador le dejará entrar. Espere aquí.',
  'meetingWatch.host.title': 'Esperando al anfitrión',
  'meetingWatch.host.message': 'La reunión empieza cuando se une un moderador. Espere aquí.',
  'meetingWatch.password.title': 'Esta reunión tiene contraseña',
  'meetingWatch.password.message':
    'Escriba la contraseña de la reunión en la reunión de abajo. Si no la tiene, pídasela al organizador.',
  'meetingWatch.login.title': 'El servidor de reuniones no aceptó su acceso',
  'meetingWatch.login.message':
    'El servidor de reuniones rechazó el acceso que el lanzador obtuvo para usted.',
  'meetingWatch.login.fix':
    'Elija Volver a unirse para obtener un acceso nuevo. Si vuelve a ocurrir, envíe los detalles al administrador del sitio.',
  'meetingWatch.room.title': 'No tiene permiso para entrar en esta sala',
  'meetingWatch.room.message': 'El servidor de reuniones aceptó su acceso, pero no para esta sala.',
  'meetingWatch.room.fix':
    'Compruebe el nombre de la sala y después envíe los detalles al administrador del sitio.',
  'meetingWatch.lobbyDenied.title': 'No le dejaron entrar',
  'meetingWatch.lobbyDenied.message': 'Un moderador rechazó su solicitud para unirse.',
  'meetingWatch.lobbyDenied.fix':
    'Pida al organizador que le deje entrar y después elija Volver a unirse.',
  'meetingWatch.full.title': 'La reunión está llena',
  'meetingWatch.full.message': 'La reunión ha alcanzado su límite de participantes.',
  'meetingWatch.full.fix': 'Elija Volver a unirse más tarde.',
  'meetingWatch.rejoinFailed.title': 'No se pudo reconectar',
  'meetingWatch.rejoinFailed.message':
    'Su acceso a la reunión caducó y no llegó uno nuevo ({cause}).',
  'meetingWatch.rejoinFailed.fix': 'Elija Volver a unirse para intentarlo de nuevo.',
  'meetingWatch.limit.title': 'Se perdió la conexión',
  'meetingWatch.limit.message': {
    one: 'Su acceso a la reunión caducó y el lanzador ya le reconectó una vez en 10 minutos.',
    many: 'Su acceso a la reunión caducó y el lanzador ya le reconectó {count} de veces en 10 minutos.',
    other:
      'Su acceso a la reunión caducó y el lanzador ya le reconectó {count} veces en 10 minutos.',
  },
  'meetingWatch.limit.fix': 'Elija Volver a unirse para entrar de nuevo con un acceso nuevo.',
  'meetingWatch.ended.title': 'La reunión ha terminado',
  'meetingWatch.ended.message': 'Un moderador terminó esta reunión para todos.',
};
