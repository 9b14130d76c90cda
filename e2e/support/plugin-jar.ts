import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest plugin JAR `npm run build` left in dist/. */
export function findPluginJar(dist = 'dist'): string {
  let jars: string[] = [];
  try {
    jars = readdirSync(dist).filter((name) => name.endsWith('.jar'));
  } catch {
    // handled below
  }
  if (jars.length === 0) {
    throw new Error(`No plugin JAR in ${dist}/. Run \`npm run build\` first.`);
  }
  return jars
    .map((name) => join(dist, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0] as string;
}
