import { Component, type ReactNode } from 'react';

interface Props {
  /** What failed, for the message: "The map", "The lists". */
  what: string;
  /** Class of the box shown instead, so it takes the failed part's place in the layout. */
  className?: string;
  /** A new key (another place or article) tries again. */
  resetKey?: string;
  /** Told when the part fails, for what waits on it (the lists wait for the map's first view). */
  onError?: () => void;
  children: ReactNode;
}

interface State {
  failed: { message: string; key: string | undefined } | null;
}

/**
 * Keeps the rest of the page usable when one part throws (a malformed record that got past the
 * checks, say): that part says what happened in one line instead of blanking the whole page.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: null };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return {
      failed: { message: error instanceof Error ? error.message : String(error), key: undefined },
    };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (!state.failed) return null;
    if (state.failed.key === undefined) return { failed: { ...state.failed, key: props.resetKey } };
    return state.failed.key === props.resetKey ? null : { failed: null };
  }

  override componentDidCatch(): void {
    this.props.onError?.();
  }

  override render() {
    const { failed } = this.state;
    if (!failed) return this.props.children;
    return (
      <div className={this.props.className ? `${this.props.className} dl-failed` : 'dl-failed'}>
        <p role="alert">
          {this.props.what} could not be shown: {failed.message.slice(0, 200)}
        </p>
      </div>
    );
  }
}
