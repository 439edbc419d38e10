// Hash routing: the app is served from app:// in Electron and from http in browser mode.
import { createHashRouter } from 'react-router';
import { HomePage } from '../home/HomePage';
import { IncidentPage } from '../incident/IncidentPage';
import { JournalPage } from '../journal/JournalPage';
import { SettingsPage } from '../settings/SettingsPage';
import { TrackerPage } from '../tracker/TrackerPage';
import { NotFound } from './NotFound';
import { Shell } from './Shell';

export const router = createHashRouter([
  {
    path: '/',
    element: <Shell />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'journal', element: <JournalPage /> },
      { path: 'incidents/:id', element: <IncidentPage /> },
      { path: 'compensation', element: <TrackerPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
