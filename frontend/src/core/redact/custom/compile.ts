/**
 * Custom rules an admin adds: a keyword (matched in any letter case) or a regular
 * expression, optionally limited to some files by glob. Matches are pseudonymised
 * (`custom-…`). Every mistake is reported as a CustomRuleError naming the rule.
 */
import picomatch from 'picomatch';
import { CustomRuleError, type CustomRuleSpec, type Rule } from '../types.ts';
import { unsafeReason } from './safety.ts';

export interface CustomRule {
  rule: Rule;
  appliesTo(path: string): boolean;
}

/** Lines longer than this are matched in windows, which bounds any polynomial slowness. */
const WINDOW = 4 * 1024;
const FLAGS = /^[imsu]*$/;

export function compileCustomRules(specs: readonly CustomRuleSpec[]): CustomRule[] {
  const ids = new Set<string>();
  return specs.map((spec, index) => {
    const fail = (why: string): never => {
      throw new CustomRuleError(
        index,
        `Custom rule ${index + 1}${spec.id ? ` (“${spec.id}”)` : ''}: ${why}`,
      );
    };
    const id = spec.id?.trim() || `custom-${index + 1}`;
    if (!/^[\w.-]{1,64}$/.test(id))
      fail('the id may use letters, digits, “.”, “_” and “-” only (at most 64)');
    if (ids.has(id)) fail(`the id “${id}” is used by another custom rule`);
    ids.add(id);
    const keyword = spec.keyword?.trim() ?? '';
    const pattern = spec.pattern ?? '';
    if ((keyword === '') === (pattern === ''))
      fail('give either a keyword or a pattern (exactly one)');
    if (keyword !== '' && keyword.length < 2) fail('the keyword must have at least 2 characters');
    const flags = spec.flags ?? '';
    if (!FLAGS.test(flags)) fail(`the flags “${flags}” are not allowed (use i, m, s or u)`);
    let regex: RegExp;
    if (keyword !== '') regex = new RegExp(keyword.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&'), 'gi');
    else {
      try {
        regex = new RegExp(pattern, `${flags}g`);
      } catch (e) {
        return fail(`the pattern is not a valid regular expression (${(e as Error).message})`);
      }
      const reason = unsafeReason(pattern);
      if (reason) fail(`the pattern is refused because ${reason}`);
      if (new RegExp(regex.source, flags).test(''))
        fail('the pattern matches empty text; it must match at least one character');
    }
    const globs = (spec.files ?? []).filter((g) => g.trim() !== '');
    let appliesTo = (_path: string): boolean => true;
    if (globs.length > 0) {
      try {
        appliesTo = globMatcher(globs);
      } catch (e) {
        fail(`a file pattern is not valid (${(e as Error).message})`);
      }
    }
    return { rule: customRule(`custom:${id}`, regex, keyword.toLowerCase()), appliesTo };
  });
}

/** `*.log` matches a file name in any folder; `config/**` matches the path. */
function globMatcher(globs: string[]): (path: string) => boolean {
  const options = { dot: true, nocase: true, windows: false };
  const byName = globs.filter((g) => !g.includes('/'));
  const byPath = globs.filter((g) => g.includes('/'));
  const nameMatch = byName.length > 0 ? picomatch(byName, options) : null;
  const pathMatch = byPath.length > 0 ? picomatch(byPath, options) : null;
  return (path) => Boolean(nameMatch?.(path.split('/').pop() ?? path) || pathMatch?.(path));
}

function customRule(id: string, regex: RegExp, keyword: string): Rule {
  return {
    id,
    ruleClass: 'content',
    method: 'pseudonymise',
    description: 'A rule added by the administrator.',
    hints: keyword ? [new RegExp(keyword.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&'), 'i')] : [],
    since: 'custom',
    changed: 'custom',
    apply(text, scope) {
      const swap = (piece: string): string =>
        piece.replace(regex, (found: string) => {
          if (found === '') return found;
          const token = scope.token('custom', found);
          if (token !== found) scope.hit(id);
          return token;
        });
      // Line by line (patterns match within a line), long lines in windows.
      return text
        .split('\n')
        .map((line) => (line.length <= WINDOW ? swap(line) : windows(line).map(swap).join('')))
        .join('\n');
    },
  };
}

function windows(line: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < line.length; i += WINDOW) out.push(line.slice(i, i + WINDOW));
  return out;
}
