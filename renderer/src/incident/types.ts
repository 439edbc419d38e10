import type { Incident } from '../../../shared/schemas/incident';
import type { IncidentEditor } from './useIncidentEditor';

/** What every card of the incident view receives. */
export interface CardProps {
  incident: Incident;
  editor: IncidentEditor;
}
