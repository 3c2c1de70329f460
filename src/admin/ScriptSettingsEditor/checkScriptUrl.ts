import { scriptOrigin } from '../../security/buildContentSecurityPolicy.js';
import { matchesSource } from '../../security/scriptPolicy.js';
import type { OriginProblem } from '../../security/types.js';
import { validateOrigin } from '../../security/validateOrigin.js';

/** What the editor thinks of a script URL the admin typed. */
export type ScriptUrlCheck =
  | { ok: true; url: string; origin: string; allowed: boolean }
  | { ok: false; problem: 'invalid-url' | 'not-https' }
  | { ok: false; problem: 'origin'; code: OriginProblem };

/**
 * Checks a script URL: it must parse, be https (http only for localhost) with a valid origin,
 * and `allowed` says whether one of `allowedOrigins` (the `script-src` origins) matches it.
 */
export function checkScriptUrl(input: string, allowedOrigins: readonly string[]): ScriptUrlCheck {
  const url = input.trim();
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, problem: 'invalid-url' };
  }
  const origin = scriptOrigin(url);
  if (origin === undefined) {
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { ok: false, problem: 'not-https' };
    const result = validateOrigin(parsed.origin);
    if (!result.ok) return result.code === 'insecure' || result.code === 'scheme' ? { ok: false, problem: 'not-https' } : { ok: false, problem: 'origin', code: result.code };
    return { ok: false, problem: 'origin', code: parsed.username || parsed.password ? 'credentials' : 'host' };
  }
  const allowed = allowedOrigins.some((source) => {
    const checked = validateOrigin(source);
    return checked.ok && matchesSource(checked.origin, parsed);
  });
  return { ok: true, url, origin, allowed };
}
