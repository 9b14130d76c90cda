/** One reason the plugin would not install or work in Jira, and what to change. */
export interface Problem {
  problem: string;
  fix: string;
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p, i) => `${i + 1}. ${p.problem}\n   Fix: ${p.fix}`).join('\n');
}
