import type { Catalogue } from './en';

/** 日本語（GitLab の用語に合わせる: アクセストークン、デプロイトークン、ジョブログ）。 */
export const ja: Catalogue = {
  'registry.empty': 'レジストリのホストを入力してください（例: registry.gitlab.com、registry.example.com:5050）。',
  'registry.spaces': 'レジストリのホストにスペースは使えません。host[:port] だけを入力してください（例: registry.gitlab.com、registry.example.com:5050）。',
  'registry.bad-scheme': '"{scheme}://" はレジストリのアドレスではありません。host[:port] を入力してください（例: registry.gitlab.com、registry.example.com:5050）。',
  'registry.missing-host': 'レジストリのホストがありません。host[:port] を入力してください（例: registry.gitlab.com、registry.example.com:5050）。',
  'registry.userinfo': 'レジストリから "name@" の部分を削除してください。ユーザー名は「ユーザー名」欄に入力します。',
  'registry.ipv6-form': 'IPv6 のレジストリアドレスは [アドレス]:ポート と書きます（例: [::1]:5000）。',
  'registry.ipv6-brackets': 'IPv6 のレジストリアドレスは角かっこで囲んでください（例: [::1]:5000）。',
  'registry.not-a-host':
    '"{input}" はレジストリのホストではありません。レジストリのホスト名を、ポートがあればポート付きで入力してください（例: registry.gitlab.com、registry.example.com:5050）。Docker Hub の場合は docker.io です。',
  'registry.bad-port': '"{port}" はポートではありません。ポートは 1 から 65535 までの数字です（例: registry.example.com:5050）。',
  'registry.host-too-long': '"{host}" は有効なホスト名ではありません: 253 文字を超えています。',
  'registry.host-empty-label': '"{host}" は有効なホスト名ではありません: ドットの間が空です。',
  'registry.host-label-too-long': '"{host}" は有効なホスト名ではありません: "{label}" が 63 文字を超えています。',
  'registry.host-characters': '"{host}" は有効なホスト名ではありません: ホスト名に使えるのは英字、数字、ドット、ハイフンだけです。',
  'registry.note.docker-hub-image': '"{input}" にはレジストリのホストがないため、Docker Hub のイメージです。Docker Hub のキーで書き込みました。',
  'registry.note.docker-hub': 'Docker Hub は、Docker 自身が使うキー https://index.docker.io/v1/ で書き込みます。',
  'registry.note.removed-scheme': '"{scheme}" を削除しました。Runner は host[:port] だけを照合します。',
  'registry.note.removed-path': '"{path}" を削除しました。Runner は host[:port] だけを照合します。',
  'registry.note.removed-scheme-and-path': '"{scheme}" と "{path}" を削除しました。Runner は host[:port] だけを照合します。',
  'registry.note.lower-cased': 'Runner の照合方法に合わせて、ホスト名を小文字にしました。',

  'username.empty':
    'ユーザー名を入力してください。個人・プロジェクト・グループのアクセストークンでは空でない任意の名前が使えます。デプロイトークンには専用のユーザー名（gitlab+deploy-token-…）が必要です。',
  'username.colon': 'ユーザー名に ":" は使えません（レジストリは最初の ":" 以降をトークンとして読みます）。":" を削除してください。',
  'username.tab': 'ユーザー名にタブが含まれています。タブなしで入力し直してください。',
  'username.line-break': 'ユーザー名に改行が含まれています。改行なしで入力し直してください。',
  'username.control': 'ユーザー名に見えない文字 {code} が含まれています。その文字なしで入力し直してください。',
  'username.note.trimmed-spaces': 'ユーザー名の前後のスペースを削除しました（{count, plural, other {# 文字}}）。',
  'username.note.trimmed-line-breaks': 'ユーザー名の前後のスペースと改行を削除しました（{count, plural, other {# 文字}}）。',

  'token.empty': 'このレジストリのトークン（またはパスワード）を入力してください。',
  'token.space': 'トークンの {position} 文字目にスペースがあります。トークンにスペースは含まれません。表示された場所から、トークン全体をもう一度コピーしてください。',
  'token.tab': 'トークンの {position} 文字目にタブがあります。トークンにタブは含まれません。表示された場所から、トークン全体をもう一度コピーしてください。',
  'token.line-break': 'トークンの {position} 文字目に改行があります。トークンに改行は含まれません。表示された場所から、トークン全体をもう一度コピーしてください。',
  'token.control':
    'トークンの {position} 文字目に見えない文字 {code} があります。トークンにそのような文字は含まれません。表示された場所から、トークン全体をもう一度コピーしてください。',
  'token.note.trimmed-spaces': 'トークンの前後のスペースを削除しました（{count, plural, other {# 文字}}）。',
  'token.note.trimmed-line-breaks': 'トークンの前後のスペースと改行を削除しました（{count, plural, other {# 文字}}）。',

  'build.note.same-entry': 'エントリ {entry} と同じレジストリ・同じ認証情報のため、一度だけ書き込みます。',
  'build.conflict': '{registry} は別の認証情報でエントリ {entry} にすでにあります。レジストリごとに認証情報は一組だけです。どちらかを削除してください。',

  'inspect.entry-problem': '{registry}: {problem}',
  'inspect.key-not-registry': 'キーがレジストリではありません。{reason}',
  'inspect.key-scheme-or-path': 'キーにスキームまたはパスがあります。古い Runner は host[:port] だけを照合します。"{key}" を使ってください。',
  'inspect.key-case': 'Runner はホスト名を小文字で比較します。"{key}" を使ってください。',
  'inspect.entry-not-object': 'エントリは {example} のようなオブジェクトである必要があります。そうでないと Runner は変数全体を無視し、ジョブログにもエラーは出ません。',
  'inspect.username-password':
    '"auth" なしで "username"/"password" を使っています。Runner は読めますが、Docker CLI 28.3 以降は読めません。"auth" を書き込むように生成し直してください。',
  'inspect.no-auth': '"auth" がありません。Runner は変数全体を無視し、ジョブログにもエラーは出ません。',
  'inspect.auth-not-string': '"auth" は空でない文字列である必要があります。そうでないと Runner は変数全体を無視し、ジョブログにもエラーは出ません。',
  'inspect.auth-not-base64': '"auth" が有効な base64 ではありません。Runner は変数全体を無視し、ジョブログにもエラーは出ません。このエントリを生成し直してください。',
  'inspect.auth-line-breaks': '"auth" に改行が含まれています（76 桁で折り返された base64）。改行なしで生成し直してください。',
  'inspect.auth-no-colon': '"auth" をデコードした文字列に、ユーザー名とトークンを区切る ":" がありません。Runner は変数全体を無視し、ジョブログにもエラーは出ません。',
  'inspect.auth-empty-username': '"auth" のユーザー名が空です。Runner は変数全体を無視し、ジョブログにもエラーは出ません。',
  'inspect.empty': '値が空です。{example} のような DOCKER_AUTH_CONFIG を貼り付けてください。',
  'inspect.not-json': '有効な JSON ではありません（{reason}）。Runner は変数全体を無視し、ジョブログにもエラーは出ません。',
  'inspect.not-object': '値は {example} のような JSON オブジェクトである必要があります。',
  'inspect.auths-not-object': '"auths" は {example} のように、レジストリごとにメンバーを一つずつ持つオブジェクトである必要があります。',
  'inspect.not-compact': '値にスペースまたは改行が含まれているため、GitLab はマスクできません。コンパクトな形式を使ってください。',
  'inspect.credential-helper':
    '"{member}" は Runner のホストで認証情報ヘルパーのプログラムを実行します。新しい Runner はこれを拒否し、Docker Hub からのプルが失敗します。削除して "auths" を残してください。',
  'inspect.no-auths': '"auths" オブジェクトがないため、Runner は認証情報を見つけられません。',
  'inspect.auths-empty': '"auths" が空です。どのレジストリにも認証情報がありません。',
  'inspect.same-registry': '"{first}" と "{second}" は同じレジストリです。Runner はどちらか一方しか使いません。一つだけ残してください。',

  'merge.no-existing': '追加先の既存の値がありません。先に貼り付けてください。',
  'merge.unreadable': '既存の値をマージできません: {reason} 修正するか、代わりに置き換えてください。',
  'address.empty': 'GitLab のアドレスを入力してください（例: https://gitlab.example.com、https://example.com/gitlab）。',
  'address.spaces': 'Web アドレスにスペースは使えません。次のように入力してください（例: https://gitlab.example.com、https://example.com/gitlab）。',
  'address.no-scheme': 'アドレスは https://（または http://）で始めてください（例: https://gitlab.example.com、https://example.com/gitlab）。',
  'address.not-url': '"{input}" は Web アドレスではありません。次のように入力してください（例: https://gitlab.example.com、https://example.com/gitlab）。',
  'address.bad-scheme': 'GitLab は https://（または http://）で提供されます。{scheme}// ではありません。次のように入力してください（例: https://gitlab.example.com、https://example.com/gitlab）。',
  'address.credentials':
    'アドレスからユーザー名とパスワード（"…@"）を削除してください。拡張機能はこのブラウザーの GitLab セッションを使い、認証情報は保存しません。',
  'address.query': 'クエリ（"?…"）とフラグメント（"#…"）を削除してください。GitLab が提供されているアドレスだけを入力します。',
  'address.missing-host': 'ホスト名がありません。次のように入力してください（例: https://gitlab.example.com、https://example.com/gitlab）。',
  'address.page-inside':
    'GitLab 内のページのようです。GitLab が提供されているアドレスだけを入力してください。ホストと、あれば相対 URL ルートです（例: https://gitlab.example.com、https://example.com/gitlab）。',
  'address.gitlab-com': 'gitlab.com は組み込み済みです。拡張機能はすでに動作するので、追加は不要です。',
  'address.already-added': '{origin} はすでにリストにあります。',
  'address.insecure':
    'この GitLab には暗号化されていない http:// で接続しています。セッションと生成したすべてのトークンが暗号化されずに送信されます。GitLab が対応していれば https:// を使ってください。',
  'manifest.name': 'GitLab CI 用 DOCKER_AUTH_CONFIG',
  'manifest.description': 'GitLab のレジストリトークンから、ターミナルを使わずに CI/CD 変数 DOCKER_AUTH_CONFIG を作成します。すべてブラウザー内で完結します。',
};
