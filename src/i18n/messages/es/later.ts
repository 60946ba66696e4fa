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
};
