// A chart group's name in the shop's language: a cause group, or the incidents not yet diagnosed.
import { useLabels } from '../lib/useLabels';
import { useT } from '../lib/useT';
import type { ChartGroup } from './chartColors';

export function useGroupLabel(): (g: ChartGroup) => string {
  const t = useT();
  const labels = useLabels();
  return (g) => (g === 'Undiagnosed' ? t('patterns.group.undiagnosed') : labels.causeGroup(g));
}
