/** The launcher's one Trusted Types policy; the CSP's `trusted-types` directive names it. */
export const SCRIPT_POLICY_NAME = 'jitsi-launcher-loader';

/** `https://DOMAIN/[TENANT/]external_api.js`: the only script URL the policy lets through. */
const EXTERNAL_API_URL = /^https:\/\/[^/?#@\\]+\/(?:[^/?#\\]+\/)?external_api\.js$/;

interface ScriptUrlPolicy {
  createScriptURL(input: string): unknown;
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(input: string): string }): ScriptUrlPolicy;
}

function isFactory(value: unknown): value is TrustedTypesFactory {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'createPolicy') === 'function'
  );
}

const policies = new WeakMap<TrustedTypesFactory, ScriptUrlPolicy>();

/**
 * `url` as a value `script.src` accepts under `require-trusted-types-for 'script'`: a
 * TrustedScriptURL from the launcher's named policy, created once per page. Without Trusted
 * Types (Firefox, Safari, tests) it is the URL itself. Throws for anything but an
 * external_api.js URL, and when the page's `trusted-types` directive does not allow the policy.
 */
export function trustedScriptUrl(
  url: string,
  factory: unknown = Reflect.get(globalThis, 'trustedTypes'),
): unknown {
  if (!isFactory(factory)) {
    if (!EXTERNAL_API_URL.test(url)) throw new TypeError(`Not a meeting script URL: ${url}`);
    return url;
  }
  let policy = policies.get(factory);
  if (policy === undefined) {
    policy = factory.createPolicy(SCRIPT_POLICY_NAME, {
      createScriptURL(input) {
        if (!EXTERNAL_API_URL.test(input))
          throw new TypeError(`Not a meeting script URL: ${input}`);
        return input;
      },
    });
    policies.set(factory, policy);
  }
  return policy.createScriptURL(url);
}
