import { render } from 'preact';
import { PrivacyPage } from '../../components/privacy/PrivacyPage';
import statement from '../../PRIVACY.md?raw';
import '../../components/options/options.css';

render(<PrivacyPage source={statement} />, document.getElementById('app')!);
