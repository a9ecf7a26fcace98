import { Component, type ReactNode } from 'react';
import { ChartFailed } from './card-states';

type Props = {
  children: ReactNode;
  /** Before drawing again after a failure, e.g. to forget a failed load of the chart's code. */
  onRetry?: () => void;
  /** Told when the chart fails and when it is drawn again (the card then stops being an image). */
  onFailedChange?: (failed: boolean) => void;
};

type State = { failed: boolean; error: unknown };

/** The charts showing a failure now: a retry in one card retries them all. */
const failedCharts = new Set<ChartBoundary>();

/** Draws again every chart that shows a failure (its code has loaded since, e.g. for an export). */
export function retryFailedCharts() {
  const again = [...failedCharts];
  failedCharts.clear();
  for (const chart of again) chart.drawAgain();
}

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
    console.error('A chart could not be drawn', error);
  }

  // The set follows the state (not the catch), so that a remount (StrictMode) keeps it right.
  override componentDidMount() {
    this.follow();
    if (this.state.failed) this.props.onFailedChange?.(true);
  }

  override componentDidUpdate(_props: Props, previous: State) {
    this.follow();
    if (previous.failed !== this.state.failed) this.props.onFailedChange?.(this.state.failed);
  }

  override componentWillUnmount() {
    failedCharts.delete(this);
    if (this.state.failed) this.props.onFailedChange?.(false);
  }

  private follow() {
    if (this.state.failed) failedCharts.add(this);
    else failedCharts.delete(this);
  }

  drawAgain = () => this.setState({ failed: false, error: null });

  retry = () => {
    this.props.onRetry?.();
    retryFailedCharts();
    this.drawAgain();
  };

  override render() {
    if (this.state.failed) return <ChartFailed error={this.state.error} onRetry={this.retry} />;
    return this.props.children;
  }
}
