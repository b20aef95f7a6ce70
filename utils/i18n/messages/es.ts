import type { Catalogue } from './en';

/** Español, con los términos de GitLab (token de acceso, token de despliegue, registro del job). */
export const es: Catalogue = {
  'registry.empty': 'Introduce el host del registro, por ejemplo registry.gitlab.com o registry.example.com:5050.',
  'registry.spaces': 'Un host de registro no puede contener espacios. Introduce solo host[:puerto], por ejemplo registry.gitlab.com o registry.example.com:5050.',
  'registry.bad-scheme': '"{scheme}://" no es una dirección de registro. Introduce host[:puerto], por ejemplo registry.gitlab.com o registry.example.com:5050.',
  'registry.missing-host': 'Falta el host del registro. Introduce host[:puerto], por ejemplo registry.gitlab.com o registry.example.com:5050.',
  'registry.userinfo': 'Quita la parte "nombre@" del registro: el nombre de usuario va en el campo Nombre de usuario.',
  'registry.ipv6-form': 'Una dirección IPv6 de registro se escribe [dirección]:puerto, por ejemplo [::1]:5000.',
  'registry.ipv6-brackets': 'Pon la dirección IPv6 del registro entre corchetes, por ejemplo [::1]:5000.',
  'registry.not-a-host':
    '"{input}" no es un host de registro. Introduce el nombre de host del registro con su puerto si lo tiene (por ejemplo registry.gitlab.com o registry.example.com:5050), o docker.io para Docker Hub.',
  'registry.bad-port': '"{port}" no es un puerto. Un puerto es un número del 1 al 65535, como en registry.example.com:5050.',
  'registry.host-too-long': '"{host}" no es un nombre de host válido: tiene más de 253 caracteres.',
  'registry.host-empty-label': '"{host}" no es un nombre de host válido: tiene una parte vacía entre puntos.',
  'registry.host-label-too-long': '"{host}" no es un nombre de host válido: "{label}" tiene más de 63 caracteres.',
  'registry.host-characters': '"{host}" no es un nombre de host válido: un nombre de host solo tiene letras, dígitos, puntos y guiones.',
  'registry.note.docker-hub-image': '"{input}" no nombra ningún host de registro, así que es una imagen de Docker Hub: se escribe con la clave de Docker Hub.',
  'registry.note.docker-hub': 'Docker Hub se escribe https://index.docker.io/v1/, la clave que usa el propio Docker.',
  'registry.note.removed-scheme': 'Se quitó "{scheme}": el runner solo compara host[:puerto].',
  'registry.note.removed-path': 'Se quitó "{path}": el runner solo compara host[:puerto].',
  'registry.note.removed-scheme-and-path': 'Se quitaron "{scheme}" y "{path}": el runner solo compara host[:puerto].',
  'registry.note.lower-cased': 'Nombre de host en minúsculas, como lo compara el runner.',

  'username.empty':
    'Introduce un nombre de usuario. Cualquier nombre no vacío sirve para tokens de acceso personales, de proyecto y de grupo; un token de despliegue necesita su propio nombre de usuario (gitlab+deploy-token-…).',
  'username.colon': 'Un nombre de usuario no puede contener ":" (el registro lee todo lo que sigue al primer ":" como el token). Quita el ":".',
  'username.tab': 'El nombre de usuario contiene un tabulador. Escríbelo de nuevo sin él.',
  'username.line-break': 'El nombre de usuario contiene un salto de línea. Escríbelo de nuevo sin él.',
  'username.control': 'El nombre de usuario contiene el carácter invisible {code}. Escríbelo de nuevo sin ese carácter.',
  'username.note.trimmed-spaces': 'Se quitaron espacios alrededor del nombre de usuario ({count, plural, one {# carácter} other {# caracteres}}).',
  'username.note.trimmed-line-breaks':
    'Se quitaron espacios y saltos de línea alrededor del nombre de usuario ({count, plural, one {# carácter} other {# caracteres}}).',

  'token.empty': 'Introduce el token (o la contraseña) de este registro.',
  'token.space': 'El token contiene un espacio en el carácter {position}; los tokens no tienen ninguno. Copia el token de nuevo donde se mostró, de una sola vez.',
  'token.tab': 'El token contiene un tabulador en el carácter {position}; los tokens no tienen ninguno. Copia el token de nuevo donde se mostró, de una sola vez.',
  'token.line-break':
    'El token contiene un salto de línea en el carácter {position}; los tokens no tienen ninguno. Copia el token de nuevo donde se mostró, de una sola vez.',
  'token.control':
    'El token contiene el carácter invisible {code} en el carácter {position}; los tokens no tienen ninguno. Copia el token de nuevo donde se mostró, de una sola vez.',
  'token.note.trimmed-spaces': 'Se quitaron espacios alrededor del token ({count, plural, one {# carácter} other {# caracteres}}).',
  'token.note.trimmed-line-breaks': 'Se quitaron espacios y saltos de línea alrededor del token ({count, plural, one {# carácter} other {# caracteres}}).',

  'build.note.same-entry': 'Mismo registro y mismas credenciales que la entrada {entry}: se escribe una vez.',
  'build.conflict': '{registry} ya es la entrada {entry}, con otras credenciales. Un registro tiene un solo juego de credenciales: quita una de las dos.',

  'inspect.entry-problem': '{registry}: {problem}',
  'inspect.key-not-registry': 'la clave no es un registro. {reason}',
  'inspect.key-scheme-or-path': 'la clave tiene esquema o ruta; los runners antiguos solo comparan host[:puerto]. Usa "{key}".',
  'inspect.key-case': 'los runners comparan los nombres de host en minúsculas. Usa "{key}".',
  'inspect.entry-not-object': 'la entrada debe ser un objeto como {example}; si no, el runner ignora toda la variable, sin error en el registro del job.',
  'inspect.username-password':
    'usa "username"/"password" sin "auth": el runner lo lee, Docker CLI 28.3+ no. Vuelve a generarla para que escriba "auth".',
  'inspect.no-auth': 'no tiene "auth"; entonces el runner ignora toda la variable, sin error en el registro del job.',
  'inspect.auth-not-string': '"auth" debe ser una cadena no vacía; si no, el runner ignora toda la variable, sin error en el registro del job.',
  'inspect.auth-not-base64': '"auth" no es base64 válido; entonces el runner ignora toda la variable, sin error en el registro del job. Vuelve a generar esta entrada.',
  'inspect.auth-line-breaks': '"auth" contiene saltos de línea (base64 cortado a 76 columnas). Vuelve a generarlo sin ellos.',
  'inspect.auth-no-colon':
    '"auth" se decodifica en un texto sin ":" entre nombre de usuario y token; entonces el runner ignora toda la variable, sin error en el registro del job.',
  'inspect.auth-empty-username': '"auth" tiene un nombre de usuario vacío; entonces el runner ignora toda la variable, sin error en el registro del job.',
  'inspect.empty': 'El valor está vacío. Pega una DOCKER_AUTH_CONFIG como {example}.',
  'inspect.not-json': 'JSON no válido ({reason}); entonces el runner ignora toda la variable, sin error en el registro del job.',
  'inspect.not-object': 'El valor debe ser un objeto JSON como {example}.',
  'inspect.auths-not-object': '"auths" debe ser un objeto con un miembro por registro, como {example}.',
  'inspect.not-compact': 'El valor tiene espacios o saltos de línea, así que GitLab no puede enmascararlo. Usa la forma compacta.',
  'inspect.credential-helper':
    '"{member}" ejecuta un programa auxiliar de credenciales en el host del runner: los runners recientes lo rechazan y los pulls de Docker Hub fallan. Quítalo y conserva "auths".',
  'inspect.no-auths': 'No hay ningún objeto "auths", así que el runner no encuentra credenciales.',
  'inspect.auths-empty': '"auths" está vacío: ningún registro recibe credenciales.',
  'inspect.same-registry': '"{first}" y "{second}" son el mismo registro; el runner usa solo uno de ellos. Conserva uno.',

  'merge.no-existing': 'No hay ningún valor existente al que añadir. Pégalo primero.',
  'merge.unreadable': 'El valor existente no se puede combinar: {reason} Corrígelo o, en su lugar, reemplázalo.',
  'button.generate': 'Generar DOCKER_AUTH_CONFIG',
  'button.create-read-token': 'Crear token de lectura del registro',
  'form-helper.failed': 'No se ha podido rellenar el formulario. Vuelve a cargar la página e inténtalo de nuevo.',
  'form-helper.filled': 'Rellenado: {fields}.',
  'form-helper.missing': 'Debes indicar tú: {fields}.',
  'form-helper.review': 'Revísalo y crea el token con el botón de GitLab.',
  'form-helper.field.name': 'nombre',
  'form-helper.field.scopes': 'solo el alcance read_registry',
  'form-helper.field.role': 'rol Reporter',
  'form-helper.field.expiry': 'fecha de caducidad',
  'address.empty': 'Introduce la dirección de tu GitLab, p. ej. https://gitlab.example.com o https://example.com/gitlab.',
  'address.spaces': 'Una dirección web no puede contener espacios. Escríbela así: p. ej. https://gitlab.example.com o https://example.com/gitlab.',
  'address.no-scheme': 'Empieza la dirección con https:// (o http://), p. ej. https://gitlab.example.com o https://example.com/gitlab.',
  'address.not-url': '"{input}" no es una dirección web. Escríbela así: p. ej. https://gitlab.example.com o https://example.com/gitlab.',
  'address.bad-scheme': 'GitLab se sirve por https:// (o http://), no por {scheme}//. Escribe la dirección así: p. ej. https://gitlab.example.com o https://example.com/gitlab.',
  'address.credentials':
    'Quita el nombre de usuario y la contraseña ("…@") de la dirección: la extensión usa tu sesión de GitLab en este navegador y no guarda credenciales.',
  'address.query': 'Quita la consulta ("?…") y el fragmento ("#…"): introduce solo la dirección donde se sirve GitLab.',
  'address.missing-host': 'Falta el nombre de host. Escribe la dirección así: p. ej. https://gitlab.example.com o https://example.com/gitlab.',
  'address.page-inside':
    'Parece una página dentro de GitLab. Introduce solo la dirección donde se sirve GitLab: su host y, si la tiene, su raíz de URL relativa, p. ej. https://gitlab.example.com o https://example.com/gitlab.',
  'address.gitlab-com': 'gitlab.com viene incluido: la extensión ya funciona allí, no hay nada que añadir.',
  'address.already-added': '{origin} ya está en la lista.',
  'address.insecure':
    'Este GitLab se alcanza por http:// sin cifrar: tu sesión y cada token que generes viajan sin cifrado. Usa https:// si tu GitLab lo ofrece.',
  'manifest.name': 'DOCKER_AUTH_CONFIG para GitLab CI',
  'manifest.description': 'Convierte un token de registro de GitLab en una variable de CI/CD DOCKER_AUTH_CONFIG sin terminal. Todo queda en tu navegador.',
};
