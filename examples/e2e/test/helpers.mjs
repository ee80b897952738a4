// Shared by the tests: reading the hidden fields React rendered into a form, and posting
// them back as a browser without JavaScript would.

// The hidden fields of form `formId` in server-rendered HTML, unescaped.
export function hiddenFields(html, formId) {
  const form = html.match(new RegExp(`<form id="${formId}"[\\s\\S]*?</form>`))[0];
  const unescape = (s) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return [...form.matchAll(/<input type="hidden" name="([^"]*)"(?: value="([^"]*)")?\/>/g)].map((m) => [unescape(m[1]), unescape(m[2] ?? '')]);
}

// The encrypted captures among those fields: a JSON string value that is a long base64url blob.
export function boundBlob(fields) {
  for (const [, value] of fields) {
    const blob = value.match(/^"([A-Za-z0-9_-]{60,})"$/)?.[1];
    if (blob) return blob;
  }
  return null;
}

// A multipart form post to the app (as `fetch` sends FormData), same-origin by default.
export function postForm(url, fields, headers = {}) {
  const body = new FormData();
  for (const [k, v] of fields) body.append(k, v);
  return fetch(`${url}/`, { method: 'POST', headers: { Origin: url, ...headers }, body });
}
