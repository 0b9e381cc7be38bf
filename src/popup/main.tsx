import { render } from 'preact';
import { setPageLanguage } from '../shared/ui/page-language.ts';
import { readEffectiveSettings } from '../shared/settings.ts';
import { takeMenuRequest } from '../shared/menu-request.ts';
import { readShareState } from '../shared/share-state.ts';
import { App } from './app.tsx';
import '../shared/ui/theme.css';
import './popup.css';

setPageLanguage();

const [config, share, menuRequest] = await Promise.all([
  readEffectiveSettings(),
  readShareState(),
  takeMenuRequest(),
]);
const root = document.getElementById('app');
if (root)
  render(
    <App
      settings={config.settings}
      policy={config.policy}
      share={share}
      menuRequest={menuRequest}
    />,
    root,
  );
