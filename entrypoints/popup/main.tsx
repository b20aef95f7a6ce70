import { render } from 'preact';
import { announceLanguage, browserLanguage } from '../../components/browser-language';
import { LanguageProvider } from '../../components/i18n';
import { PopupApp } from '../../components/popup/PopupApp';
import '../../components/popup/popup.css';

void browserLanguage().then((language) => {
  announceLanguage(language, language.t('popup.title'));
  render(
    <LanguageProvider language={language}>
      <PopupApp />
    </LanguageProvider>,
    document.getElementById('app')!,
  );
});
