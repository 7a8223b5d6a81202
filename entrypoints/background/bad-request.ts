import type { z } from 'zod';
import { TifaError } from '@/lib/errors';

/**
 * A request that failed its schema, as an error the sender can show: the first problem's message
 * and the field it is about (inside a form: the form's own field name).
 */
export function badRequest(error: z.ZodError): TifaError {
  const issue = error.issues[0];
  const path = issue?.path.map(String) ?? [];
  const field = path[0] === 'form' || path[0] === 'entry' ? path.slice(1) : path;
  return new TifaError('invalid', issue ? `${path.join('.') || 'request'}: ${issue.message}` : 'bad request', field.join('.'));
}
