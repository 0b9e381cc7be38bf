import { render } from 'preact';
import { readSettings } from '../shared/settings.ts';
import { readShareState } from '../shared/share-state.ts';
import { App } from './app.tsx';
import './popup.css';

const [settings, share] = await Promise.all([readSettings(), readShareState()]);
const root = document.getElementById('app');
if (root) render(<App settings={settings} share={share} />, root);
