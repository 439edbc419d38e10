// Hash routing: the app is served from app:// in Electron and from http in browser mode.
import { createHashRouter } from 'react-router';
import { CustomersPage } from '../customers/CustomersPage';
import { PersonPage } from '../customers/PersonPage';
import { DiagnoseQueuePage } from '../diagnose/DiagnoseQueuePage';
import { HomePage } from '../home/HomePage';
import { IncidentPage } from '../incident/IncidentPage';
import { JournalPage } from '../journal/JournalPage';
import { PatternsPageLazy } from '../patterns/PatternsPageLazy';
import { ReportsPage } from '../reports/ReportsPage';
import { DataPage } from '../data/DataPage';
import { RecentlyDeletedPage } from '../deleted/RecentlyDeletedPage';
import { SettingsPage } from '../settings/SettingsPage';
import { TrackerPage } from '../tracker/TrackerPage';
import { LessonPageLazy, LessonsPageLazy } from './lazyPages';
import { NotFound } from './NotFound';
import { SetupGate } from '../firstrun/SetupGate';

export const router = createHashRouter([
  {
    path: '/',
    element: <SetupGate />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'journal', element: <JournalPage /> },
      { path: 'journal/deleted', element: <RecentlyDeletedPage /> },
      { path: 'incidents/:id', element: <IncidentPage /> },
      { path: 'diagnose', element: <DiagnoseQueuePage /> },
      { path: 'customers', element: <CustomersPage /> },
      { path: 'customers/:id', element: <PersonPage /> },
      { path: 'lessons', element: <LessonsPageLazy /> },
      { path: 'lessons/:id', element: <LessonPageLazy /> },
      { path: 'patterns', element: <PatternsPageLazy /> },
      { path: 'compensation', element: <TrackerPage /> },
      { path: 'reports', element: <ReportsPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: 'data', element: <DataPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
