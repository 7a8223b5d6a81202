import { browser } from 'wxt/browser';
import { TifaError } from '@/lib/errors';
import type { Reply, RequestOf, RequestType, Responses } from '@/lib/messages';

/** Sends a typed request to the background and unwraps its reply; a refusal throws a TifaError. */
export async function ask<T extends RequestType>(request: RequestOf<T>): Promise<Responses[T]> {
  const reply = (await browser.runtime.sendMessage(request)) as Reply<Responses[T]> | undefined;
  if (!reply) throw new Error(`no answer to ${request.type}`);
  if (!reply.ok) throw new TifaError(reply.code, reply.error, reply.subject, reply.entryId);
  return reply.value;
}
