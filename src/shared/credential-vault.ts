/**
 * Chrome lets content scripts read storage.local, so a compromised page renderer could read
 * an API token stored there (security research, threat A7). Tokens are therefore stored
 * encrypted, with an AES-GCM key that lives in the extension origin's IndexedDB, which no page
 * can open, and is non-extractable: even extension code can only use it, never export it.
 */
const database = 'oncelink';
const keyStore = 'keys';
const keyName = 'credentials';

function request<T>(operation: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    operation.onsuccess = () => resolve(operation.result);
    operation.onerror = () => reject(operation.error ?? new Error('IndexedDB request failed'));
  });
}

async function openDatabase(): Promise<IDBDatabase> {
  const opening = indexedDB.open(database, 1);
  opening.onupgradeneeded = () => opening.result.createObjectStore(keyStore);
  return request(opening);
}

let vaultKey: Promise<CryptoKey> | undefined;

async function storedKey(db: IDBDatabase): Promise<CryptoKey | undefined> {
  const reading = db.transaction(keyStore).objectStore(keyStore).get(keyName);
  return request(reading as IDBRequest<CryptoKey | undefined>);
}

function key(): Promise<CryptoKey> {
  vaultKey ??= (async () => {
    const db = await openDatabase();
    const stored = await storedKey(db);
    if (stored) return stored;
    const created = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]);
    try {
      // `add`, not `put`: when the options page and the background both create a key at
      // once, the first one stored wins and the other context adopts it.
      await request(
        db.transaction(keyStore, 'readwrite').objectStore(keyStore).add(created, keyName),
      );
      return created;
    } catch {
      const winner = await storedKey(db);
      if (!winner) throw new Error('The credentials key could not be stored');
      return winner;
    }
  })();
  return vaultKey;
}

const toBase64 = (bytes: Uint8Array) =>
  btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

export interface Sealed {
  iv: string;
  data: string;
}

export async function seal(plain: string): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    await key(),
    new TextEncoder().encode(plain),
  );
  return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
}

/** The plain text, or undefined when it cannot be opened (another profile's data, a lost key). */
export async function unseal(sealed: Sealed): Promise<string | undefined> {
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(sealed.iv) },
      await key(),
      fromBase64(sealed.data),
    );
    return new TextDecoder().decode(plain);
  } catch {
    return undefined;
  }
}
