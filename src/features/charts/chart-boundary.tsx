import { Component, type ReactNode } from 'react';
import { ChartFailed } from './card-states';

type Props = {
  children: ReactNode;
  /** Before drawing again after a failure, e.g. to forget a failed load of the chart's code. */
  onRetry?: () => void;
};

type State = { failed: boolean; error: unknown };

/** The charts showing a failure now: a retry in one card retries them all. */
const failedCharts = new Set<ChartBoundary>();

/**
 * Keeps a chart's failure inside its card: its code not loading (lazy-charts.tsx) or a fault in
 * drawing it shows a message and a retry there, and the rest of the page stays as it was. The
 * charts share their code, so when it failed to load every chart says so, and one retry (the
 * user's click in any card) draws them all again.
 */
export class ChartBoundary extends Component<Props, State> {
  override state: State = { failed: false, error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { failed: true, error };
  }

  override componentDidCatch(error: unknown) {
    failedCharts.add(this);
    console.error('A chart could not be drawn', error);
  }

  override componentWillUnmount() {
    failedCharts.delete(this);
  }

  retry = () => {
    this.props.onRetry?.();
    const again = [...failedCharts];
    failedCharts.clear();
    for (const chart of again) chart.setState({ failed: false, error: null });
    this.setState({ failed: false, error: null });
  };

  override render() {
    if (this.state.failed) return <ChartFailed error={this.state.error} onRetry={this.retry} />;
    return this.props.children;
  }
}
