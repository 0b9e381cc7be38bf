/**
 * Handles for the fields of the last inspection. The popup and background only ever hold
 * tokens; a fill must present the same inspection id, so a page that was reloaded or
 * navigated (a new document, a new isolated world) has nothing to fill.
 */
export interface Inspection {
  id: string;
  register(element: HTMLElement): string;
}

let current: { id: string; elements: Map<string, HTMLElement>; inspection: Inspection } | undefined;

function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

export function startInspection(): Inspection {
  const elements = new Map<string, HTMLElement>();
  const tokens = new Map<HTMLElement, string>();
  const id = randomId();
  const inspection: Inspection = {
    id,
    register(element) {
      let token = tokens.get(element);
      if (!token) {
        token = `f${tokens.size + 1}`;
        tokens.set(element, token);
        elements.set(token, element);
      }
      return token;
    },
  };
  current = { id, elements, inspection };
  return inspection;
}

/** The inspection a fill will present, to hand out one more token in it. */
export function currentInspection(): Inspection | undefined {
  return current?.inspection;
}

/** The element behind a token, if the inspection is still the current one. */
export function lookUp(inspectionId: string, token: string): HTMLElement | undefined {
  return current?.id === inspectionId ? current.elements.get(token) : undefined;
}
