import type { FieldFacts } from './page-facts.ts';

/**
 * Labels compared in one form: full-width and compatibility characters folded, accents
 * removed (é → e, but パ stays パ), lower case, single spaces.
 */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A label as a user reads it, without required-markers and trailing colons. */
const marker =
  /\s*(\*|\((?:required|optional|obligatoire|facultatif|erforderlich|optional|requerido|opcional|obbligatorio|facoltativo|obrigatorio|verplicht|optioneel|必須|任意|필수|선택|必填|选填)\)|必須|任意|필수|선택|必填|选填)\s*$/i;

/**
 * A label as a user reads it: without required/optional markers, help icons, live counters
 * ("0 / 5000") or colons.
 */
export function cleanLabel(text: string): string {
  let label = text.replace(/\s+/g, ' ').trim();
  for (let previous = ''; previous !== label;) {
    previous = label;
    label = label
      .replace(marker, '')
      .replace(/\s*\d+\s*\/\s*\d+$/, '')
      // A help icon after the label ("Credentials link: ?", "ⓘ").
      .replace(/\s*(\(\?\)|ⓘ|ℹ️?)$|\s+\?$/, '')
      .replace(/\s*[:：*]\s*$/, '')
      // A required marker before it ("* Text").
      .replace(/^[*＊]\s*/, '')
      .trim();
  }
  return label;
}

/** "ots_passphrase", "secretLink", "request[custom_fields][123]" → words a pattern can match. */
export function identifierWords(identifier: string): string {
  return identifier
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_\-[\].:]+/g, ' ')
    .replace(/\d+/g, ' ')
    .toLowerCase()
    .trim();
}

/** What editors call their own editing area (CKEditor 5, TinyMCE): it says nothing about the field. */
const genericEditorName = /^(rich text (editor|area)|editor|editing area)\b/i;

export interface FieldText {
  /** What a user reads as the field's label. */
  label: string;
  /** Normalised label, aria-label, placeholder and title: the field's own words. */
  primary: string;
  /** Normalised help text and name/id words: weaker evidence. */
  secondary: string;
}

/** The label a user reads, and the texts that say what a field is for. */
export function fieldText(
  field: Pick<FieldFacts, 'labels' | 'placeholder' | 'title' | 'help' | 'section' | 'name' | 'id'>,
): FieldText {
  const words = identifierWords(`${field.name} ${field.id}`);
  const found =
    [...field.labels, field.placeholder, field.title, field.section]
      .map(cleanLabel)
      .find((text) => text.length > 0 && text.length <= 120 && !genericEditorName.test(text)) ?? '';
  const label = found || words;
  return {
    label: label.length > 80 ? `${label.slice(0, 77)}…` : label,
    primary: normalize(`${found} ${field.placeholder} ${field.title}`),
    secondary: normalize(`${field.help} ${words}`),
  };
}
