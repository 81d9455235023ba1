// Markdown to HTML that the site may insert as it is (`set:html`): raw HTML in the source is
// shown as text, links and images keep only http(s) and relative URLs, external links get
// rel="nofollow noopener", and the body has no <h1> (the page's title is).
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false, breaks: false });

const SCHEME = /^[a-z][a-z0-9+.-]*:/;

/** Whether a link or image URL may appear in rendered HTML: http(s), or relative to the site. */
export function isSafeUrl(url: string): boolean {
  let probe = url;
  try {
    probe = decodeURIComponent(url);
  } catch {
    // Keep the encoded form; it is checked as it is.
  }
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  probe = probe.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  if (SCHEME.test(probe)) return probe.startsWith('http:') || probe.startsWith('https:');
  // "/\evil.example" is read as "//evil.example" by browsers.
  return !probe.includes('\\');
}

function isExternal(url: string): boolean {
  return /^(https?:)?\/\//i.test(url.trim());
}

md.validateLink = isSafeUrl;

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  const href = String(token.attrGet('href') ?? '');
  if (isExternal(href)) token.attrSet('rel', 'nofollow noopener');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

const defaultImage = md.renderer.rules.image;
md.renderer.rules.image = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  token.attrSet('loading', 'lazy');
  if (isExternal(String(token.attrGet('src') ?? ''))) token.attrSet('referrerpolicy', 'no-referrer');
  return defaultImage(tokens, idx, options, env, self);
};

// The page's title is its only <h1>: a `#` heading in the body becomes an <h2>.
md.core.ruler.push('no_h1', (state) => {
  for (const token of state.tokens) {
    if ((token.type === 'heading_open' || token.type === 'heading_close') && token.tag === 'h1') token.tag = 'h2';
  }
});

// Rendering is cheap, but lists ask for the same bodies again and again.
const cache = new Map<string, string>();
const CACHE_SIZE = 500;

export function renderMarkdown(source: string | null | undefined): string {
  if (!source) return '';
  const hit = cache.get(source);
  if (hit !== undefined) return hit;
  const html = md.render(source);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(source, html);
  return html;
}
