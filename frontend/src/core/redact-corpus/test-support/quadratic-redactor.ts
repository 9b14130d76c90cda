/**
 * A deliberately quadratic stand-in for the engine: it rescans the rest of the text from
 * every 64th character. The linear-time check must flag it, or the check proves nothing.
 */
import type { createRedactor as EngineFactory, Redactor } from '../../redact/index.ts';

export function createRedactor(_options: Parameters<typeof EngineFactory>[0]): Redactor {
  const redactText = async (_path: string, text: string): Promise<string> => {
    let sum = 0;
    for (let i = 0; i < text.length; i += 64) {
      for (let j = i; j < text.length; j++) sum += text.charCodeAt(j);
    }
    return sum >= 0 ? text : '';
  };
  return {
    learn: () => undefined,
    learnValue: () => undefined,
    redactText,
    redactStream: (path, chunks) => ({
      async *[Symbol.asyncIterator]() {
        for await (const chunk of chunks) yield await redactText(path, chunk);
      },
    }),
    redactItem: async (item) => item,
    pseudonym: async (kind) => `${kind}-0`,
    report: () => ({ rulesetVersion: 'fake', files: [], totals: {}, byClass: {} }),
    privateMap: () => ({ createdAt: '', entries: [] }),
  };
}
