/**
 * Everything the admin chooses before generating, and the worker's answers about it
 * (estimated sizes, custom rule problems). Nothing here is stored: closing the page
 * forgets it, except the pseudonym key when the admin asks for consistent pseudonyms.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_LIMITS } from '../core/model.ts';
import type {
  BundleEstimate,
  FromWorker,
  GenerateOptions,
  SourceDescriptor,
  ToWorker,
} from '../worker/protocol.ts';
import { parseCustomRules, type RuleOrigin } from './custom-rules.ts';
import { draftFrom, toLimits, type LimitsDraft } from './limits.ts';
import { forgetPseudonymKey, hasPseudonymKey, pseudonymKey } from './pseudonym-key.ts';
import type { ActiveRequest } from './use-support-request.ts';

/** Typing pauses this long before the worker checks the rules again. */
const RULE_CHECK_DELAY_MS = 300;

export interface RuleProblem extends RuleOrigin {
  message: string;
}

export function useSetup(post: (message: ToWorker) => void, workerGeneration: number) {
  const [sources, setSources] = useState<SourceDescriptor[]>([]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [files, setFiles] = useState<File[]>([]);
  const [keepBinary, setKeepBinary] = useState<Set<string>>(new Set());
  const [keywords, setKeywords] = useState('');
  const [patterns, setPatterns] = useState('');
  const [limitsDraft, setLimitsDraft] = useState<LimitsDraft>(draftFrom(DEFAULT_LIMITS));
  const [consistent, setConsistentState] = useState(hasPseudonymKey);
  const [keyRefused, setKeyRefused] = useState(false);
  const [estimate, setEstimate] = useState<BundleEstimate>();
  const [ruleProblem, setRuleProblem] = useState<RuleProblem>();
  /** A request chose the sources: the worker's defaults must not overwrite them. */
  const chosenByRequest = useRef(false);
  const estimateId = useRef(0);
  const ruleCheck = useRef<{ id: number; origins: RuleOrigin[] }>({ id: 0, origins: [] });

  const parsedRules = useMemo(() => parseCustomRules(keywords, patterns), [keywords, patterns]);
  const { limits, invalid: invalidLimits } = useMemo(
    () => toLimits(limitsDraft, DEFAULT_LIMITS),
    [limitsDraft],
  );

  useEffect(() => {
    if (!limits) return;
    const requestId = ++estimateId.current;
    post({ type: 'estimate', requestId, input: { sourceIds: [...selected], files, limits } });
  }, [post, selected, files, limits, workerGeneration]);

  useEffect(() => {
    const timer = setTimeout(() => {
      const id = ruleCheck.current.id + 1;
      ruleCheck.current = { id, origins: parsedRules.origins };
      post({ type: 'check-rules', requestId: id, rules: parsedRules.rules });
    }, RULE_CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [post, parsedRules, workerGeneration]);

  const showRuleProblem = (problem: { ruleIndex: number; message: string } | undefined) => {
    const origin = problem && ruleCheck.current.origins[problem.ruleIndex];
    setRuleProblem(problem && origin ? { ...origin, message: problem.message } : undefined);
  };

  /** Takes the worker's answers about the setup; true when the message was one of them. */
  const handle = (message: FromWorker): boolean => {
    switch (message.type) {
      case 'ready': {
        // Added files have their own area on the screen; the worker includes them when present.
        const listed = message.sources.filter((s) => s.id !== 'files');
        setSources(listed);
        // A restarted worker (after Cancel) says ready again: keep the admin's choices.
        if (sources.length === 0 && !chosenByRequest.current) {
          setSelected(new Set(listed.filter((s) => s.defaultOn).map((s) => s.id)));
        }
        return true;
      }
      case 'estimate':
        if (message.requestId === estimateId.current) setEstimate(message.estimate);
        return true;
      case 'rules-checked':
        if (message.requestId === ruleCheck.current.id) showRuleProblem(message.problem);
        return true;
      default:
        return false;
    }
  };

  /** A generation failed because of a custom rule: say so beside that rule. */
  const ruleFailed = (ruleIndex: number, message: string) => {
    ruleCheck.current = { id: ruleCheck.current.id, origins: parsedRules.origins };
    showRuleProblem({ ruleIndex, message });
  };

  const applyRequest = ({ request, unknownSources }: ActiveRequest) => {
    chosenByRequest.current = true;
    const unknown = new Set([...unknownSources, 'files']);
    setSelected(new Set(request.sources.filter((id) => !unknown.has(id))));
    if (request.logWindowHours !== undefined) {
      setLimitsDraft((old) => ({ ...old, logWindowHours: String(request.logWindowHours) }));
    }
  };

  const setConsistent = (on: boolean) => {
    if (!on) {
      forgetPseudonymKey();
      setKeyRefused(false);
      setConsistentState(false);
      return;
    }
    const key = pseudonymKey();
    setKeyRefused(key === undefined);
    setConsistentState(key !== undefined);
  };

  const toggleSource = (id: string, on: boolean) =>
    setSelected((old) => {
      const next = new Set(old);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const toggleKeepBinary = (bundlePath: string, keep: boolean) =>
    setKeepBinary((old) => {
      const next = new Set(old);
      if (keep) next.add(bundlePath);
      else next.delete(bundlePath);
      return next;
    });

  /** The worker's options, or undefined while a limit is not a valid number. */
  const options = (
    base: Pick<GenerateOptions, 'browser' | 'request'>,
  ): GenerateOptions | undefined => {
    if (!limits) return undefined;
    const secret = consistent ? pseudonymKey() : undefined;
    const binaryPaths = new Set(estimate?.files.filter((f) => f.binary).map((f) => f.bundlePath));
    return {
      ...base,
      sourceIds: sources.filter((s) => selected.has(s.id)).map((s) => s.id),
      files,
      limits,
      customRules: parsedRules.rules,
      keepBinaryPaths: [...keepBinary].filter((path) => binaryPaths.has(path)),
      ...(secret ? { secret } : {}),
    };
  };

  return {
    sources,
    selected,
    toggleSource,
    files,
    setFiles,
    keepBinary,
    toggleKeepBinary,
    keywords,
    setKeywords,
    patterns,
    setPatterns,
    ruleProblem,
    ruleFailed,
    limits,
    limitsDraft,
    setLimitsDraft,
    invalidLimits,
    consistent,
    setConsistent,
    keyRefused,
    estimate,
    handle,
    applyRequest,
    options,
  };
}

export type Setup = ReturnType<typeof useSetup>;
