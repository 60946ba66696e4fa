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
  'framing.title': 'Este servicio de reuniones no se puede usar dentro de esta página',
  'framing.noParents':
    'Se muestra dentro de {origin} y no está configurado para formar parte de otras páginas.',
  'framing.noParentsUnnamed':
    'Se muestra dentro de otra página y no está configurado para formar parte de otras páginas.',
  'framing.notAllowed':
    'Se muestra dentro de {origin}, que no es una de las páginas autorizadas a mostrarlo.',
  'framing.notAllowedUnnamed':
    'Se muestra dentro de otra página, que no es una de las páginas autorizadas a mostrarlo.',
  'framing.unknown':
    'Se muestra dentro de otra página y este navegador no dice cuál, así que no se puede comprobar que esté autorizada a mostrarlo.',
  'framing.risk':
    'Una página que oculte el servicio de reuniones podría hacer que un solo clic le una a una reunión en su nombre.',
  'framing.openOwnTab': 'Abrir el servicio de reuniones en su propia pestaña',
  'configError.title': 'Esta página no está bien configurada',
  'configError.plain':
    'No podrá unirse hasta que se corrija: envíe la dirección de esta página al administrador del sitio.',
  'configError.plainRetry':
    'La página no pudo cargar lo que necesita: compruebe su conexión y después elija «Reintentar».',
  'configError.forOperator': 'Para el administrador del sitio',
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
    'El servidor de reuniones rechazó el acceso que esta página obtuvo para usted.',
  'meetingWatch.login.fix':
    'Elija «Volver a unirse» para obtener un acceso nuevo. Si vuelve a ocurrir, envíe los detalles al administrador del sitio.',
  'meetingWatch.room.title': 'No tiene permiso para entrar en esta sala',
  'meetingWatch.room.message': 'El servidor de reuniones aceptó su acceso, pero no para esta sala.',
  'meetingWatch.room.fix':
    'Compruebe el nombre de la sala y después envíe los detalles al administrador del sitio.',
  'meetingWatch.lobbyDenied.title': 'No le dejaron entrar',
  'meetingWatch.lobbyDenied.message': 'Un moderador rechazó su solicitud para unirse.',
  'meetingWatch.lobbyDenied.fix':
    'Pida al organizador que le deje entrar y después elija «Volver a unirse».',
  'meetingWatch.full.title': 'La reunión está llena',
  'meetingWatch.full.message': 'La reunión ha alcanzado su límite de participantes.',
  'meetingWatch.full.fix': 'Elija «Volver a unirse» más tarde.',
  'meetingWatch.rejoinFailed.title': 'No se pudo reconectar',
  'meetingWatch.rejoinFailed.message':
    'Su acceso a la reunión caducó y no llegó uno nuevo ({cause}).',
  'meetingWatch.rejoinFailed.fix': 'Elija «Volver a unirse» para intentarlo de nuevo.',
  'meetingWatch.limit.title': 'Se perdió la conexión',
  'meetingWatch.limit.message': {
    one: 'Su acceso a la reunión caducó y ya se le reconectó una vez en 10 minutos.',
    many: 'Su acceso a la reunión caducó y ya se le reconectó {count} de veces en 10 minutos.',
    other: 'Su acceso a la reunión caducó y ya se le reconectó {count} veces en 10 minutos.',
  },
  'meetingWatch.limit.fix': 'Elija «Volver a unirse» para entrar de nuevo con un acceso nuevo.',
  'meetingWatch.ended.title': 'La reunión ha terminado',
  'meetingWatch.ended.message': 'Un moderador terminó esta reunión para todos.',
  'error.choose-server.title': 'Elija un servidor de reuniones',
  'error.choose-server.message': 'Elija un servidor de reuniones de la lista y después «Unirse».',
  'error.enter-room.title': 'Escriba el nombre de la sala',
  'error.enter-room.message': 'Escriba el nombre de la sala de reuniones y después elija «Unirse».',
  'error.check-room.title': 'Revise el nombre de la sala',
  'error.check-room.message':
    'Este nombre de sala no se puede usar: cámbielo y después elija «Unirse».',
  'error.enter-name.title': 'Escriba su nombre',
  'error.enter-name.message': 'Escriba el nombre que verán los demás y después elija «Unirse».',
  'error.sign-in.title': 'Inicie sesión para unirse',
  'error.sign-in.message': 'Debe iniciar sesión antes de unirse: elija «Iniciar sesión».',
  'error.sign-in-elsewhere.title': 'Inicie sesión para unirse',
  'error.sign-in-elsewhere.message':
    'Inicie sesión en el sitio web de su organización en este navegador y después elija «Reintentar».',
  'error.not-allowed.title': 'No puede unirse a esta reunión',
  'error.not-allowed.message':
    'Su cuenta no tiene permiso para unirse a esta reunión: pregunte a la persona que le invitó.',
  'error.set-up.title': 'Esta página no está bien configurada',
  'error.set-up.message':
    'No podrá unirse hasta que se corrija: envíe los detalles de abajo a su administrador.',
  'error.busy.title': 'Se está uniendo demasiada gente',
  'error.busy.message': 'Espere un minuto y después elija «Reintentar».',
  'error.unavailable.title': 'Ahora mismo no es posible unirse',
  'error.unavailable.message': 'Espere un momento y después elija «Reintentar».',
  'error.slow.title': 'Esto está tardando demasiado',
  'error.slow.message': 'La respuesta no llegó a tiempo: elija «Reintentar».',
  'error.offline.title': 'No se pudo conectar',
  'error.offline.message':
    'Compruebe que está conectado a internet o a la red de su organización y después elija «Reintentar».',
  'error.signed-out.title': 'Es posible que se haya cerrado su sesión',
  'error.signed-out.message':
    'Inicie sesión en el sitio web de su organización en este navegador y después elija «Reintentar».',
  'error.refused.title': 'La reunión no le dejaría entrar',
  'error.refused.message':
    'No se pudo confirmar su acceso a esta sala: envíe los detalles de abajo a su administrador.',
  'error.expired.title': 'Su acceso ha caducado',
  'error.expired.message':
    'Compruebe que la fecha y la hora de este dispositivo son correctas y después elija «Reintentar»; si lo son, envíe los detalles de abajo a su administrador.',
  'error.incomplete.title': 'La página no se cargó por completo',
  'error.incomplete.message': 'Compruebe su conexión y después elija «Reintentar».',
  'error.no-access.title': 'No se pudo acceder a la reunión',
  'error.no-access.message':
    'Elija «Reintentar»; si vuelve a ocurrir, envíe los detalles de abajo a su administrador.',
  'error.cancelled.title': 'Se canceló la conexión',
  'error.cancelled.message': 'Elija «Reintentar» para unirse.',
  'error.server-unreachable.title': 'No se puede acceder al servidor de reuniones',
  'error.server-unreachable.message': 'Compruebe su conexión y después elija «Reintentar».',
  'error.server-slow.title': 'El servidor de reuniones va demasiado lento',
  'error.server-slow.message': 'Espere un momento y después elija «Reintentar».',
  'error.unexpected.title': 'Algo salió mal',
  'error.unexpected.message': 'Elija «Reintentar»; si vuelve a ocurrir, vuelva a cargar la página.',
  'error.detail.happened': 'Qué ha pasado',
  'error.detail.fix': 'Cómo corregirlo',
  'error.detail.server': 'El servidor de reuniones respondería',
  'error.detail.check': 'Comprobación fallida',
  'error.detail.status': 'Estado HTTP',
  'error.detail.address': 'Dirección',
  'error.detail.code': 'Código de error',
  'error.detail.line': '{label}: {value}',
  'error.retry': 'Reintentar',
  'error.signIn': 'Iniciar sesión',
  'error.otherServer': 'Elegir otro servidor de reuniones',
  'error.details': 'Detalles para su administrador',
  'error.copy': 'Copiar detalles',
  'error.copied': 'Copiado. Pegue los detalles en su mensaje a su administrador.',
  'error.cannotCopy':
    'Esta página no puede copiar: seleccione los detalles de arriba y cópielos usted.',
  'error.help': '¿Necesita ayuda?',
  'error.popup':
    'Termine de iniciar sesión en la ventana que se abrió: esta página continuará sola.',
  'error.blocked':
    'Su navegador bloqueó la ventana de inicio de sesión. Abra la página de inicio de sesión, inicie sesión y después vuelva aquí.',
  'error.openSignIn': 'Abrir la página de inicio de sesión',
};
