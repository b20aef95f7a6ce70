import { renderInBrowserLanguage } from '../../components/browser-language';
import { PopupApp } from '../../components/popup/PopupApp';
import '../../components/popup/popup.css';

renderInBrowserLanguage(<PopupApp />, 'popup.title');
