/**
 * English, the source catalogue: every user-visible sentence, whole, with its parameters in
 * place (utils/i18n/format.ts). Technical text that is never translated (DOCKER_AUTH_CONFIG,
 * host names, JSON examples, commands) is written into the sentence as is, or passed as a
 * parameter where it contains braces. Every other catalogue has exactly these keys
 * (TypeScript checks it) and the same parameters (tests/unit/i18n/catalogues.test.ts checks it).
 */
export const en = {
  // Registry field: what is pasted is turned into the key the runner matches, or said why not.
  'registry.empty': 'Enter the registry host, for example registry.gitlab.com or registry.example.com:5050.',
  'registry.spaces': 'A registry host cannot contain spaces. Enter only host[:port], for example registry.gitlab.com or registry.example.com:5050.',
  'registry.bad-scheme': '"{scheme}://" is not a registry address. Enter host[:port], for example registry.gitlab.com or registry.example.com:5050.',
  'registry.missing-host': 'The registry host is missing. Enter host[:port], for example registry.gitlab.com or registry.example.com:5050.',
  'registry.userinfo': 'Remove the "name@" part from the registry: the username goes in the Username field.',
  'registry.ipv6-form': 'An IPv6 registry address is written [address]:port, for example [::1]:5000.',
  'registry.ipv6-brackets': 'Put an IPv6 registry address in brackets, for example [::1]:5000.',
  'registry.not-a-host':
    '"{input}" is not a registry host. Enter the registry\'s host name with its port if it has one (for example registry.gitlab.com or registry.example.com:5050), or docker.io for Docker Hub.',
  'registry.bad-port': '"{port}" is not a port. A port is a number from 1 to 65535, as in registry.example.com:5050.',
  'registry.host-too-long': '"{host}" is not a valid host name: it is longer than 253 characters.',
  'registry.host-empty-label': '"{host}" is not a valid host name: it has an empty part between dots.',
  'registry.host-label-too-long': '"{host}" is not a valid host name: "{label}" is longer than 63 characters.',
  'registry.host-characters': '"{host}" is not a valid host name: a host name has only letters, digits, dots and hyphens.',
  'registry.note.docker-hub-image': '"{input}" names no registry host, so it is a Docker Hub image: written as Docker Hub\'s key.',
  'registry.note.docker-hub': 'Docker Hub is written as https://index.docker.io/v1/, the key Docker itself uses.',
  'registry.note.removed-scheme': 'Removed "{scheme}": the runner matches host[:port] only.',
  'registry.note.removed-path': 'Removed "{path}": the runner matches host[:port] only.',
  'registry.note.removed-scheme-and-path': 'Removed "{scheme}" and "{path}": the runner matches host[:port] only.',
  'registry.note.lower-cased': 'Host name lower-cased, as the runner compares it.',

  // Username field.
  'username.empty':
    'Enter a username. Any non-blank name works for personal, project and group access tokens; a deploy token needs its own username (gitlab+deploy-token-…).',
  'username.colon': 'A username cannot contain ":" (the registry reads everything after the first ":" as the token). Remove the ":".',
  'username.tab': 'The username contains a tab. Type it again without it.',
  'username.line-break': 'The username contains a line break. Type it again without it.',
  'username.control': 'The username contains the invisible character {code}. Type it again without it.',
  'username.note.trimmed-spaces': 'Removed spaces around the username ({count, plural, one {# character} other {# characters}}).',
  'username.note.trimmed-line-breaks':
    'Removed spaces and line breaks around the username ({count, plural, one {# character} other {# characters}}).',

  // Token field.
  'token.empty': 'Enter the token (or password) for this registry.',
  'token.space': 'The token contains a space at character {position}; tokens have none. Copy the token again from where it was shown, in one piece.',
  'token.tab': 'The token contains a tab at character {position}; tokens have none. Copy the token again from where it was shown, in one piece.',
  'token.line-break':
    'The token contains a line break at character {position}; tokens have none. Copy the token again from where it was shown, in one piece.',
  'token.control':
    'The token contains the invisible character {code} at character {position}; tokens have none. Copy the token again from where it was shown, in one piece.',
  'token.note.trimmed-spaces': 'Removed spaces around the token ({count, plural, one {# character} other {# characters}}).',
  'token.note.trimmed-line-breaks': 'Removed spaces and line breaks around the token ({count, plural, one {# character} other {# characters}}).',

  // Several registries built at once.
  'build.note.same-entry': 'Same registry and credentials as entry {entry}: written once.',
  'build.conflict': '{registry} is already entry {entry} with other credentials. A registry has one set of credentials: remove one of them.',

  // Inspect: what the runner would make of a pasted DOCKER_AUTH_CONFIG.
  'inspect.entry-problem': '{registry}: {problem}',
  'inspect.key-not-registry': 'the key is not a registry. {reason}',
  'inspect.key-scheme-or-path': 'the key has a scheme or path; older runners match host[:port] only. Use "{key}".',
  'inspect.key-case': 'runners compare host names in lower case. Use "{key}".',
  'inspect.entry-not-object': 'the entry must be an object like {example}; the runner then ignores the whole variable, with no error in the job log.',
  'inspect.username-password': 'uses "username"/"password" without "auth": the runner reads it, Docker CLI 28.3+ does not. Regenerate it to write "auth".',
  'inspect.no-auth': 'has no "auth"; the runner then ignores the whole variable, with no error in the job log.',
  'inspect.auth-not-string': '"auth" must be a non-empty string; the runner then ignores the whole variable, with no error in the job log.',
  'inspect.auth-not-base64': '"auth" is not valid base64; the runner then ignores the whole variable, with no error in the job log. Regenerate this entry.',
  'inspect.auth-line-breaks': '"auth" contains line breaks (base64 wrapped at 76 columns). Regenerate it without them.',
  'inspect.auth-no-colon':
    '"auth" decodes to text without ":" between username and token; the runner then ignores the whole variable, with no error in the job log.',
  'inspect.auth-empty-username': '"auth" has an empty username; the runner then ignores the whole variable, with no error in the job log.',
  'inspect.empty': 'The value is empty. Paste a DOCKER_AUTH_CONFIG such as {example}.',
  'inspect.not-json': 'Not valid JSON ({reason}); the runner then ignores the whole variable, with no error in the job log.',
  'inspect.not-object': 'The value must be a JSON object such as {example}.',
  'inspect.auths-not-object': '"auths" must be an object with one member per registry, such as {example}.',
  'inspect.not-compact': 'The value has spaces or line breaks, so GitLab cannot mask it. Use the compact form.',
  'inspect.credential-helper':
    '"{member}" runs a credential helper program on the runner host: newer runners refuse it and Docker Hub pulls break. Remove it and keep "auths".',
  'inspect.no-auths': 'There is no "auths" object, so the runner finds no credentials.',
  'inspect.auths-empty': '"auths" is empty: no registry gets credentials.',
  'inspect.same-registry': '"{first}" and "{second}" are the same registry; the runner uses only one of them. Keep one.',

  // Merge into an existing value.
  'merge.no-existing': 'There is no existing value to add to. Paste it first.',
  'merge.unreadable': 'The existing value cannot be merged: {reason} Fix it, or replace it instead.',
  // What the watchers put into GitLab's page before any panel code is there: its button labels,
  // and the "Create registry read token" helper's line after it filled GitLab's token form.
  'button.generate': 'Generate DOCKER_AUTH_CONFIG',
  'button.create-read-token': 'Create registry read token',
  'form-helper.failed': 'The form could not be filled. Reload the page and try again.',
  'form-helper.filled': 'Filled: {fields}.',
  'form-helper.missing': 'Set yourself: {fields}.',
  'form-helper.review': 'Review, then create the token with GitLab\'s button.',
  'form-helper.field.name': 'name',
  'form-helper.field.scopes': 'read_registry scope only',
  'form-helper.field.role': 'Reporter role',
  'form-helper.field.expiry': 'expiry date',
  // A self-managed GitLab's address, as typed in the options page or the popup.
  'address.empty': 'Enter the address of your GitLab, e.g. https://gitlab.example.com or https://example.com/gitlab.',
  'address.spaces': 'A web address cannot contain spaces. Enter it as e.g. https://gitlab.example.com or https://example.com/gitlab.',
  'address.no-scheme': 'Start the address with https:// (or http://), e.g. https://gitlab.example.com or https://example.com/gitlab.',
  'address.not-url': '"{input}" is not a web address. Enter it as e.g. https://gitlab.example.com or https://example.com/gitlab.',
  'address.bad-scheme': 'GitLab is served over https:// (or http://), not {scheme}//. Enter it as e.g. https://gitlab.example.com or https://example.com/gitlab.',
  'address.credentials':
    'Remove the user name and password ("…@") from the address: the extension uses your GitLab session in this browser and stores no credentials.',
  'address.query': 'Remove the query ("?…") and fragment ("#…"): enter only the address GitLab is served at.',
  'address.missing-host': 'The host name is missing. Enter it as e.g. https://gitlab.example.com or https://example.com/gitlab.',
  'address.page-inside':
    'That looks like a page inside GitLab. Enter only the address GitLab is served at: its host, and its relative URL root if it has one, e.g. https://gitlab.example.com or https://example.com/gitlab.',
  'address.gitlab-com': 'gitlab.com is built in: the extension already works there, nothing to add.',
  'address.already-added': '{origin} is already in the list.',
  'address.insecure':
    'This GitLab is reached over plain http://: your session and every token you generate travel unencrypted. Use https:// if your GitLab offers it.',
  // The extension's name and description, in the browser's extension list and the stores.
  'manifest.name': 'DOCKER_AUTH_CONFIG for GitLab CI',
  'manifest.description': 'Turn a GitLab registry token into a DOCKER_AUTH_CONFIG CI/CD variable without a terminal. Everything stays in your browser.',

  // Extension pages: popup, options, privacy.
  'popup.title': 'DOCKER_AUTH_CONFIG',
  'popup.views': 'View',
  'popup.view.build': 'Build',
  'popup.view.inspect': 'Inspect',
  'popup.credentials': 'Credentials',
  'popup.registry-numbered': 'Registry {index}',
  'popup.remove': 'Remove',
  'popup.remove-registry': 'Remove registry {index}',
  'popup.add-registry': 'Add registry',
  'popup.field.registry': 'Registry',
  'popup.field.username': 'Username',
  'popup.field.token': 'Token',
  'popup.hint.registry': 'host[:port], for example registry.gitlab.com or registry.example.com:5050',
  'popup.hint.username': 'any name for personal, project and group access tokens; the exact username for a deploy token',
  'popup.token.show': 'Show',
  'popup.token.hide': 'Hide',
  'popup.result.placeholder': 'Fill in Registry, Username and Token above.',
  'popup.result.ready':
    'Compact JSON for {count, plural, one {# registry} other {# registries}}. Save it as a CI/CD variable named DOCKER_AUTH_CONFIG.',
  'popup.result.not-ready': 'Nothing to copy yet: every field above needs a valid value.',
  'popup.existing': 'Existing DOCKER_AUTH_CONFIG',
  'popup.existing.placeholder': 'Paste a value such as {example}. It stays in this popup.',
  'popup.inspection': 'Inspection',
  'popup.inspection.usable': 'The runner can use {count, plural, one {the # registry} other {all # registries}}.',
  'popup.inspection.ignored': 'The runner would ignore this whole value. Fix the errors below.',
  'popup.inspection.maskable': 'GitLab can mask it (with Expand variable reference off).',
  'popup.inspection.not-maskable': 'GitLab cannot mask it as it is.',
  'popup.problem.error': 'Error: {message}',
  'popup.problem.warning': 'Warning: {message}',
  'popup.merge': 'Merge the Build entries into it',
  'popup.merge.needs-build': 'Fill in the Build view first: its registries are what gets merged.',
  'popup.merge.result': 'Merge result',
  'popup.merge.added': 'Added: {registries}.',
  'popup.merge.replaced': 'Replaced: {registries}.',
  'popup.merge.unchanged': 'Unchanged: {registries}.',
  'popup.merge.kept': 'Other registries are kept as they were.',
  'popup.merge.kept-but-ignored':
    'Other registries are kept as they were, but the runner would ignore this whole value for the errors below: fix or remove those entries before you save it.',
  'popup.merged': 'Merged DOCKER_AUTH_CONFIG',
  'popup.this-gitlab': 'This GitLab',
  'popup.not-served': 'This page is a GitLab the extension does not work on yet: {address}',
  'popup.enable': 'Enable on this GitLab',
  'popup.enable.failed': 'Could not enable it: {reason}',
  'copy.button': 'Copy',
  'copy.copied': 'Copied to the clipboard.',
  'copy.failed': 'The browser refused the clipboard: select the text and copy it yourself.',
  'copy.clearing': 'Copied. Cleared from the clipboard in {seconds} s, if you stay on this page and copy nothing else.',
  'copy.cleared': 'Cleared from the clipboard.',
  'copy.left': 'Not cleared from the clipboard: you left this page, so it may hold something else now.',
  'copy.copied-since': 'Not cleared from the clipboard: you copied something else since.',
  'copy.refused': 'The browser did not let the extension clear the clipboard: copy something else over it.',
  'options.title': 'DOCKER_AUTH_CONFIG: GitLab instances',
  'options.heading': 'DOCKER_AUTH_CONFIG for GitLab CI',
  'options.intro':
    'The extension works on gitlab.com and on the self-managed GitLab instances you add here. For each one, the browser lets it read only that site, and only after you allow it.',
  'options.instances': 'GitLab instances',
  'options.loading': 'Loading…',
  'options.privacy-link': 'Privacy: what the extension reads, where it sends it, what it stores',
  'options.built-in': 'built in',
  'options.remove': 'Remove',
  'options.remove-instance': 'Remove {address}',
  'options.access-missing': 'The browser no longer lets the extension read this GitLab, so its pages get no buttons.',
  'options.allow-again': 'Allow access again',
  'options.registry': 'Registry host',
  'options.registry.placeholder': "from GitLab's API",
  'options.registry.note': 'host[:port]. When set, it wins over the registry GitLab names for a project. Leave empty to use that.',
  'options.protect': 'Protect new variables',
  'options.protect.gitlab': "GitLab's default",
  'options.protect.on': 'On',
  'options.protect.off': 'Off',
  'options.variable-key': 'Variable key',
  'options.variable-key.note': 'DOCKER_AUTH_CONFIG unless your jobs read another name.',
  'options.variable-key.characters': 'A variable key may contain only letters, digits and "_" (GitLab refuses anything else).',
  'options.save-automatically': 'Save automatically (add the variable without a further click)',
  'options.clear-clipboard': 'Clear the clipboard {seconds} s after Copy in the panel (if it can only still hold the copied JSON)',
  'options.warn-days': 'Warn before a token expires (days)',
  'options.warn-days.note': "The CI/CD variables page warns when the token in the variable's description expires within this many days.",
  'options.warn-days.range': 'Enter a whole number of days from {min} to {max} (GitLab tokens live at most a year).',
  'options.save': 'Save settings',
  'options.saved': 'Saved.',
  'options.not-saved.marked': 'Not saved: correct the marked field.',
  'options.not-saved': 'Not saved: {reason}',
  'options.remove-failed': 'Could not remove it: {reason}',
  'options.add': 'Add GitLab instance',
  'options.address': 'GitLab address',
  'options.address.help':
    'The address your GitLab is served at, with its relative URL root if it has one: https://gitlab.example.com or https://example.com/gitlab. The browser then asks you to let the extension read that site.',
  'options.add-failed': 'Could not add it: {reason}',
  'options.access.not-asked': 'The browser did not ask for access to {origin} ({reason}). Nothing was added.',
  'options.access.refused':
    'Access to {origin} was not granted, so nothing was added. The extension can only work on a GitLab you let it read; add it again and choose Allow.',
  'options.access.enabled': 'Enabled on {address}. Open (or reload) its access token and CI/CD settings pages to use it.',
  'options.every-port':
    'Firefox does not tell ports apart: allowing {origin} lets the extension read every port of {host} ({schemeAndHost}, {origin} and any other), not only {port}.',
  'privacy.title': 'DOCKER_AUTH_CONFIG for GitLab CI: privacy',
  'privacy.english-only': 'The privacy statement below is in English, the language it is maintained in.',
} as const;

export type MessageId = keyof typeof en;
/** A translation: every English key, no other. */
export type Catalogue = Readonly<Record<MessageId, string>>;
