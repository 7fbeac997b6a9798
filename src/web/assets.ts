import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const assetsDir = fileURLToPath(new URL('../../public/assets', import.meta.url))

/** Logical asset names ("application.css") to their content-hashed URLs, written by scripts/build-assets.ts. */
export function loadAssetManifest(): Record<string, string> {
  const file = `${assetsDir}/manifest.json`
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
  } catch {
    throw new Error(`Assets are not built (${file} is missing): run "npm run build:assets"`)
  }
}
