/**
 * Messages to a tab's content script: the keyboard commands of the manifest from the background,
 * settings changes, and the popup's questions about the page. No schema library here: this module
 * goes into every page, and a type guard is enough for messages that only the extension's own
 * background and popup can send (runtime.onMessage in a content script hears nothing else).
 */
export const COMMANDS = ['toggle-tifa', 'next-term', 'previous-term'] as const;
export type Command = (typeof COMMANDS)[number];

export type TabMessage =
  | { type: 'command'; command: Command }
  | { type: 'settingsChanged' }
  | { type: 'glossaryChanged' }
  | { type: 'pageTerms' }
  | { type: 'reveal'; id: string };

/** A term found on a page, as the popup's "on this page" list shows it. */
export interface PageTerm {
  id: string;
  /** The text as the page first wrote it. */
  text: string;
  count: number;
}

/** What a tab answers to each message that expects an answer. */
export interface TabReplies {
  /** The top page's address (the popup needs no tabs permission to learn it) and its terms. */
  pageTerms: { url: string; running: boolean; terms: PageTerm[] };
  /** Whether the page has the term (and now shows its card). */
  reveal: boolean;
}

export function isCommand(name: string): name is Command {
  return (COMMANDS as readonly string[]).includes(name);
}

export function isTabMessage(message: unknown): message is TabMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { type, command, id } = message as { type?: unknown; command?: unknown; id?: unknown };
  switch (type) {
    case 'command':
      return typeof command === 'string' && isCommand(command);
    case 'settingsChanged':
    case 'glossaryChanged':
    case 'pageTerms':
      return true;
    case 'reveal':
      return typeof id === 'string';
    default:
      return false;
  }
}
