// The search page's script: reads ?q= and the type filter, asks the Pagefind index that the
// build wrote to /pagefind/ (loaded on first use, then only the index pieces a query needs)
// and lists the results. The index holds the Chinese pages; on English pages results link to
// their /en/ twins.

import { holdsQuery, isChineseQuery } from './query-match';

interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
  debouncedSearch: (query: string, options?: { filters?: Record<string, string> }, ms?: number) => Promise<{ results: PagefindResult[] } | null>;
}

interface Messages {
  loading: string;
  results: string;
  none: string;
  failed: string;
  types: Record<string, string>;
  states: Record<'upcoming' | 'ongoing' | 'ended' | 'cancelled', string>;
}

/** Results read to check a Chinese query against their text (the best-ranked ones). */
const CHECKED = 100;

const PAGE = 10;
const BUNDLE = '/pagefind/pagefind.js';

let pagefind: Promise<Pagefind> | null = null;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ BUNDLE) as Promise<Pagefind>).then(async (pf) => {
    // One index, built from the Chinese pages with Chinese word segmentation; English pages
    // (html lang="en") search it too.
    await pf.options({ language: 'zh' });
    await pf.init();
    return pf;
  });
  return pagefind;
}

export function startSearch(root: HTMLElement): void {
  const messages = JSON.parse(root.dataset.messages ?? '{}') as Messages;
  const prefix = root.dataset.prefix ?? '';
  const locale = root.dataset.locale ?? 'zh-CN';
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('#search-status')!;
  const list = root.querySelector<HTMLOListElement>('#search-results')!;
  const more = root.querySelector<HTMLButtonElement>('#search-more')!;
  let results: { data: () => Promise<PagefindResultData> }[] = [];
  let shown = 0;
  let generation = 0;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const type = params.get('type') ?? '';
  const radio = form.querySelector<HTMLInputElement>(`input[name="type"][value="${CSS.escape(type)}"]`);
  if (radio) radio.checked = true;

  const currentType = () => form.querySelector<HTMLInputElement>('input[name="type"]:checked')?.value ?? '';

  async function showMore(run: number): Promise<void> {
    const page = results.slice(shown, shown + PAGE);
    const items = await Promise.all(page.map((r) => r.data()));
    if (run !== generation) return;
    for (const item of items) list.append(renderResult(item, messages, prefix, locale));
    shown += page.length;
    more.hidden = shown >= results.length;
  }

  async function run(debounce: boolean): Promise<void> {
    const query = input.value.trim();
    const filter = currentType();
    const url = new URL(location.href);
    url.searchParams.set('q', query);
    if (filter) url.searchParams.set('type', filter);
    else url.searchParams.delete('type');
    history.replaceState(null, '', url);
    const mine = ++generation;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      return;
    }
    status.textContent = messages.loading;
    try {
      const pf = await loadPagefind();
      const options = filter ? { filters: { type: filter } } : {};
      const search = debounce ? await pf.debouncedSearch(query, options, 250) : await pf.search(query, options);
      // A newer query superseded this one.
      if (!search || mine !== generation) return;
      results = search.results;
      if (isChineseQuery(query)) {
        const read = await Promise.all(search.results.slice(0, CHECKED).map((r) => r.data()));
        if (mine !== generation) return;
        results = read.filter((d) => holdsQuery(query, `${d.meta.title ?? ''} ${d.content}`)).map((d) => ({ data: () => Promise.resolve(d) }));
      }
      shown = 0;
      list.replaceChildren();
      status.textContent = results.length ? messages.results.replace('{n}', String(results.length)) : messages.none.replace('{q}', query);
      await showMore(mine);
    } catch {
      if (mine === generation) status.textContent = messages.failed;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(false);
  });
  input.addEventListener('input', () => void run(true));
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).name === 'type') void run(false);
  });
  more.addEventListener('click', () => void showMore(generation));
  if (input.value.trim()) void run(false);
}

const dateFormat = (locale: string) => new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'long', timeZone: 'Asia/Shanghai' });

function renderResult(item: PagefindResultData, messages: Messages, prefix: string, locale: string): HTMLLIElement {
  const li = document.createElement('li');
  const heading = document.createElement('h2');
  heading.lang = 'zh-CN';
  const link = document.createElement('a');
  link.href = `${prefix}${item.url}`;
  link.textContent = item.meta.title ?? item.url;
  heading.append(link);

  const meta = document.createElement('p');
  meta.className = 'result-meta';
  const type = item.filters.type?.[0];
  if (type) {
    const label = document.createElement('span');
    label.className = 'result-type';
    label.textContent = messages.types[type] ?? type;
    meta.append(label);
  }
  const published = item.meta.date ? new Date(item.meta.date) : null;
  if (published && !Number.isNaN(published.getTime())) {
    const date = document.createElement('time');
    date.dateTime = item.meta.date!;
    date.textContent = dateFormat(locale).format(published);
    meta.append(date);
  }
  // An activity: when, and whether it is still to come.
  const starts = item.meta.starts ? new Date(item.meta.starts) : null;
  const ends = item.meta.ends ? new Date(item.meta.ends) : null;
  if (starts && ends && !Number.isNaN(starts.getTime()) && !Number.isNaN(ends.getTime())) {
    const when = document.createElement('time');
    when.dateTime = item.meta.starts!;
    // One day, or both days written out in full (formatRange falls back to numeric dates for a
    // range across days in some locales, e.g. "2026/12/4 – 2026/12/5" for an evening shift).
    const [from, to] = [dateFormat(locale).format(starts), dateFormat(locale).format(ends)];
    when.textContent = from === to ? from : `${from} – ${to}`;
    const now = Date.now();
    const state =
      item.meta.status === 'CANCELLED'
        ? 'cancelled'
        : ends.getTime() <= now || item.meta.status === 'COMPLETED'
          ? 'ended'
          : starts.getTime() <= now
            ? 'ongoing'
            : 'upcoming';
    const badge = document.createElement('span');
    badge.className = `result-state result-state-${state}`;
    badge.textContent = messages.states[state];
    meta.append(when, badge);
  }

  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  excerpt.lang = 'zh-CN';
  // Pagefind's excerpt is the page's own text, escaped, with <mark> around the matches.
  excerpt.innerHTML = item.excerpt;
  li.append(heading, meta, excerpt);
  return li;
}
