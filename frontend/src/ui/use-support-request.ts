/**
 * A support request: from the link fragment `#vilisoft-support-bundle/request=<code>` or a
 * pasted code. The worker decodes it; a bad code changes nothing and says why.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SupportRequest } from '../core/model.ts';
import type { FromWorker, ToWorker } from '../worker/protocol.ts';

const SCREEN_HASH = '#vilisoft-support-bundle';
const REQUEST_MARK = '/request=';

export interface ActiveRequest {
  request: SupportRequest;
  unknownSources: string[];
}

export interface RequestProblem {
  message: string;
  from: 'link' | 'paste';
}

function codeInHash(hash: string): string | undefined {
  return hash.startsWith(SCREEN_HASH + REQUEST_MARK) ? hash : undefined;
}

export function useSupportRequest(
  post: (message: ToWorker) => void,
  onApply: (active: ActiveRequest) => void,
) {
  const [active, setActive] = useState<ActiveRequest>();
  const [problem, setProblem] = useState<RequestProblem>();
  const latest = useRef<{ id: number; from: RequestProblem['from'] }>({ id: 0, from: 'link' });

  const submit = useCallback(
    (text: string, from: RequestProblem['from']) => {
      const id = latest.current.id + 1;
      latest.current = { id, from };
      post({ type: 'decode-request', requestId: id, text });
    },
    [post],
  );

  useEffect(() => {
    const fromHash = () => {
      const code = codeInHash(location.hash);
      if (code) submit(code, 'link');
    };
    fromHash();
    window.addEventListener('hashchange', fromHash);
    return () => window.removeEventListener('hashchange', fromHash);
  }, [submit]);

  /** Takes the worker's answer; true when the message was about a request. */
  const handle = (message: FromWorker): boolean => {
    if (message.type !== 'request-decoded' && message.type !== 'request-invalid') return false;
    if (message.requestId !== latest.current.id) return true;
    if (message.type === 'request-invalid') {
      setProblem({ message: message.message, from: latest.current.from });
      return true;
    }
    const next = { request: message.request, unknownSources: message.unknownSources };
    setProblem(undefined);
    setActive(next);
    onApply(next);
    return true;
  };

  const dismiss = () => {
    setActive(undefined);
    // A reload should not bring the dismissed request back.
    if (codeInHash(location.hash)) {
      history.replaceState(null, '', location.pathname + location.search + SCREEN_HASH);
    }
  };

  return { active, problem, submit, dismiss, clearProblem: () => setProblem(undefined), handle };
}
