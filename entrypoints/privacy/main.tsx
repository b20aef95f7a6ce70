import { render } from 'preact';
import { announceLanguage, browserLanguage } from '../../components/browser-language';
import { LanguageProvider } from '../../components/i18n';
import { PrivacyPage } from '../../components/privacy/PrivacyPage';
import statement from '../../PRIVACY.md?raw';
import '../../components/options/options.css';

void browserLanguage().then((language) => {
  announceLanguage(language, language.t('privacy.title'));
  render(
    <LanguageProvider language={language}>
      <PrivacyPage source={statement} />
    </LanguageProvider>,
    document.getElementById('app')!,
  );
});
