/** What the discovery detectors return. */

export type SignalKind = 'quoted' | 'formula' | 'chain';

/** A span [start, end) of folded text and why it looks like a formulation. */
export interface Signal {
  kind: SignalKind;
  start: number;
  end: number;
  text: string;
}

export function signal(kind: SignalKind, text: string, start: number, end: number): Signal {
  return { kind, start, end, text: text.slice(start, end) };
}
