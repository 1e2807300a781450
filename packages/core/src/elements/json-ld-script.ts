/**
 * Writes structured data (schema.org JSON-LD) into the page for search engines.
 *
 * Setting a `<script>` element's text is a Trusted Types sink, so on pages with
 * `require-trusted-types-for 'script'` the text must come through a policy. Placard's
 * policy is named `placard` (webmasters allow it with `trusted-types placard lit-html`)
 * and passes only text that parses as JSON, which a `type="application/ld+json"`
 * script never runs. If the page forbids the policy, or another copy of Placard
 * already made it, structured data is skipped: it is an extra, never worth an error.
 */
interface ScriptPolicy {
  createScript(input: string): string;
}

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScript(input: string): string }): ScriptPolicy;
}

let policy: ScriptPolicy | null | undefined;

function scriptPolicy(): ScriptPolicy | null {
  if (policy !== undefined) return policy;
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!trustedTypes) return (policy = { createScript: (input) => input });
  try {
    policy = trustedTypes.createPolicy('placard', {
      createScript(input) {
        JSON.parse(input); // throws on anything that is not JSON
        return input;
      },
    });
  } catch {
    policy = null;
  }
  return policy;
}

/** Marks the scripts Placard generated, so that it never reads them back as input. */
export const GENERATED_ATTRIBUTE = 'data-placard-generated';

/**
 * Puts `json` (already serialised with `serializeJsonLd`) in a generated
 * `<script type="application/ld+json">` child of `host`, replacing an earlier one.
 * Returns false when Trusted Types did not allow it.
 */
export function writeJsonLdScript(host: Element, json: string): boolean {
  const trusted = scriptPolicy();
  if (!trusted) return false;
  let script = host.querySelector<HTMLScriptElement>(`:scope > script[${GENERATED_ATTRIBUTE}]`);
  if (!script) {
    script = host.ownerDocument.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(GENERATED_ATTRIBUTE, '');
    host.append(script);
  }
  // A TrustedScript where Trusted Types exist; a plain string elsewhere.
  script.textContent = trusted.createScript(json);
  return true;
}

/** Removes the structured data `writeJsonLdScript` added. */
export function removeJsonLdScript(host: Element): void {
  host.querySelector(`:scope > script[${GENERATED_ATTRIBUTE}]`)?.remove();
}
