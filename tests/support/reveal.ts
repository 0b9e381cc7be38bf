/** Reveals a secret as its recipient would, through the API (POST consumes it). */
export async function reveal(
  link: string,
  passphrase: string,
): Promise<{ ok: boolean; value?: string; message?: string }> {
  const url = new URL(link);
  const key = url.pathname.split('/').pop() ?? '';
  const response = await fetch(`${url.origin}/api/v1/secret/${key}`, {
    method: 'POST',
    body: new URLSearchParams({ passphrase }),
  });
  const body = (await response.json()) as { value?: string; message?: string };
  return response.ok
    ? { ok: true, value: body.value ?? '' }
    : { ok: false, message: body.message ?? '' };
}
