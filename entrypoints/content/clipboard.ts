/**
 * Copies text from the card. The async Clipboard API exists only in secure contexts, and many
 * local news sites are still served over plain http: there the text is copied the old way, from a
 * selected, off-screen text area inside the card's shadow root (the click on Copy is the user
 * gesture the browser asks for).
 */
import { t } from '@/utils/i18n';

export async function copyText(text: string, root: ShadowRoot): Promise<void> {
  if (window.isSecureContext && navigator.clipboard) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const doc = root.ownerDocument;
  const previous = root.activeElement;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.cssText = 'position: fixed; top: 0; left: -9999px; opacity: 0;';
  root.append(area);
  try {
    area.select();
    if (!doc.execCommand('copy')) throw new Error(t('copyRefused'));
  } finally {
    area.remove();
    if (previous instanceof HTMLElement) previous.focus({ preventScroll: true });
  }
}
