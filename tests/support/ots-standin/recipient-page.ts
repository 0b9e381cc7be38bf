import { html, type Reply } from './replies.ts';

// STAND-IN for the recipient's page at /secret/<key>. Like the real one it reveals nothing on
// GET: the secret is only consumed when the recipient presses the button (research §1.11).
export function recipientPage(key: string, needsPassphrase: boolean | undefined): Reply {
  if (needsPassphrase === undefined) {
    return html(404, page('<p>This secret does not exist, has expired or was already viewed.</p>'));
  }
  const passphrase = needsPassphrase
    ? '<label>Passphrase <input id="passphrase" type="password" autocomplete="off"></label>'
    : '';
  return html(
    200,
    page(`<p>Someone sent you a secret. It can be viewed once.</p>
<form id="reveal">${passphrase}<button>View secret</button></form>
<pre id="value" hidden></pre><p id="error" hidden></p>
<script>
document.getElementById('reveal').addEventListener('submit', async (event) => {
  event.preventDefault();
  const body = new URLSearchParams({ passphrase: document.getElementById('passphrase')?.value ?? '' });
  const response = await fetch('/api/v1/secret/${key}', { method: 'POST', body });
  const data = await response.json();
  const target = document.getElementById(response.ok ? 'value' : 'error');
  target.textContent = response.ok ? data.value : data.message;
  target.hidden = false;
  if (response.ok) document.getElementById('reveal').remove();
});
</script>`),
  );
}

export function landingPage(): Reply {
  return html(
    200,
    page('<p>Local stand-in for the One-Time Secret API (v1 and v2), for tests and the demo.</p>'),
  );
}

function page(content: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>One-Time Secret stand-in</title>
<style>body{font:16px system-ui;max-width:40rem;margin:3rem auto;padding:0 1rem}pre{background:#f4f4f4;padding:1rem;white-space:pre-wrap}</style>
</head><body><h1>One-Time Secret <small>(OnceLink stand-in)</small></h1>${content}</body></html>`;
}
