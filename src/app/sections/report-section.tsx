import type { ReactNode } from 'react';

/** One of the report's sections: a region named by its heading (the id is what exports look for). */
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
      {children}
    </section>
  );
}
