import type { ReactNode } from 'react';
import { LiveTextBlock } from './live-text-block';

/**
 * One of the report's sections: a region named by its heading (the id is what exports look for),
 * opening with its text in the report's wording.
 */
export function ReportSection({
  headingId,
  title,
  children,
}: {
  headingId: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section className="dashboard-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <LiveTextBlock headingId={headingId} first={headingId === 'overview-heading'} />
      {children}
    </section>
  );
}
