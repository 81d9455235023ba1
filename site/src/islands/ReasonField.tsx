// The reason a reviewer gives when returning something to a team (a team's registration, an
// article): a labelled text box with its error beside it.
import type { Ref } from 'preact';

interface Props {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  error: string | null;
  inputRef?: Ref<HTMLTextAreaElement>;
}

export function ReasonField({ id, label, value, onValue, error, inputRef }: Props) {
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={id}>{label}</label>
      <textarea
        id={id}
        ref={inputRef}
        rows={2}
        maxLength={500}
        value={value}
        onInput={(e) => onValue(e.currentTarget.value)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={`${id}-error`}
      />
      <p id={`${id}-error`} class="field-error">
        {error}
      </p>
    </div>
  );
}
