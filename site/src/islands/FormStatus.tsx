// The result line of an island's form: a live region present from the first render, so
// screen readers announce whatever appears in it (errors, progress, success).
export type Status = { tone: 'error' | 'success' | 'info'; text: string; login?: boolean } | null;

export function FormStatus({ status }: { status: Status }) {
  return (
    <div class="form-status" data-tone={status?.tone} aria-live="assertive" aria-atomic="true">
      {status && (
        <p>
          {status.text}
          {status.login && (
            <>
              {' '}
              <a href="/login/">去登录</a>
            </>
          )}
        </p>
      )}
    </div>
  );
}
