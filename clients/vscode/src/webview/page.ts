/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The parts of one of the extension's webview pages. */
export interface PageParts {
  /** A fresh random string allowing only the page's own style and script. */
  nonce: string;
  /** Plain text; escaped here. */
  title: string;
  style: string;
  script: string;
  /** HTML of the body, already escaped. */
  body: string;
  /** Attributes of the body element, already escaped (e.g. ` data-uri="..."`). */
  bodyAttributes?: string;
}

/**
 * A whole page whose content security policy allows nothing but its own style and script: the
 * pages load nothing from the network or the disk, so they work offline and cannot be hijacked.
 */
export function webviewPage(parts: PageParts): string {
  const { nonce } = parts;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(parts.title)}</title>
<style nonce="${nonce}">${parts.style}</style>
</head>
<body${parts.bodyAttributes ?? ''}>
${parts.body}
<script nonce="${nonce}">${parts.script}</script>
</body>
</html>`;
}
