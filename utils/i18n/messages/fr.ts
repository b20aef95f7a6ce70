import type { Catalogue } from './en';

/** Français, avec les termes de GitLab (jeton d'accès, jeton de déploiement, journal du job). */
export const fr: Catalogue = {
  'registry.empty': "Saisissez l'hôte du registre, par exemple registry.gitlab.com ou registry.example.com:5050.",
  'registry.spaces': "Un hôte de registre ne contient pas d'espace. Saisissez seulement hôte[:port], par exemple registry.gitlab.com ou registry.example.com:5050.",
  'registry.bad-scheme': '« {scheme}:// » n\'est pas une adresse de registre. Saisissez hôte[:port], par exemple registry.gitlab.com ou registry.example.com:5050.',
  'registry.missing-host': "L'hôte du registre manque. Saisissez hôte[:port], par exemple registry.gitlab.com ou registry.example.com:5050.",
  'registry.userinfo': 'Retirez la partie « nom@ » du registre : le nom d\'utilisateur va dans le champ Nom d\'utilisateur.',
  'registry.ipv6-form': "Une adresse IPv6 de registre s'écrit [adresse]:port, par exemple [::1]:5000.",
  'registry.ipv6-brackets': 'Mettez une adresse IPv6 de registre entre crochets, par exemple [::1]:5000.',
  'registry.not-a-host':
    "« {input} » n'est pas un hôte de registre. Saisissez le nom d'hôte du registre avec son port s'il en a un (par exemple registry.gitlab.com ou registry.example.com:5050), ou docker.io pour Docker Hub.",
  'registry.bad-port': "« {port} » n'est pas un port. Un port est un nombre de 1 à 65535, comme dans registry.example.com:5050.",
  'registry.host-too-long': "« {host} » n'est pas un nom d'hôte valide : il dépasse 253 caractères.",
  'registry.host-empty-label': "« {host} » n'est pas un nom d'hôte valide : une partie entre deux points est vide.",
  'registry.host-label-too-long': "« {host} » n'est pas un nom d'hôte valide : « {label} » dépasse 63 caractères.",
  'registry.host-characters': "« {host} » n'est pas un nom d'hôte valide : un nom d'hôte ne contient que des lettres, des chiffres, des points et des tirets.",
  'registry.note.docker-hub-image': "« {input} » ne nomme aucun hôte de registre : c'est une image de Docker Hub, écrite avec la clé de Docker Hub.",
  'registry.note.docker-hub': "Docker Hub s'écrit https://index.docker.io/v1/, la clé qu'utilise Docker lui-même.",
  'registry.note.removed-scheme': '« {scheme} » retiré : le runner ne compare que hôte[:port].',
  'registry.note.removed-path': '« {path} » retiré : le runner ne compare que hôte[:port].',
  'registry.note.removed-scheme-and-path': '« {scheme} » et « {path} » retirés : le runner ne compare que hôte[:port].',
  'registry.note.lower-cased': "Nom d'hôte mis en minuscules, comme le runner le compare.",

  'username.empty':
    "Saisissez un nom d'utilisateur. Tout nom non vide convient pour les jetons d'accès personnels, de projet et de groupe ; un jeton de déploiement exige son propre nom d'utilisateur (gitlab+deploy-token-…).",
  'username.colon': "Un nom d'utilisateur ne peut pas contenir « : » (le registre lit tout ce qui suit le premier « : » comme le jeton). Retirez le « : ».",
  'username.tab': "Le nom d'utilisateur contient une tabulation. Saisissez-le à nouveau sans elle.",
  'username.line-break': "Le nom d'utilisateur contient un saut de ligne. Saisissez-le à nouveau sans lui.",
  'username.control': "Le nom d'utilisateur contient le caractère invisible {code}. Saisissez-le à nouveau sans ce caractère.",
  'username.note.trimmed-spaces': "Espaces retirées autour du nom d'utilisateur ({count, plural, one {# caractère} other {# caractères}}).",
  'username.note.trimmed-line-breaks': "Espaces et sauts de ligne retirés autour du nom d'utilisateur ({count, plural, one {# caractère} other {# caractères}}).",

  'token.empty': 'Saisissez le jeton (ou le mot de passe) de ce registre.',
  'token.space': "Le jeton contient une espace au caractère {position} ; un jeton n'en a pas. Copiez à nouveau le jeton là où il a été affiché, d'un seul tenant.",
  'token.tab': "Le jeton contient une tabulation au caractère {position} ; un jeton n'en a pas. Copiez à nouveau le jeton là où il a été affiché, d'un seul tenant.",
  'token.line-break': "Le jeton contient un saut de ligne au caractère {position} ; un jeton n'en a pas. Copiez à nouveau le jeton là où il a été affiché, d'un seul tenant.",
  'token.control':
    "Le jeton contient le caractère invisible {code} au caractère {position} ; un jeton n'en a pas. Copiez à nouveau le jeton là où il a été affiché, d'un seul tenant.",
  'token.note.trimmed-spaces': 'Espaces retirées autour du jeton ({count, plural, one {# caractère} other {# caractères}}).',
  'token.note.trimmed-line-breaks': 'Espaces et sauts de ligne retirés autour du jeton ({count, plural, one {# caractère} other {# caractères}}).',

  'build.note.same-entry': "Même registre et mêmes identifiants que l'entrée {entry} : écrit une seule fois.",
  'build.conflict': "{registry} est déjà l'entrée {entry}, avec d'autres identifiants. Un registre a un seul jeu d'identifiants : retirez l'une des deux.",

  'inspect.entry-problem': '{registry} : {problem}',
  'inspect.key-not-registry': "la clé n'est pas un registre. {reason}",
  'inspect.key-scheme-or-path': 'la clé a un schéma ou un chemin ; les anciens runners ne comparent que hôte[:port]. Utilisez « {key} ».',
  'inspect.key-case': 'les runners comparent les noms d\'hôte en minuscules. Utilisez « {key} ».',
  'inspect.entry-not-object': "l'entrée doit être un objet comme {example} ; sinon le runner ignore toute la variable, sans erreur dans le journal du job.",
  'inspect.username-password':
    `utilise "username"/"password" sans "auth" : le runner le lit, Docker CLI 28.3+ non. Régénérez l'entrée pour qu'elle écrive "auth".`,
  'inspect.no-auth': `n'a pas de "auth" ; le runner ignore alors toute la variable, sans erreur dans le journal du job.`,
  'inspect.auth-not-string': '"auth" doit être une chaîne non vide ; sinon le runner ignore toute la variable, sans erreur dans le journal du job.',
  'inspect.auth-not-base64':
    `"auth" n'est pas du base64 valide ; le runner ignore alors toute la variable, sans erreur dans le journal du job. Régénérez cette entrée.`,
  'inspect.auth-line-breaks': '"auth" contient des sauts de ligne (base64 coupé à 76 colonnes). Régénérez-le sans eux.',
  'inspect.auth-no-colon':
    `"auth" se décode en un texte sans « : » entre nom d'utilisateur et jeton ; le runner ignore alors toute la variable, sans erreur dans le journal du job.`,
  'inspect.auth-empty-username': `"auth" a un nom d'utilisateur vide ; le runner ignore alors toute la variable, sans erreur dans le journal du job.`,
  'inspect.empty': 'La valeur est vide. Collez une DOCKER_AUTH_CONFIG comme {example}.',
  'inspect.not-json': "JSON non valide ({reason}) ; le runner ignore alors toute la variable, sans erreur dans le journal du job.",
  'inspect.not-object': 'La valeur doit être un objet JSON comme {example}.',
  'inspect.auths-not-object': '"auths" doit être un objet avec un membre par registre, comme {example}.',
  'inspect.not-compact': 'La valeur contient des espaces ou des sauts de ligne, donc GitLab ne peut pas la masquer. Utilisez la forme compacte.',
  'inspect.credential-helper':
    `« {member} » lance un programme d'aide aux identifiants sur l'hôte du runner : les runners récents le refusent et les pulls depuis Docker Hub échouent. Retirez-le et gardez "auths".`,
  'inspect.no-auths': `Il n'y a pas d'objet "auths", donc le runner ne trouve aucun identifiant.`,
  'inspect.auths-empty': `"auths" est vide : aucun registre ne reçoit d'identifiants.`,
  'inspect.same-registry': "« {first} » et « {second} » sont le même registre ; le runner n'utilise que l'un des deux. Gardez-en un.",

  'merge.no-existing': "Il n'y a pas de valeur existante à compléter. Collez-la d'abord.",
  'merge.unreadable': 'La valeur existante ne peut pas être fusionnée : {reason} Corrigez-la, ou remplacez-la plutôt.',
  'button.generate': 'Générer DOCKER_AUTH_CONFIG',
  'button.create-read-token': 'Créer un jeton de lecture du registre',
  'form-helper.failed': 'Le formulaire n\'a pas pu être rempli. Rechargez la page et réessayez.',
  'form-helper.filled': 'Rempli : {fields}.',
  'form-helper.missing': 'À définir vous-même : {fields}.',
  'form-helper.review': 'Vérifiez, puis créez le jeton avec le bouton de GitLab.',
  'form-helper.field.name': 'nom',
  'form-helper.field.scopes': 'portée read_registry uniquement',
  'form-helper.field.role': 'rôle Reporter',
  'form-helper.field.expiry': 'date d\'expiration',
  'address.empty': "Saisissez l'adresse de votre GitLab, p. ex. https://gitlab.example.com ou https://example.com/gitlab.",
  'address.spaces': "Une adresse web ne contient pas d'espace. Saisissez-la ainsi : p. ex. https://gitlab.example.com ou https://example.com/gitlab.",
  'address.no-scheme': "Commencez l'adresse par https:// (ou http://), p. ex. https://gitlab.example.com ou https://example.com/gitlab.",
  'address.not-url': "« {input} » n'est pas une adresse web. Saisissez-la ainsi : p. ex. https://gitlab.example.com ou https://example.com/gitlab.",
  'address.bad-scheme': "GitLab est servi en https:// (ou http://), pas en {scheme}//. Saisissez l'adresse ainsi : p. ex. https://gitlab.example.com ou https://example.com/gitlab.",
  'address.credentials':
    "Retirez le nom d'utilisateur et le mot de passe (« …@ ») de l'adresse : l'extension utilise votre session GitLab dans ce navigateur et n'enregistre aucun identifiant.",
  'address.query': "Retirez la requête (« ?… ») et le fragment (« #… ») : saisissez seulement l'adresse où GitLab est servi.",
  'address.missing-host': "Le nom d'hôte manque. Saisissez l'adresse ainsi : p. ex. https://gitlab.example.com ou https://example.com/gitlab.",
  'address.page-inside':
    "Cela ressemble à une page de GitLab. Saisissez seulement l'adresse où GitLab est servi : son hôte, et sa racine d'URL relative s'il en a une, p. ex. https://gitlab.example.com ou https://example.com/gitlab.",
  'address.gitlab-com': "gitlab.com est intégré : l'extension y fonctionne déjà, rien à ajouter.",
  'address.already-added': '{origin} est déjà dans la liste.',
  'address.insecure':
    "Ce GitLab est joint en http:// simple : votre session et chaque jeton généré circulent sans chiffrement. Utilisez https:// si votre GitLab le propose.",
  'manifest.name': 'DOCKER_AUTH_CONFIG pour GitLab CI',
  'manifest.description': 'Transforme un jeton de registre GitLab en variable CI/CD DOCKER_AUTH_CONFIG, sans terminal. Tout reste dans votre navigateur.',
};
