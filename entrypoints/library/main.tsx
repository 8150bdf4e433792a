import '../../lib/zod-setup';
import { createRoot } from 'react-dom/client';
import { dirOf, t, uiLang } from '../../components/i18n';
import { App } from './App';
import './library.css';

// Marks for the benchmark (scripts/bench/store.ts): page script start → first page → all loaded.
performance.mark('isnad:library-start');
const lang = uiLang();
document.documentElement.lang = lang;
document.documentElement.dir = dirOf(lang);
document.title = `${t('appName', lang)} · ${t('libraryTitle', lang)}`;
createRoot(document.getElementById('root')!).render(<App lang={lang} />);
