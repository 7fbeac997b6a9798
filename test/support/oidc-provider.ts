import { generateKeyPairSync } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import Provider, { type Configuration, type JWK } from 'oidc-provider'

/** Someone who can sign in at the test provider; leave out email or email_verified to test without them. */
export interface ProviderAccount {
  sub: string
  email?: string
  email_verified?: boolean
  name?: string
}

export interface TestOidcProvider {
  issuer: string
  clientId: string
  clientSecret: string
  /** people who can sign in at the provider, by `sub` */
  accounts: Map<string, ProviderAccount>
  close(): Promise<void>
}

export interface ProviderOptions {
  /** where the provider sends people back to: the app's callback */
  redirectUri: string
  /**
   * 'id-token' (default): e-mail and name are in the ID token. 'userinfo': they come only from the
   * UserInfo endpoint, as many providers do when they issue an access token.
   */
  claimsIn?: 'id-token' | 'userinfo'
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'))
}

/**
 * A real OpenID provider (oidc-provider) on loopback with one confidential client. Its interactions
 * are a tiny stand-in for a provider's sign-in pages: POST /interaction/:uid with `login=<sub>` signs
 * that account in at the login prompt, and any request at the consent prompt grants what was asked.
 */
export async function startOidcProvider(options: ProviderOptions): Promise<TestOidcProvider> {
  const accounts = new Map<string, ProviderAccount>()
  const clientId = 'practice-bank'
  const clientSecret = 'a-client-secret-for-the-test-provider'

  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [{ ...(privateKey.export({ format: 'jwk' }) as JWK), kid: 'test', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: ['a-cookie-key-for-the-test-provider'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    conformIdTokenClaims: options.claimsIn === 'userinfo',
    features: { devInteractions: { enabled: false } },
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
    interactions: { url: (_ctx, { uid }) => `/interaction/${uid}` },
    findAccount: (_ctx, id) => {
      const account = accounts.get(id)
      if (!account) return undefined
      return { accountId: id, claims: () => ({ ...account }) }
    },
  }
  const provider = new Provider(issuer, configuration)
  const interaction = async (request: IncomingMessage, response: ServerResponse) => {
    const details = await provider.interactionDetails(request, response)
    if (details.prompt.name === 'login') {
      const form = request.method === 'POST' ? await readForm(request) : new URLSearchParams()
      const login = form.get('login')
      if (!login || !accounts.has(login)) {
        response.writeHead(200, { 'content-type': 'text/html' })
        response.end(`<form method="post" action="/interaction/${details.uid}"><input name="login"></form>`)
        return
      }
      await provider.interactionFinished(request, response, { login: { accountId: login } })
      return
    }
    const { missingOIDCScope, missingOIDCClaims } = details.prompt.details as {
      missingOIDCScope?: string[]
      missingOIDCClaims?: string[]
    }
    const grant = new provider.Grant({ accountId: details.session?.accountId, clientId })
    if (missingOIDCScope) grant.addOIDCScope(missingOIDCScope.join(' '))
    if (missingOIDCClaims) grant.addOIDCClaims(missingOIDCClaims)
    await provider.interactionFinished(
      request,
      response,
      { consent: { grantId: await grant.save() } },
      { mergeWithLastSubmission: true },
    )
  }

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const handle = request.url?.startsWith('/interaction/')
      ? interaction(request, response)
      : Promise.resolve(provider.callback()(request, response))
    handle.catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain' })
      response.end(String(error))
    })
  })

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  }
}

/** Cookies as a browser keeps them for one site (paths ignored: the test provider is one site). */
class CookieJar {
  private cookies = new Map<string, string>()

  keep(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';')
      const at = pair.indexOf('=')
      const name = pair.slice(0, at).trim()
      const value = pair.slice(at + 1).trim()
      const expires = attributes.find((a) => /^\s*expires=/i.test(a))
      const expired = expires !== undefined && new Date(expires.split('=')[1] ?? '').getTime() < Date.now()
      if (expired || value === '') this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
  }

  header(): Record<string, string> {
    if (this.cookies.size === 0) return {}
    return { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') }
  }
}

/**
 * Goes through the provider as a browser would, from the authorisation URL the app redirected to,
 * signing in as `login` (a `sub` in the provider's accounts), and returns the URL the provider sends
 * the browser back to: the app's callback with the code and state (or an error).
 */
export async function signInAtProvider(authorizationUrl: string, login: string, redirectUri: string): Promise<URL> {
  const jar = new CookieJar()
  let url = new URL(authorizationUrl)
  for (let hops = 0; hops < 20; hops += 1) {
    if (url.href.startsWith(redirectUri)) return url
    const atLogin = url.pathname.startsWith('/interaction/')
    const response = await fetch(url, {
      redirect: 'manual',
      method: atLogin ? 'POST' : 'GET',
      headers: { ...jar.header(), ...(atLogin ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      ...(atLogin ? { body: new URLSearchParams({ login }).toString() } : {}),
    })
    jar.keep(response)
    const location = response.headers.get('location')
    if (!location) throw new Error(`the provider stopped at ${url.href}: ${response.status} ${await response.text()}`)
    url = new URL(location, url)
  }
  throw new Error('too many redirects at the provider')
}
