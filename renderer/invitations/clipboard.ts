// Puts text on the clipboard. The async Clipboard API may be refused (Electron's permission
// handler denies what it does not know); the older copy command works on a user's click without
// any permission, so it is the fallback. False when neither worked.
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyWithCommand(text);
  }
}

function copyWithCommand(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  const active = document.activeElement as HTMLElement | null;
  area.select();
  let copied: boolean;
  try {
    // Deprecated but still the only permission-free way; used only when the Clipboard API is refused.
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  active?.focus();
  return copied;
}
