import { render } from 'preact';
import { announceLanguage, browserLanguage } from '../../components/browser-language';
import { LanguageProvider } from '../../components/i18n';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/options/options.css';

void browserLanguage().then((language) => {
  announceLanguage(language, language.t('options.title'));
  render(
    <LanguageProvider language={language}>
      <OptionsApp />
    </LanguageProvider>,
    document.getElementById('app')!,
  );
});
