import '../../lib/zod-setup';
import { createRoot } from 'react-dom/client';
import { uiLangFrom } from '../../components/panel/strings';
import { App } from './App';
import './panel.css';

const lang = uiLangFrom(navigator.language);
document.documentElement.lang = lang;
document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
const fixedTab = Number(new URLSearchParams(location.search).get('tab'));
createRoot(document.getElementById('root')!).render(
  <App lang={lang} fixedTabId={Number.isInteger(fixedTab) && fixedTab > 0 ? fixedTab : null} />,
);
