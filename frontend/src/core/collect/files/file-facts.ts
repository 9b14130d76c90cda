/**
 * Facts found in files the admin added: JVM arguments and Java version (catalina.out,
 * setenv.sh, an ATST zip's application.xml) and the database type (dbconfig.xml).
 * Values stay raw here; the pipeline redacts facts before anything is written.
 */
import type { Facts } from '../../model.ts';

const LIMIT = 200;

function all(text: string, pattern: RegExp): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(pattern)) {
    if (match[1] !== undefined) out.push(match[1].trim());
    if (out.length >= LIMIT) break;
  }
  return out;
}

function first(text: string, pattern: RegExp): string | undefined {
  return pattern.exec(text)?.[1]?.trim();
}

export function factsFromText(text: string): Partial<Facts> {
  const facts: Partial<Facts> = {};
  const jvm = [
    // Tomcat's VersionLoggerListener prints one JVM argument per line.
    ...all(text, /Command line argument:\s*(-\S+)/g),
    ...all(text, /<(?:jvm[.-]input[.-]arguments|jvmInputArguments)>([^<]+)</g).flatMap((v) =>
      v.split(/\s+/),
    ),
    ...all(text, /^\s*(?:export\s+)?JVM_MAXIMUM_MEMORY\s*=\s*["']?(\d+[kmgKMG]?)/gm).map(
      (v) => `-Xmx${v}`,
    ),
  ].filter((arg) => arg.startsWith('-'));
  if (jvm.length > 0) facts.jvmArguments = jvm;

  const java =
    first(text, /JVM Version:\s*(\S+)/) ??
    first(text, /<(?:java[.-]version|javaVersion)>([^<]+)</) ??
    first(text, /^java\.version\s*[=:]\s*(\S+)/m);
  if (java) facts.javaVersion = java;

  const dbType = first(text, /<(?:database[.-]type|databaseType)>([^<]+)</);
  const dbVersion = first(text, /<(?:database[.-]version|databaseVersion)>([^<]+)</);
  if (dbType || dbVersion) {
    facts.database = {
      ...(dbType ? { type: dbType } : {}),
      ...(dbVersion ? { version: dbVersion } : {}),
    };
  }
  return facts;
}
