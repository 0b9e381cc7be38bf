import { useRef, useState } from 'preact/hooks';
import { writeSettings, type Settings } from '../shared/settings.ts';

export type SaveStatus = 'unchanged' | 'saving' | 'saved' | 'failed';

/**
 * The settings as edited on this page. Every change is stored at once, in order, so the
 * popup opened next uses it; the status says whether the last change reached storage.
 */
export function useSettingsEditor(initial: Settings): {
  settings: Settings;
  status: SaveStatus;
  update: (change: (current: Settings) => Settings) => Promise<void>;
} {
  const [settings, setSettings] = useState(initial);
  const [status, setStatus] = useState<SaveStatus>('unchanged');
  const latest = useRef(initial);
  const queue = useRef(Promise.resolve());

  const update = (change: (current: Settings) => Settings) => {
    const next = change(latest.current);
    latest.current = next;
    setSettings(next);
    setStatus('saving');
    queue.current = queue.current.then(async () => {
      try {
        await writeSettings(next);
        if (latest.current === next) setStatus('saved');
      } catch {
        setStatus('failed');
      }
    });
    return queue.current;
  };
  return { settings, status, update };
}
