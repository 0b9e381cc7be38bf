import { describe, expect, it } from 'vitest';
import { applyDisplayEdit, displayText, replaceDisplayRange } from '../../../src/popup/raw-text.ts';

describe('keeping pasted line endings that a textarea would normalise', () => {
  const raw = 'user: admin\r\npass: x\ry\nend';

  it('shows every line break as LF', () => {
    expect(displayText(raw)).toBe('user: admin\npass: x\ny\nend');
  });

  it('keeps CRLF and CR when the user types after them', () => {
    const before = displayText(raw);
    const after = `${before}!`;
    expect(applyDisplayEdit(raw, before, after)).toBe(`${raw}!`);
  });

  it('maps an edit in the middle past CRLF breaks', () => {
    const before = displayText(raw); // "user: admin\npass: x\ny\nend"
    const after = before.replace('pass', 'PASS');
    expect(applyDisplayEdit(raw, before, after)).toBe('user: admin\r\nPASS: x\ry\nend');
  });

  it('deletes a CRLF as the single break the user sees', () => {
    const before = displayText(raw);
    const after = before.replace('admin\n', 'admin');
    expect(applyDisplayEdit(raw, before, after)).toBe('user: adminpass: x\ry\nend');
  });

  it('pastes text exactly as it came from the clipboard, over a selection', () => {
    // Replace "pass" (display offsets 12..16) with a pasted CRLF block.
    expect(replaceDisplayRange(raw, 12, 16, 'a\r\nb')).toBe('user: admin\r\na\r\nb: x\ry\nend');
  });

  it('handles clearing and typing from scratch', () => {
    expect(applyDisplayEdit(raw, displayText(raw), '')).toBe('');
    expect(applyDisplayEdit('', '', ' x ')).toBe(' x ');
  });
});
