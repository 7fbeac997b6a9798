// The native argon2 library (about 10 MiB resident) is loaded at the first sign-in or new password, not at start-up.
const argon2 = () => import('@node-rs/argon2')

export const MIN_PASSWORD_LENGTH = 12

// The most-used passwords that are 12 characters or longer, as found in public breach corpora:
// long enough to pass the length rule, too common to be safe.
const commonPasswords = new Set([
  '123456789012',
  '1234567890123',
  '12345678910',
  'qwertyuiopas',
  'qwerty123456',
  '1q2w3e4r5t6y',
  'password1234',
  'password12345',
  'passwordpassword',
  'iloveyou1234',
  'abcdefghijkl',
  'abc123456789',
  'aaaaaaaaaaaa',
  '111111111111',
  '000000000000',
  'letmein12345',
  'welcome12345',
  'administrator',
  'changeme1234',
  'qwertyqwerty',
  'football1234',
  'monkey123456',
  'sunshine1234',
  'princess1234',
  'trustno1trustno1',
  'starwars1234',
  'dragon123456',
  'baseball1234',
  'superman1234',
  'michael12345',
  'liverpool123',
  'chelsea12345',
  'arsenal12345',
  'password2024',
  'password2025',
  'password2026',
  'summer2024!!',
  'winter2025!!',
  'policepolice',
  'police123456',
  'practicebank',
  'practicebank1',
])

/** A reason the password cannot be used, in GOV.UK wording, or null when it is fine. */
export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Password must be ${MIN_PASSWORD_LENGTH} characters or more`
  if (password.length > 256) return 'Password must be 256 characters or fewer'
  const lower = password.toLowerCase()
  if (commonPasswords.has(lower) || /^(.)\1+$/.test(password)) {
    return 'Password is too easy to guess. Try a few unrelated words together'
  }
  const localPart = email?.toLowerCase().split('@')[0] ?? ''
  if (localPart.length >= 4 && lower.includes(localPart)) {
    return 'Password must not contain your e-mail address'
  }
  return null
}

/** argon2id with the library's defaults (19 MiB, 2 passes), as OWASP recommends. */
export async function hashPassword(password: string): Promise<string> {
  const { hash } = await argon2()
  return hash(password)
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) return false
  const { verify } = await argon2()
  try {
    return await verify(passwordHash, password)
  } catch {
    return false
  }
}

// Hashing a password nobody has, so that "no such user" takes as long as "wrong password".
let decoyHash: Promise<string> | undefined
export async function spendPasswordCheckTime(password: string): Promise<false> {
  decoyHash ??= hashPassword('decoy password that nobody uses')
  await verifyPassword(await decoyHash, password)
  return false
}
