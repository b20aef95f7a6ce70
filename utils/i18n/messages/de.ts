import type { Catalogue } from './en';

/** Deutsch, mit GitLabs eigenen Begriffen (Zugriffstoken, Deploy-Token, Job-Log). */
export const de: Catalogue = {
  'registry.empty': 'Gib den Host der Registry ein, zum Beispiel registry.gitlab.com oder registry.example.com:5050.',
  'registry.spaces': 'Ein Registry-Host enthält keine Leerzeichen. Gib nur host[:port] ein, zum Beispiel registry.gitlab.com oder registry.example.com:5050.',
  'registry.bad-scheme': '"{scheme}://" ist keine Registry-Adresse. Gib host[:port] ein, zum Beispiel registry.gitlab.com oder registry.example.com:5050.',
  'registry.missing-host': 'Der Host der Registry fehlt. Gib host[:port] ein, zum Beispiel registry.gitlab.com oder registry.example.com:5050.',
  'registry.userinfo': 'Entferne den Teil "name@" aus der Registry: Der Benutzername gehört in das Feld Benutzername.',
  'registry.ipv6-form': 'Eine IPv6-Adresse einer Registry wird [Adresse]:Port geschrieben, zum Beispiel [::1]:5000.',
  'registry.ipv6-brackets': 'Setze eine IPv6-Adresse einer Registry in eckige Klammern, zum Beispiel [::1]:5000.',
  'registry.not-a-host':
    '"{input}" ist kein Registry-Host. Gib den Hostnamen der Registry ein, mit Port, falls sie einen hat (zum Beispiel registry.gitlab.com oder registry.example.com:5050), oder docker.io für Docker Hub.',
  'registry.bad-port': '"{port}" ist kein Port. Ein Port ist eine Zahl von 1 bis 65535, wie in registry.example.com:5050.',
  'registry.host-too-long': '"{host}" ist kein gültiger Hostname: Er ist länger als 253 Zeichen.',
  'registry.host-empty-label': '"{host}" ist kein gültiger Hostname: Zwischen zwei Punkten steht nichts.',
  'registry.host-label-too-long': '"{host}" ist kein gültiger Hostname: "{label}" ist länger als 63 Zeichen.',
  'registry.host-characters': '"{host}" ist kein gültiger Hostname: Ein Hostname besteht nur aus Buchstaben, Ziffern, Punkten und Bindestrichen.',
  'registry.note.docker-hub-image': '"{input}" nennt keinen Registry-Host, also ist es ein Image auf Docker Hub: als Schlüssel von Docker Hub geschrieben.',
  'registry.note.docker-hub': 'Docker Hub wird als https://index.docker.io/v1/ geschrieben, dem Schlüssel, den Docker selbst verwendet.',
  'registry.note.removed-scheme': '"{scheme}" entfernt: Der Runner vergleicht nur host[:port].',
  'registry.note.removed-path': '"{path}" entfernt: Der Runner vergleicht nur host[:port].',
  'registry.note.removed-scheme-and-path': '"{scheme}" und "{path}" entfernt: Der Runner vergleicht nur host[:port].',
  'registry.note.lower-cased': 'Hostname in Kleinbuchstaben geschrieben, so vergleicht ihn der Runner.',

  'username.empty':
    'Gib einen Benutzernamen ein. Für persönliche, Projekt- und Gruppenzugriffstoken geht jeder nicht leere Name; ein Deploy-Token braucht seinen eigenen Benutzernamen (gitlab+deploy-token-…).',
  'username.colon': 'Ein Benutzername darf kein ":" enthalten (die Registry liest alles nach dem ersten ":" als Token). Entferne das ":".',
  'username.tab': 'Der Benutzername enthält einen Tabulator. Gib ihn ohne ihn neu ein.',
  'username.line-break': 'Der Benutzername enthält einen Zeilenumbruch. Gib ihn ohne ihn neu ein.',
  'username.control': 'Der Benutzername enthält das unsichtbare Zeichen {code}. Gib ihn ohne dieses Zeichen neu ein.',
  'username.note.trimmed-spaces': 'Leerzeichen um den Benutzernamen entfernt ({count, plural, one {# Zeichen} other {# Zeichen}}).',
  'username.note.trimmed-line-breaks': 'Leerzeichen und Zeilenumbrüche um den Benutzernamen entfernt ({count, plural, one {# Zeichen} other {# Zeichen}}).',

  'token.empty': 'Gib das Token (oder Passwort) für diese Registry ein.',
  'token.space': 'Das Token enthält an Stelle {position} ein Leerzeichen; Token haben keine. Kopiere das Token erneut dort, wo es angezeigt wurde, in einem Stück.',
  'token.tab': 'Das Token enthält an Stelle {position} einen Tabulator; Token haben keine. Kopiere das Token erneut dort, wo es angezeigt wurde, in einem Stück.',
  'token.line-break':
    'Das Token enthält an Stelle {position} einen Zeilenumbruch; Token haben keine. Kopiere das Token erneut dort, wo es angezeigt wurde, in einem Stück.',
  'token.control':
    'Das Token enthält an Stelle {position} das unsichtbare Zeichen {code}; Token haben keine. Kopiere das Token erneut dort, wo es angezeigt wurde, in einem Stück.',
  'token.note.trimmed-spaces': 'Leerzeichen um das Token entfernt ({count, plural, one {# Zeichen} other {# Zeichen}}).',
  'token.note.trimmed-line-breaks': 'Leerzeichen und Zeilenumbrüche um das Token entfernt ({count, plural, one {# Zeichen} other {# Zeichen}}).',

  'build.note.same-entry': 'Dieselbe Registry mit denselben Zugangsdaten wie Eintrag {entry}: einmal geschrieben.',
  'build.conflict': '{registry} ist schon Eintrag {entry}, mit anderen Zugangsdaten. Eine Registry hat genau einen Satz Zugangsdaten: Entferne einen der beiden.',

  'inspect.entry-problem': '{registry}: {problem}',
  'inspect.key-not-registry': 'Der Schlüssel ist keine Registry. {reason}',
  'inspect.key-scheme-or-path': 'Der Schlüssel hat ein Schema oder einen Pfad; ältere Runner vergleichen nur host[:port]. Verwende "{key}".',
  'inspect.key-case': 'Runner vergleichen Hostnamen in Kleinbuchstaben. Verwende "{key}".',
  'inspect.entry-not-object': 'Der Eintrag muss ein Objekt wie {example} sein; sonst ignoriert der Runner die ganze Variable, ohne Fehler im Job-Log.',
  'inspect.username-password':
    'Verwendet "username"/"password" ohne "auth": Der Runner liest das, Docker CLI 28.3+ nicht. Erzeuge den Eintrag neu, damit er "auth" schreibt.',
  'inspect.no-auth': 'Hat kein "auth"; dann ignoriert der Runner die ganze Variable, ohne Fehler im Job-Log.',
  'inspect.auth-not-string': '"auth" muss eine nicht leere Zeichenkette sein; sonst ignoriert der Runner die ganze Variable, ohne Fehler im Job-Log.',
  'inspect.auth-not-base64': '"auth" ist kein gültiges Base64; dann ignoriert der Runner die ganze Variable, ohne Fehler im Job-Log. Erzeuge diesen Eintrag neu.',
  'inspect.auth-line-breaks': '"auth" enthält Zeilenumbrüche (Base64 nach 76 Spalten umbrochen). Erzeuge es ohne sie neu.',
  'inspect.auth-no-colon':
    '"auth" ergibt dekodiert einen Text ohne ":" zwischen Benutzername und Token; dann ignoriert der Runner die ganze Variable, ohne Fehler im Job-Log.',
  'inspect.auth-empty-username': '"auth" hat einen leeren Benutzernamen; dann ignoriert der Runner die ganze Variable, ohne Fehler im Job-Log.',
  'inspect.empty': 'Der Wert ist leer. Füge eine DOCKER_AUTH_CONFIG ein, etwa {example}.',
  'inspect.not-json': 'Kein gültiges JSON ({reason}); dann ignoriert der Runner die ganze Variable, ohne Fehler im Job-Log.',
  'inspect.not-object': 'Der Wert muss ein JSON-Objekt sein, etwa {example}.',
  'inspect.auths-not-object': '"auths" muss ein Objekt mit einem Eintrag pro Registry sein, etwa {example}.',
  'inspect.not-compact': 'Der Wert enthält Leerzeichen oder Zeilenumbrüche, daher kann GitLab ihn nicht maskieren. Verwende die kompakte Form.',
  'inspect.credential-helper':
    '"{member}" startet ein Credential-Helper-Programm auf dem Runner-Host: Neuere Runner lehnen das ab, und Pulls von Docker Hub schlagen fehl. Entferne es und behalte "auths".',
  'inspect.no-auths': 'Es gibt kein Objekt "auths", also findet der Runner keine Zugangsdaten.',
  'inspect.auths-empty': '"auths" ist leer: Keine Registry bekommt Zugangsdaten.',
  'inspect.same-registry': '"{first}" und "{second}" sind dieselbe Registry; der Runner verwendet nur einen der beiden Einträge. Behalte einen.',

  'merge.no-existing': 'Es gibt keinen vorhandenen Wert, zu dem hinzugefügt werden kann. Füge ihn zuerst ein.',
  'merge.unreadable': 'Der vorhandene Wert kann nicht zusammengeführt werden: {reason} Korrigiere ihn oder ersetze ihn stattdessen.',
  'button.generate': 'DOCKER_AUTH_CONFIG erzeugen',
  'button.create-read-token': 'Registry-Lesetoken erstellen',
  'form-helper.failed': 'Das Formular konnte nicht ausgefüllt werden. Lade die Seite neu und versuche es noch einmal.',
  'form-helper.filled': 'Ausgefüllt: {fields}.',
  'form-helper.missing': 'Selbst festzulegen: {fields}.',
  'form-helper.review': 'Prüfe die Angaben und erstelle das Token dann mit der Schaltfläche von GitLab.',
  'form-helper.field.name': 'Name',
  'form-helper.field.scopes': 'nur der Bereich read_registry',
  'form-helper.field.role': 'Rolle Reporter',
  'form-helper.field.expiry': 'Ablaufdatum',
  'address.empty': 'Gib die Adresse deines GitLab ein, z. B. https://gitlab.example.com oder https://example.com/gitlab.',
  'address.spaces': 'Eine Webadresse enthält keine Leerzeichen. Gib sie so ein: z. B. https://gitlab.example.com oder https://example.com/gitlab.',
  'address.no-scheme': 'Beginne die Adresse mit https:// (oder http://), z. B. https://gitlab.example.com oder https://example.com/gitlab.',
  'address.not-url': '"{input}" ist keine Webadresse. Gib sie so ein: z. B. https://gitlab.example.com oder https://example.com/gitlab.',
  'address.bad-scheme': 'GitLab läuft über https:// (oder http://), nicht über {scheme}//. Gib die Adresse so ein: z. B. https://gitlab.example.com oder https://example.com/gitlab.',
  'address.credentials':
    'Entferne Benutzername und Passwort ("…@") aus der Adresse: Die Erweiterung nutzt deine GitLab-Sitzung in diesem Browser und speichert keine Zugangsdaten.',
  'address.query': 'Entferne Abfrage ("?…") und Fragment ("#…"): Gib nur die Adresse ein, unter der GitLab läuft.',
  'address.missing-host': 'Der Hostname fehlt. Gib die Adresse so ein: z. B. https://gitlab.example.com oder https://example.com/gitlab.',
  'address.page-inside':
    'Das sieht nach einer Seite in GitLab aus. Gib nur die Adresse ein, unter der GitLab läuft: den Host und, falls vorhanden, den relativen URL-Stamm, z. B. https://gitlab.example.com oder https://example.com/gitlab.',
  'address.gitlab-com': 'gitlab.com ist eingebaut: Die Erweiterung funktioniert dort schon, nichts hinzuzufügen.',
  'address.already-added': '{origin} ist schon in der Liste.',
  'address.insecure':
    'Dieses GitLab wird über unverschlüsseltes http:// erreicht: Deine Sitzung und jedes erzeugte Token werden unverschlüsselt übertragen. Verwende https://, wenn dein GitLab es anbietet.',
  'manifest.name': 'DOCKER_AUTH_CONFIG für GitLab CI',
  'manifest.description': 'Macht aus einem GitLab-Registry-Token eine CI/CD-Variable DOCKER_AUTH_CONFIG, ohne Terminal. Alles bleibt in deinem Browser.',
};
