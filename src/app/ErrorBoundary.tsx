/**
 * Error boundaries (issue 17): one throw in a dialog or panel used to unmount the whole app and
 * leave a white page. Each area of the window now sits in its own boundary; a crash there shows
 * CrashFallback in that area only (the rest keeps working), and the app-wide boundary catches the
 * rest. Before anything is shown, the pending autosave is flushed, so the work on screen is
 * stored; the crash is logged with its stack and React's component stack.
 */
import { Component, createContext, type ErrorInfo, type ReactNode } from 'react';
import { CrashFallback, type CrashArea } from './CrashFallback';

/** What a boundary needs from the app shell; main.tsx fills it in once autosave has started. */
export type CrashServices = { flushAutosave: () => void };
export const CrashContext = createContext<CrashServices>({ flushAutosave: () => {} });

type Props = {
  area: CrashArea;
  /** Names the area in the log, e.g. `dialog:export-png`. */
  name: string;
  children: ReactNode;
  /** "Continue": e.g. a dialog's boundary closes the dialog before showing its area again. */
  onContinue?: () => void;
};

type State = { error: Error | null };

export class ErrorBoundary extends Component<Props, State> {
  static override contextType = CrashContext;
  declare context: CrashServices;
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    try {
      this.context.flushAutosave();
    } catch (flushError) {
      console.error('[theory-model-editor] autosave flush after a crash failed', flushError);
    }
    const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.error(`[theory-model-editor] crash in ${this.props.name}\n${stack}\nComponent stack:${info.componentStack ?? ' (none)'}`);
  }

  private readonly continue = () => {
    this.props.onContinue?.();
    this.setState({ error: null });
  };

  override render(): ReactNode {
    if (this.state.error) return <CrashFallback area={this.props.area} error={this.state.error} onContinue={this.continue} />;
    return this.props.children;
  }
}
