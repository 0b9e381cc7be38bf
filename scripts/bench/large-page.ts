/** The form the detector must find on each generated page. */
const supportForm = `<h2>Contact support</h2>
<form id="support"><label for="email">Email</label><input id="email" type="email">
<label for="link">One-Time Secret Link</label><input id="link">
<label for="pass">Passphrase</label><input id="pass">
<label for="message">Message</label><textarea id="message"></textarea><button type="submit">Send</button></form>`;

/**
 * A page with `count` inputs: an admin screen of settings in a big table, a header search, and
 * a support form at the end, which the detector must still find.
 */
export function largePage(count: number): string {
  const rows: string[] = [];
  for (let index = 0; index < count - 4; index++) {
    rows.push(
      `<tr><th><label for="setting-${index}">Setting ${index}</label></th><td><input id="setting-${index}" name="settings[${index}]" value="v${index}"></td></tr>`,
    );
  }
  return `<!doctype html><html lang="en"><head><title>Settings and support</title></head><body>
<header><form role="search"><input type="search" name="q" aria-label="Search"></form></header>
<form id="settings"><table>${rows.join('')}</table><button>Save settings</button></form>
${supportForm}
</body></html>`;
}

/** `count` inputs in small forms of five (a shop list), with the support form at the end. */
export function manySmallForms(count: number): string {
  const forms: string[] = [];
  for (let index = 0; index < count / 5 - 1; index++) {
    const inputs = [1, 2, 3, 4, 5]
      .map((n) => `<input name="item-${index}-${n}" aria-label="Option ${n}">`)
      .join('');
    forms.push(
      `<form class="product"><h3>Product ${index}</h3>${inputs}<button>Add to cart</button></form>`,
    );
  }
  return `<!doctype html><html lang="en"><head><title>Shop and support</title></head><body>${forms.join('')}
${supportForm}
</body></html>`;
}
