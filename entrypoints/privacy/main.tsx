import { renderInBrowserLanguage } from '../../components/browser-language';
import { PrivacyPage } from '../../components/privacy/PrivacyPage';
import statement from '../../PRIVACY.md?raw';
import '../../components/options/options.css';

renderInBrowserLanguage(<PrivacyPage source={statement} />, 'privacy.title');
