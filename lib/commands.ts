/**
 * Messages the background sends to a tab's content script: the keyboard commands of the manifest.
 * No schema library here: this module goes into every page, and a type guard is enough for a
 * message that only the extension's own background can send.
 */
export const COMMANDS = ['toggle-tifa', 'next-term', 'previous-term'] as const;
export type Command = (typeof COMMANDS)[number];

export interface CommandMessage {
  type: 'command';
  command: Command;
}

export function isCommand(name: string): name is Command {
  return (COMMANDS as readonly string[]).includes(name);
}

export function isCommandMessage(message: unknown): message is CommandMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { type, command } = message as { type?: unknown; command?: unknown };
  return type === 'command' && typeof command === 'string' && isCommand(command);
}
