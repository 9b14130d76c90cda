/** secretlint's recommended preset as a second set of detectors, run on blocks of lines. */
import { lintSource } from '@secretlint/core';
import { creator as recommendedPreset } from '@secretlint/secretlint-rule-preset-recommend';

export interface SecretlintHit {
  /** 1-based line within the block. */
  line: number;
  rule: string;
  start: number;
  end: number;
}

const config = {
  rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommendedPreset }],
};

/** Lints one block of text; `path` only helps rules that look at file names (e.g. .npmrc). */
export async function secretlintBlock(path: string, text: string): Promise<SecretlintHit[]> {
  const result = await lintSource({
    source: { content: text, filePath: path, contentType: 'text' },
    options: { config, maskSecrets: true, noPhysicFilePath: false },
  });
  return result.messages.map((message) => ({
    line: message.loc.start.line,
    rule: message.ruleId.replace(/^@secretlint\/secretlint-rule-/, 'secretlint/'),
    start: message.range[0],
    end: message.range[1],
  }));
}
