import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { generatePassphrase, type PassphraseOptions } from '../shared/passphrase.ts';

/**
 * The passphrase field's value, filled once libsodium has loaded after the popup's first
 * paint (when passphrases are on). A passphrase that arrives after the user has typed their
 * own is dropped.
 */
export function useGeneratedPassphrase(options: PassphraseOptions & { enabled: boolean }): {
  passphrase: string;
  setPassphrase: (value: string) => void;
  regenerate: () => void;
  generating: boolean;
} {
  const [passphrase, setValue] = useState('');
  const [generating, setGenerating] = useState(options.enabled);
  const latest = useRef(0);
  const { style, length, enabled } = options;

  const regenerate = useCallback(() => {
    const request = ++latest.current;
    setGenerating(true);
    void generatePassphrase({ style, length }).then((generated) => {
      if (request !== latest.current) return;
      setValue(generated);
      setGenerating(false);
    });
  }, [style, length]);

  const setPassphrase = useCallback((value: string) => {
    latest.current++;
    setGenerating(false);
    setValue(value);
  }, []);

  useEffect(() => {
    if (enabled) regenerate();
  }, [enabled, regenerate]);
  return { passphrase, setPassphrase, regenerate, generating };
}
