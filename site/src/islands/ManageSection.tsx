// The frame of one section of the coordinator console: its heading, a line on what it is for,
// and while its data is not there, a loading line or the failure with a retry button.
import type { ComponentChildren } from 'preact';
import type { Loaded } from '../lib/manage-load';

interface Props<T> {
  id: string;
  title: string;
  note?: ComponentChildren;
  state: Loaded<T>;
  retry: () => void;
  children: (data: T) => ComponentChildren;
}

export function ManageSection<T>({ id, title, note, state, retry, children }: Props<T>) {
  return (
    <section class="account-card manage-section" id={id} aria-labelledby={`${id}-title`} aria-busy={state.status === 'loading'}>
      <h2 id={`${id}-title`}>{title}</h2>
      {note && <p class="account-note">{note}</p>}
      {state.status === 'loading' && <p class="manage-loading">正在读取……</p>}
      {state.status === 'error' && (
        <div class="manage-failed" role="alert">
          <p>{state.text}</p>
          <button type="button" class="signup-more" onClick={retry}>
            重试
          </button>
        </div>
      )}
      {state.status === 'ready' && children(state.data)}
    </section>
  );
}
