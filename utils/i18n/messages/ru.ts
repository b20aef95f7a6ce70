import type { Catalogue } from './en';

/** Русский (термины GitLab: токен доступа, токен развёртывания, журнал задания). */
export const ru: Catalogue = {
  'registry.empty': 'Введите хост реестра, например registry.gitlab.com или registry.example.com:5050.',
  'registry.spaces': 'Хост реестра не может содержать пробелы. Введите только host[:port], например registry.gitlab.com или registry.example.com:5050.',
  'registry.bad-scheme': '"{scheme}://" — не адрес реестра. Введите host[:port], например registry.gitlab.com или registry.example.com:5050.',
  'registry.missing-host': 'Не указан хост реестра. Введите host[:port], например registry.gitlab.com или registry.example.com:5050.',
  'registry.userinfo': 'Уберите часть "name@" из реестра: имя пользователя вводится в поле «Имя пользователя».',
  'registry.ipv6-form': 'IPv6-адрес реестра записывается как [адрес]:порт, например [::1]:5000.',
  'registry.ipv6-brackets': 'Заключите IPv6-адрес реестра в квадратные скобки, например [::1]:5000.',
  'registry.not-a-host':
    '"{input}" — не хост реестра. Введите имя хоста реестра и его порт, если он есть (например registry.gitlab.com или registry.example.com:5050), или docker.io для Docker Hub.',
  'registry.bad-port': '"{port}" — не порт. Порт — это число от 1 до 65535, как в registry.example.com:5050.',
  'registry.host-too-long': '"{host}" — недопустимое имя хоста: оно длиннее 253 символов.',
  'registry.host-empty-label': '"{host}" — недопустимое имя хоста: между точками пусто.',
  'registry.host-label-too-long': '"{host}" — недопустимое имя хоста: "{label}" длиннее 63 символов.',
  'registry.host-characters': '"{host}" — недопустимое имя хоста: имя хоста состоит только из букв, цифр, точек и дефисов.',
  'registry.note.docker-hub-image': 'В "{input}" нет хоста реестра, значит, это образ из Docker Hub: записан с ключом Docker Hub.',
  'registry.note.docker-hub': 'Docker Hub записывается как https://index.docker.io/v1/ — ключ, который использует сам Docker.',
  'registry.note.removed-scheme': 'Удалено "{scheme}": раннер сравнивает только host[:port].',
  'registry.note.removed-path': 'Удалено "{path}": раннер сравнивает только host[:port].',
  'registry.note.removed-scheme-and-path': 'Удалены "{scheme}" и "{path}": раннер сравнивает только host[:port].',
  'registry.note.lower-cased': 'Имя хоста приведено к нижнему регистру — так его сравнивает раннер.',

  'username.empty':
    'Введите имя пользователя. Для личных токенов доступа, токенов доступа проекта и группы подойдёт любое непустое имя; токену развёртывания нужно его собственное имя пользователя (gitlab+deploy-token-…).',
  'username.colon': 'Имя пользователя не может содержать ":" (реестр считает токеном всё после первого ":"). Уберите ":".',
  'username.tab': 'Имя пользователя содержит табуляцию. Введите его заново без неё.',
  'username.line-break': 'Имя пользователя содержит перевод строки. Введите его заново без него.',
  'username.control': 'Имя пользователя содержит невидимый символ {code}. Введите его заново без этого символа.',
  'username.note.trimmed-spaces':
    'Удалены пробелы вокруг имени пользователя ({count, plural, one {# символ} few {# символа} many {# символов} other {# символа}}).',
  'username.note.trimmed-line-breaks':
    'Удалены пробелы и переводы строк вокруг имени пользователя ({count, plural, one {# символ} few {# символа} many {# символов} other {# символа}}).',

  'token.empty': 'Введите токен (или пароль) для этого реестра.',
  'token.space': 'В токене пробел на позиции {position}; в токенах пробелов нет. Скопируйте токен заново оттуда, где он был показан, целиком.',
  'token.tab': 'В токене табуляция на позиции {position}; в токенах её нет. Скопируйте токен заново оттуда, где он был показан, целиком.',
  'token.line-break': 'В токене перевод строки на позиции {position}; в токенах его нет. Скопируйте токен заново оттуда, где он был показан, целиком.',
  'token.control':
    'В токене невидимый символ {code} на позиции {position}; в токенах таких нет. Скопируйте токен заново оттуда, где он был показан, целиком.',
  'token.note.trimmed-spaces': 'Удалены пробелы вокруг токена ({count, plural, one {# символ} few {# символа} many {# символов} other {# символа}}).',
  'token.note.trimmed-line-breaks':
    'Удалены пробелы и переводы строк вокруг токена ({count, plural, one {# символ} few {# символа} many {# символов} other {# символа}}).',

  'build.note.same-entry': 'Тот же реестр и те же учётные данные, что в записи {entry}: записано один раз.',
  'build.conflict': '{registry} уже есть в записи {entry} с другими учётными данными. У реестра один набор учётных данных: удалите одну из записей.',

  'inspect.entry-problem': '{registry}: {problem}',
  'inspect.key-not-registry': 'ключ — не реестр. {reason}',
  'inspect.key-scheme-or-path': 'в ключе есть схема или путь; старые раннеры сравнивают только host[:port]. Используйте "{key}".',
  'inspect.key-case': 'раннеры сравнивают имена хостов в нижнем регистре. Используйте "{key}".',
  'inspect.entry-not-object': 'запись должна быть объектом вида {example}; иначе раннер игнорирует всю переменную, без ошибки в журнале задания.',
  'inspect.username-password':
    'использует "username"/"password" без "auth": раннер это читает, Docker CLI 28.3+ — нет. Сгенерируйте запись заново, чтобы в ней был "auth".',
  'inspect.no-auth': 'нет "auth"; тогда раннер игнорирует всю переменную, без ошибки в журнале задания.',
  'inspect.auth-not-string': '"auth" должен быть непустой строкой; иначе раннер игнорирует всю переменную, без ошибки в журнале задания.',
  'inspect.auth-not-base64': '"auth" — недопустимый base64; тогда раннер игнорирует всю переменную, без ошибки в журнале задания. Сгенерируйте эту запись заново.',
  'inspect.auth-line-breaks': '"auth" содержит переводы строк (base64, разбитый по 76 символов). Сгенерируйте его заново без них.',
  'inspect.auth-no-colon':
    '"auth" декодируется в текст без ":" между именем пользователя и токеном; тогда раннер игнорирует всю переменную, без ошибки в журнале задания.',
  'inspect.auth-empty-username': 'в "auth" пустое имя пользователя; тогда раннер игнорирует всю переменную, без ошибки в журнале задания.',
  'inspect.empty': 'Значение пустое. Вставьте DOCKER_AUTH_CONFIG вида {example}.',
  'inspect.not-json': 'Недопустимый JSON ({reason}); тогда раннер игнорирует всю переменную, без ошибки в журнале задания.',
  'inspect.not-object': 'Значение должно быть JSON-объектом вида {example}.',
  'inspect.auths-not-object': '"auths" должен быть объектом с одним элементом на реестр, вида {example}.',
  'inspect.not-compact': 'В значении есть пробелы или переводы строк, поэтому GitLab не может его замаскировать. Используйте компактную форму.',
  'inspect.credential-helper':
    '"{member}" запускает программу-помощник для учётных данных на хосте раннера: новые раннеры это отклоняют, и загрузка из Docker Hub не работает. Удалите его и оставьте "auths".',
  'inspect.no-auths': 'Нет объекта "auths", поэтому раннер не находит учётных данных.',
  'inspect.auths-empty': '"auths" пуст: ни один реестр не получает учётных данных.',
  'inspect.same-registry': '"{first}" и "{second}" — один и тот же реестр; раннер использует только одну запись. Оставьте одну.',

  'merge.no-existing': 'Нет существующего значения, к которому можно добавить. Сначала вставьте его.',
  'merge.unreadable': 'Существующее значение нельзя объединить: {reason} Исправьте его или замените.',
  'button.generate': 'Создать DOCKER_AUTH_CONFIG',
  'button.create-read-token': 'Создать токен чтения реестра',
  'form-helper.failed': 'Не удалось заполнить форму. Перезагрузите страницу и попробуйте ещё раз.',
  'form-helper.filled': 'Заполнено: {fields}.',
  'form-helper.missing': 'Укажите сами: {fields}.',
  'form-helper.review': 'Проверьте, затем создайте токен кнопкой GitLab.',
  'form-helper.field.name': 'имя',
  'form-helper.field.scopes': 'только область read_registry',
  'form-helper.field.role': 'роль Reporter',
  'form-helper.field.expiry': 'дата истечения срока действия',
  'address.empty': 'Введите адрес вашего GitLab, например https://gitlab.example.com или https://example.com/gitlab.',
  'address.spaces': 'Веб-адрес не может содержать пробелы. Введите его так: например https://gitlab.example.com или https://example.com/gitlab.',
  'address.no-scheme': 'Начните адрес с https:// (или http://), например https://gitlab.example.com или https://example.com/gitlab.',
  'address.not-url': '"{input}" — не веб-адрес. Введите его так: например https://gitlab.example.com или https://example.com/gitlab.',
  'address.bad-scheme': 'GitLab работает по https:// (или http://), а не по {scheme}//. Введите адрес так: например https://gitlab.example.com или https://example.com/gitlab.',
  'address.credentials':
    'Уберите имя пользователя и пароль ("…@") из адреса: расширение использует вашу сессию GitLab в этом браузере и не хранит учётные данные.',
  'address.query': 'Уберите запрос ("?…") и фрагмент ("#…"): введите только адрес, по которому работает GitLab.',
  'address.missing-host': 'Не указано имя хоста. Введите адрес так: например https://gitlab.example.com или https://example.com/gitlab.',
  'address.page-inside':
    'Похоже на страницу внутри GitLab. Введите только адрес, по которому работает GitLab: его хост и, если есть, относительный корень URL, например https://gitlab.example.com или https://example.com/gitlab.',
  'address.gitlab-com': 'gitlab.com встроен: расширение там уже работает, добавлять нечего.',
  'address.already-added': '{origin} уже есть в списке.',
  'address.insecure':
    'Этот GitLab доступен по незашифрованному http://: ваша сессия и каждый созданный токен передаются без шифрования. Используйте https://, если ваш GitLab его поддерживает.',
  'manifest.name': 'DOCKER_AUTH_CONFIG для GitLab CI',
  'manifest.description': 'Превращает токен реестра GitLab в CI/CD-переменную DOCKER_AUTH_CONFIG без терминала. Всё остаётся в вашем браузере.',
};
