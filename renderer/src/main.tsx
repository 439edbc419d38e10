// First import: zod must be jitless before any schema is built (see the module).
import './lib/zodJitless';
// Second: takes browser mode's one-time key out of the address before the router reads it.
import { openSession } from './api/browserKey';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { pickLanguage } from '../../shared/i18n/languages';
import { App } from './app/App';
import { KeyRefused } from './app/KeyRefused';
import { InLanguage } from './lib/InLanguage';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The app draws once the tab has its key, so no call goes out without one.
const opened = await openSession();
// Refused, there is no file to read the shop's language from: the browser's is the best guess.
const refused = (message: string) => (
  <InLanguage language={pickLanguage(navigator.languages?.length ? navigator.languages : [navigator.language])}>
    <KeyRefused message={message} />
  </InLanguage>
);
createRoot(root).render(<StrictMode>{opened.ok ? <App /> : refused(opened.message)}</StrictMode>);
