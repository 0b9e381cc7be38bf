/**
 * A host name with every character outside ASCII highlighted and named by code point, so
 * a Cyrillic "о" posing as a Latin "o" stands out. Shown only next to its punycode form.
 */
export function MarkedHost({ text }: { text: string }) {
  return (
    <bdi dir="ltr" class="value marked-host">
      {Array.from(text, (char, index) =>
        /[\x20-\x7e]/.test(char) ? (
          char
        ) : (
          <mark
            key={index}
            title={`U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`}
          >
            {char}
          </mark>
        ),
      )}
    </bdi>
  );
}
