import { HTTP_INVOKE_PATH, TOKEN_HEADER, TOKEN_META } from '../electron/shared/bridge';

/**
 * Calls a running host from Node the way its window does (the per-start token from its page),
 * for tests and benches that drive several puestos without a browser.
 */
export interface BridgeClient {
  call<T = unknown>(
    name: string,
    input: unknown,
    session?: string | null,
  ): Promise<{ ok: true; data: T } | { ok: false; error: { code: string; message: string } }>;
  /** Logs in and answers the session id, or throws with the refusal. */
  login(username: string, password: string): Promise<string>;
}

export async function bridgeClient(url: string): Promise<BridgeClient> {
  const page = await (await fetch(url)).text();
  const token = new RegExp(`<meta name="${TOKEN_META}" content="([^"]+)"`).exec(page)?.[1];
  if (!token) throw new Error(`La página de ${url} no trae la credencial`);
  const call: BridgeClient['call'] = async (name, input, session = null) => {
    const response = await fetch(new URL(HTTP_INVOKE_PATH, url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify({ name, input, session }),
    });
    return response.json() as never;
  };
  return {
    call,
    login: async (username, password) => {
      const answer = await call<{ sessionId: string }>('auth.login', { username, password });
      if (!answer.ok) throw new Error(`${username}: ${answer.error.message}`);
      return answer.data.sessionId;
    },
  };
}
