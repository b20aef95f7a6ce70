import { renderInBrowserLanguage } from '../../components/browser-language';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/options/options.css';

renderInBrowserLanguage(<OptionsApp />, 'options.title');
