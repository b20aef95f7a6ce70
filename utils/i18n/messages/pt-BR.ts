import type { Catalogue } from './en';

/** Português do Brasil, com os termos do GitLab (token de acesso, token de implantação, log do job). */
export const ptBR: Catalogue = {
  'registry.empty': 'Informe o host do registro, por exemplo registry.gitlab.com ou registry.example.com:5050.',
  'registry.spaces': 'Um host de registro não pode conter espaços. Informe só host[:porta], por exemplo registry.gitlab.com ou registry.example.com:5050.',
  'registry.bad-scheme': '"{scheme}://" não é um endereço de registro. Informe host[:porta], por exemplo registry.gitlab.com ou registry.example.com:5050.',
  'registry.missing-host': 'Falta o host do registro. Informe host[:porta], por exemplo registry.gitlab.com ou registry.example.com:5050.',
  'registry.userinfo': 'Remova a parte "nome@" do registro: o nome de usuário vai no campo Nome de usuário.',
  'registry.ipv6-form': 'Um endereço IPv6 de registro se escreve [endereço]:porta, por exemplo [::1]:5000.',
  'registry.ipv6-brackets': 'Coloque o endereço IPv6 do registro entre colchetes, por exemplo [::1]:5000.',
  'registry.not-a-host':
    '"{input}" não é um host de registro. Informe o nome do host do registro com a porta, se houver (por exemplo registry.gitlab.com ou registry.example.com:5050), ou docker.io para o Docker Hub.',
  'registry.bad-port': '"{port}" não é uma porta. Uma porta é um número de 1 a 65535, como em registry.example.com:5050.',
  'registry.host-too-long': '"{host}" não é um nome de host válido: tem mais de 253 caracteres.',
  'registry.host-empty-label': '"{host}" não é um nome de host válido: tem uma parte vazia entre pontos.',
  'registry.host-label-too-long': '"{host}" não é um nome de host válido: "{label}" tem mais de 63 caracteres.',
  'registry.host-characters': '"{host}" não é um nome de host válido: um nome de host tem só letras, dígitos, pontos e hífens.',
  'registry.note.docker-hub-image': '"{input}" não nomeia nenhum host de registro, então é uma imagem do Docker Hub: escrita com a chave do Docker Hub.',
  'registry.note.docker-hub': 'O Docker Hub é escrito como https://index.docker.io/v1/, a chave que o próprio Docker usa.',
  'registry.note.removed-scheme': '"{scheme}" removido: o runner compara só host[:porta].',
  'registry.note.removed-path': '"{path}" removido: o runner compara só host[:porta].',
  'registry.note.removed-scheme-and-path': '"{scheme}" e "{path}" removidos: o runner compara só host[:porta].',
  'registry.note.lower-cased': 'Nome do host em minúsculas, como o runner o compara.',

  'username.empty':
    'Informe um nome de usuário. Qualquer nome não vazio serve para tokens de acesso pessoais, de projeto e de grupo; um token de implantação precisa do próprio nome de usuário (gitlab+deploy-token-…).',
  'username.colon': 'Um nome de usuário não pode conter ":" (o registro lê tudo após o primeiro ":" como o token). Remova o ":".',
  'username.tab': 'O nome de usuário contém uma tabulação. Digite-o de novo sem ela.',
  'username.line-break': 'O nome de usuário contém uma quebra de linha. Digite-o de novo sem ela.',
  'username.control': 'O nome de usuário contém o caractere invisível {code}. Digite-o de novo sem esse caractere.',
  'username.note.trimmed-spaces': 'Espaços ao redor do nome de usuário removidos ({count, plural, one {# caractere} other {# caracteres}}).',
  'username.note.trimmed-line-breaks':
    'Espaços e quebras de linha ao redor do nome de usuário removidos ({count, plural, one {# caractere} other {# caracteres}}).',

  'token.empty': 'Informe o token (ou a senha) deste registro.',
  'token.space': 'O token contém um espaço no caractere {position}; tokens não têm nenhum. Copie o token de novo de onde ele foi exibido, inteiro.',
  'token.tab': 'O token contém uma tabulação no caractere {position}; tokens não têm nenhuma. Copie o token de novo de onde ele foi exibido, inteiro.',
  'token.line-break': 'O token contém uma quebra de linha no caractere {position}; tokens não têm nenhuma. Copie o token de novo de onde ele foi exibido, inteiro.',
  'token.control':
    'O token contém o caractere invisível {code} no caractere {position}; tokens não têm nenhum. Copie o token de novo de onde ele foi exibido, inteiro.',
  'token.note.trimmed-spaces': 'Espaços ao redor do token removidos ({count, plural, one {# caractere} other {# caracteres}}).',
  'token.note.trimmed-line-breaks': 'Espaços e quebras de linha ao redor do token removidos ({count, plural, one {# caractere} other {# caracteres}}).',

  'build.note.same-entry': 'Mesmo registro e mesmas credenciais da entrada {entry}: escrito uma vez.',
  'build.conflict': '{registry} já é a entrada {entry}, com outras credenciais. Um registro tem um único conjunto de credenciais: remova uma delas.',

  'inspect.entry-problem': '{registry}: {problem}',
  'inspect.key-not-registry': 'a chave não é um registro. {reason}',
  'inspect.key-scheme-or-path': 'a chave tem esquema ou caminho; runners antigos comparam só host[:porta]. Use "{key}".',
  'inspect.key-case': 'os runners comparam nomes de host em minúsculas. Use "{key}".',
  'inspect.entry-not-object': 'a entrada deve ser um objeto como {example}; senão o runner ignora a variável inteira, sem erro no log do job.',
  'inspect.username-password': 'usa "username"/"password" sem "auth": o runner lê, o Docker CLI 28.3+ não. Gere a entrada de novo para escrever "auth".',
  'inspect.no-auth': 'não tem "auth"; então o runner ignora a variável inteira, sem erro no log do job.',
  'inspect.auth-not-string': '"auth" deve ser um texto não vazio; senão o runner ignora a variável inteira, sem erro no log do job.',
  'inspect.auth-not-base64': '"auth" não é base64 válido; então o runner ignora a variável inteira, sem erro no log do job. Gere esta entrada de novo.',
  'inspect.auth-line-breaks': '"auth" contém quebras de linha (base64 quebrado em 76 colunas). Gere-o de novo sem elas.',
  'inspect.auth-no-colon':
    '"auth" decodifica para um texto sem ":" entre nome de usuário e token; então o runner ignora a variável inteira, sem erro no log do job.',
  'inspect.auth-empty-username': '"auth" tem um nome de usuário vazio; então o runner ignora a variável inteira, sem erro no log do job.',
  'inspect.empty': 'O valor está vazio. Cole uma DOCKER_AUTH_CONFIG como {example}.',
  'inspect.not-json': 'JSON inválido ({reason}); então o runner ignora a variável inteira, sem erro no log do job.',
  'inspect.not-object': 'O valor deve ser um objeto JSON como {example}.',
  'inspect.auths-not-object': '"auths" deve ser um objeto com um membro por registro, como {example}.',
  'inspect.not-compact': 'O valor tem espaços ou quebras de linha, então o GitLab não consegue mascará-lo. Use a forma compacta.',
  'inspect.credential-helper':
    '"{member}" executa um programa auxiliar de credenciais no host do runner: runners recentes recusam isso e os pulls do Docker Hub falham. Remova-o e mantenha "auths".',
  'inspect.no-auths': 'Não há objeto "auths", então o runner não encontra credenciais.',
  'inspect.auths-empty': '"auths" está vazio: nenhum registro recebe credenciais.',
  'inspect.same-registry': '"{first}" e "{second}" são o mesmo registro; o runner usa só um deles. Mantenha um.',

  'merge.no-existing': 'Não há valor existente ao qual adicionar. Cole-o primeiro.',
  'merge.unreadable': 'O valor existente não pode ser mesclado: {reason} Corrija-o ou, em vez disso, substitua-o.',
  'address.empty': 'Informe o endereço do seu GitLab, p. ex. https://gitlab.example.com ou https://example.com/gitlab.',
  'address.spaces': 'Um endereço web não pode conter espaços. Informe-o assim: p. ex. https://gitlab.example.com ou https://example.com/gitlab.',
  'address.no-scheme': 'Comece o endereço com https:// (ou http://), p. ex. https://gitlab.example.com ou https://example.com/gitlab.',
  'address.not-url': '"{input}" não é um endereço web. Informe-o assim: p. ex. https://gitlab.example.com ou https://example.com/gitlab.',
  'address.bad-scheme': 'O GitLab é servido por https:// (ou http://), não por {scheme}//. Informe o endereço assim: p. ex. https://gitlab.example.com ou https://example.com/gitlab.',
  'address.credentials':
    'Remova o nome de usuário e a senha ("…@") do endereço: a extensão usa sua sessão do GitLab neste navegador e não armazena credenciais.',
  'address.query': 'Remova a consulta ("?…") e o fragmento ("#…"): informe só o endereço onde o GitLab é servido.',
  'address.missing-host': 'Falta o nome do host. Informe o endereço assim: p. ex. https://gitlab.example.com ou https://example.com/gitlab.',
  'address.page-inside':
    'Isso parece uma página dentro do GitLab. Informe só o endereço onde o GitLab é servido: o host e, se houver, a raiz de URL relativa, p. ex. https://gitlab.example.com ou https://example.com/gitlab.',
  'address.gitlab-com': 'O gitlab.com já vem incluído: a extensão já funciona lá, nada a adicionar.',
  'address.already-added': '{origin} já está na lista.',
  'address.insecure':
    'Este GitLab é acessado por http:// sem criptografia: sua sessão e cada token gerado trafegam sem criptografia. Use https:// se o seu GitLab oferecer.',
  'manifest.name': 'DOCKER_AUTH_CONFIG para GitLab CI',
  'manifest.description': 'Transforma um token de registro do GitLab em uma variável de CI/CD DOCKER_AUTH_CONFIG, sem terminal. Tudo fica no seu navegador.',
};
