import { sections } from '../report-layout';
import { LayoutSection } from './layout-section';

/** 诉源治理: disputes resolved before they reach court. */
export function DisputeDiversionSection() {
  return <LayoutSection layout={sections.disputeDiversion} />;
}
