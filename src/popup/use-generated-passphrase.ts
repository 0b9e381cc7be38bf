import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { generatePassphrase } from '../shared/passphrase.ts';

/**
 * The passphrase field's value, filled once libsodium has loaded after the popup's first
 * paint. A passphrase that arrives after the user has typed their own is dropped.
 */
export function useGeneratedPassphrase(): {
  passphrase: string;
  setPassphrase: (value: string) => void;
  regenerate: () => void;
  generating: boolean;
} {
  const [passphrase, setValue] = useState('');
  const [generating, setGenerating] = useState(true);
  const latest = useRef(0);

  const regenerate = useCallback(() => {
    const request = ++latest.current;
    setGenerating(true);
    void generatePassphrase().then((generated) => {
      if (request !== latest.current) return;
      setValue(generated);
      setGenerating(false);
    });
  }, []);

  const setPassphrase = useCallback((value: string) => {
    latest.current++;
    setGenerating(false);
    setValue(value);
  }, []);

  useEffect(regenerate, [regenerate]);
  return { passphrase, setPassphrase, regenerate, generating };
}
