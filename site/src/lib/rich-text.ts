// A small, safe reading of the Markdown that organisations write in project descriptions:
// paragraphs, `-`/`1.` lists, `#` headings, **bold**, *italic*, `code` and http(s) links.
// It yields plain data, which `richTextHtml` writes as escaped text in semantic elements: no
// HTML from the source ever reaches the page.
import { escapeXml as escape } from './xml';

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'em'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'link'; text: string; href: string };

export type Block =
  { kind: 'paragraph'; lines: Inline[][] } | { kind: 'heading'; level: 3 | 4; content: Inline[] } | { kind: 'list'; ordered: boolean; items: Inline[][] };

const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,3}[.)、]\s*(.*)$/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;

export function parseRichText(source: string | null | undefined): Block[] {
  if (!source) return [];
  const blocks: Block[] = [];
  let paragraph: Inline[][] | null = null;
  let list: { ordered: boolean; items: Inline[][] } | null = null;
  const close = () => {
    if (paragraph) blocks.push({ kind: 'paragraph', lines: paragraph });
    if (list) blocks.push({ kind: 'list', ...list });
    paragraph = null;
    list = null;
  };

  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (!line.trim()) {
      close();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      close();
      blocks.push({ kind: 'heading', level: heading[1].length <= 2 ? 3 : 4, content: parseInline(heading[2]) });
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      const ordered = Boolean(numbered);
      if (!list || list.ordered !== ordered) {
        close();
        list = { ordered, items: [] };
      }
      list.items.push(parseInline(item[1]));
      continue;
    }
    if (list) close();
    (paragraph ??= []).push(parseInline(line.trim()));
  }
  close();
  return blocks;
}

// Longest constructs first; `[^*]` keeps bold and italic from running into each other.
const INLINE = /\*\*([^*]+?)\*\*|__([^_]+?)__|`([^`]+)`|\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)|\*([^*\s][^*]*?)\*/g;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const at = match.index ?? 0;
    if (at > last) out.push({ kind: 'text', text: text.slice(last, at) });
    const [, strong, strong2, code, linkText, href, em] = match;
    if (strong ?? strong2) out.push({ kind: 'strong', text: strong ?? strong2 });
    else if (code) out.push({ kind: 'code', text: code });
    else if (linkText && href) out.push({ kind: 'link', text: linkText, href });
    else if (em) out.push({ kind: 'em', text: em });
    last = at + match[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

/** The text alone, e.g. for a meta description. */
export function plainText(inlines: Inline[]): string {
  return inlines.map((i) => i.text).join('');
}

function inlineHtml(inline: Inline): string {
  const text = escape(inline.text);
  switch (inline.kind) {
    case 'strong':
      return `<strong>${text}</strong>`;
    case 'em':
      return `<em>${text}</em>`;
    case 'code':
      return `<code>${text}</code>`;
    case 'link':
      return `<a href="${escape(inline.href)}" rel="nofollow noopener noreferrer">${text}</a>`;
    default:
      return text;
  }
}

const inlinesHtml = (inlines: Inline[]) => inlines.map(inlineHtml).join('');

/**
 * The blocks as HTML: every text and URL escaped, only the elements named here. One string per
 * description rather than a component per run of text: a build renders thousands of them.
 */
export function richTextHtml(blocks: Block[]): string {
  return blocks
    .map((block) => {
      if (block.kind === 'heading') return `<h${block.level}>${inlinesHtml(block.content)}</h${block.level}>`;
      if (block.kind === 'list') {
        const tag = block.ordered ? 'ol' : 'ul';
        return `<${tag}>${block.items.map((item) => `<li>${inlinesHtml(item)}</li>`).join('')}</${tag}>`;
      }
      return `<p>${block.lines.map(inlinesHtml).join('<br>')}</p>`;
    })
    .join('');
}
