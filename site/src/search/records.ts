// Search records for the full-text index: what of a news article, an activity, an organisation,
// a role model and a showcase is searchable, with the URL of its Chinese page, its title, date
// and type. The content loaders call indexForSearch with what they fetched; during `astro build`
// the search integration (integrations/search-index.mjs) has made the records file, and the
// records are appended to it as JSON lines; otherwise (astro sync) nothing happens.
// (No imports of astro:content here: the content config itself loads this module.)
import { appendFileSync, existsSync } from 'node:fs';
import { buildPaths } from '../build-paths';
import { parseRichText, plainText } from '../lib/rich-text';

export type SearchType = 'news' | 'project' | 'organization' | 'role-model' | 'showcase';

export interface SearchRecord {
  url: string;
  content: string;
  language: 'zh';
  meta: Record<string, string>;
  filters: { type: [SearchType] };
}

/** Hands records to the index of the running build, if there is one. */
export function indexForSearch(records: SearchRecord[]): void {
  const file = buildPaths().searchRecords;
  if (records.length === 0 || !existsSync(file)) return;
  appendFileSync(file, records.map((r) => `${JSON.stringify(r)}\n`).join(''));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text of the API's sanitised HTML: tags dropped, block ends kept as line breaks. */
export function htmlText(html: string): string {
  return html
    .replace(/<\/(p|h[1-6]|li|blockquote|tr|pre)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
      if (code[0] === '#') return String.fromCodePoint(code[1].toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
      return ENTITIES[code.toLowerCase()] ?? whole;
    })
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** The text of a project description (the small Markdown of lib/rich-text). */
function richText(source: string | null): string {
  return parseRichText(source)
    .map((block) =>
      block.kind === 'paragraph'
        ? block.lines.map(plainText).join('\n')
        : block.kind === 'heading'
          ? plainText(block.content)
          : block.items.map(plainText).join('\n'),
    )
    .join('\n');
}

// Parts run on as Chinese sentences (a space between them would show in the excerpts).
const lines = (...parts: (string | null | undefined)[]) =>
  parts
    .filter((p): p is string => Boolean(p?.trim()))
    .map((p) =>
      p
        .trim()
        .replace(/([。！？；：…」”）])\s*\n\s*/g, '$1')
        .replace(/\s*\n\s*/g, ' '),
    )
    .map((p) => (/[。！？；：…」”）)]$/.test(p) ? p : `${p}。`))
    .join('');

export function newsRecord(a: {
  slug: string;
  title: string;
  summary: string;
  bodyHtml: string;
  publishedAt: string;
  tags: string[];
  coverImageUrl?: string | null;
  organization?: { name: string } | null;
}): SearchRecord {
  return {
    url: `/news/${a.slug}/`,
    content: lines(a.title, a.summary, htmlText(a.bodyHtml), a.organization?.name, a.tags.join('、')),
    language: 'zh',
    meta: { title: a.title, date: a.publishedAt, ...(a.coverImageUrl ? { image: a.coverImageUrl } : {}) },
    filters: { type: ['news'] },
  };
}

export function projectRecord(p: {
  id: string;
  title: string;
  summary: string;
  description?: string | null;
  category?: string | null;
  district?: string | null;
  address?: string | null;
  status: string;
  startsAt: string;
  endsAt: string;
  organization: { name: string };
}): SearchRecord {
  return {
    url: `/projects/${p.id}/`,
    content: lines(p.title, p.summary, richText(p.description ?? null), p.organization.name, p.category, p.district, p.address),
    language: 'zh',
    // When it happens and its state, for the result line (the page says whether it is over by then).
    meta: { title: p.title, starts: p.startsAt, ends: p.endsAt, status: p.status },
    filters: { type: ['project'] },
  };
}

export function roleModelRecord(m: {
  id: string;
  name: string;
  honor?: string | null;
  citation: string;
  year?: number | null;
  district?: string | null;
  organization?: { name: string } | null;
}): SearchRecord {
  return {
    url: `/role-models/#${m.id}`,
    content: lines(m.name, m.honor, m.citation, m.organization?.name, m.district),
    language: 'zh',
    meta: { title: m.honor ? `${m.name}：${m.honor}` : m.name },
    filters: { type: ['role-model'] },
  };
}

export function showcaseRecord(s: {
  id: string;
  title: string;
  summary: string;
  bodyHtml?: string | null;
  publishedAt: string;
  organization?: { name: string } | null;
}): SearchRecord {
  return {
    url: `/showcases/#${s.id}`,
    content: lines(s.title, s.summary, s.bodyHtml ? htmlText(s.bodyHtml) : null, s.organization?.name),
    language: 'zh',
    meta: { title: s.title, date: s.publishedAt },
    filters: { type: ['showcase'] },
  };
}

export function organizationRecord(o: {
  slug: string;
  name: string;
  city?: string | null;
  district?: string | null;
  description?: string | null;
}): SearchRecord {
  return {
    url: `/organizations/${encodeURIComponent(o.slug)}/`,
    content: lines(o.name, [o.city, o.district].filter(Boolean).join(''), o.description),
    language: 'zh',
    meta: { title: o.name },
    filters: { type: ['organization'] },
  };
}
