import { render } from 'preact';
import { setPageLanguage } from '../shared/ui/page-language.ts';
import { t } from '../shared/i18n.ts';
import { readPolicy } from '../shared/managed-policy.ts';
import { readSettings } from '../shared/settings.ts';
import { App } from './app.tsx';
import '../shared/ui/theme.css';
import './options.css';

setPageLanguage();

// The user's own settings, with the administrator's policy shown on top of them as locks.
const [settings, policy] = await Promise.all([readSettings(), readPolicy()]);
document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<App initial={settings} policy={policy} />, root);
