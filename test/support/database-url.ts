/** The same server connection string, pointed at another database on it. */
export function databaseUrlFor(serverUrl: string, name: string): string {
  const parsed = new URL(serverUrl)
  parsed.pathname = `/${name}`
  return parsed.toString()
}
