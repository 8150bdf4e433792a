import '../../lib/zod-setup';
import { createRoot } from 'react-dom/client';
import { uiLang } from '../../components/i18n';
import { App } from './App';
import './panel.css';

const lang = uiLang(navigator.language);
document.documentElement.lang = lang;
document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
const fixedTab = Number(new URLSearchParams(location.search).get('tab'));
createRoot(document.getElementById('root')!).render(
  <App lang={lang} fixedTabId={Number.isInteger(fixedTab) && fixedTab > 0 ? fixedTab : null} />,
);
