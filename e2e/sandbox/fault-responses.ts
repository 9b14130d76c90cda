// How each fault answers. Called before normal routing; returns true when it answered (or,
// for `hang`, deliberately never will).
import type { ServerResponse } from 'node:http';
import { isRestPath, type RequestContext } from './context.ts';
import type { Fault } from './faults.ts';
import { JSON_TYPE, sendHtml, sendJson, sendJsonText } from './http.ts';
import { accessDeniedPage, errorPage, loginPage } from './pages.ts';
import { sendForbidden, sendRestNotFound, sendWebSudoRequired } from './rest.ts';

/** 50 MiB: the size of the `huge` answer. */
export const HUGE_BYTES = 50 * 1024 * 1024;

function waitForDrainOrClose(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/** Streams a valid JSON document of at least HUGE_BYTES, honouring back-pressure and aborts. */
async function streamHuge(res: ServerResponse): Promise<void> {
  res.writeHead(200, { 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-cache' });
  const item = JSON.stringify({ id: 'FAKE-1', summary: 'x'.repeat(1000) });
  const batch = Array.from({ length: 64 }, () => item).join(',');
  let written = 0;
  if (!res.write('{"values":[')) await waitForDrainOrClose(res);
  let first = true;
  while (written < HUGE_BYTES && !res.destroyed) {
    const chunk = (first ? '' : ',') + batch;
    first = false;
    written += chunk.length;
    if (!res.write(chunk)) await waitForDrainOrClose(res);
  }
  if (!res.destroyed) res.end(']}');
}

const SERVER_ERROR = {
  message:
    'java.lang.NullPointerException: Cannot invoke "Object.toString()" because "value" is null',
  'status-code': 500,
  'stack-trace':
    'java.lang.NullPointerException\n\tat com.atlassian.jira.fake.FakeResource.get(FakeResource.java:42)\n\tat java.base/java.lang.Thread.run(Thread.java:840)\n',
};

export async function applyFault(ctx: RequestContext, fault: Fault): Promise<boolean> {
  const rest = isRestPath(ctx.path);
  switch (fault.kind) {
    case 'expire-session-after':
      return false; // counted by the server before routing
    case 'websudo':
      sendWebSudoRequired(ctx);
      return true;
    case 'forbidden':
      if (rest) sendForbidden(ctx);
      else sendHtml(ctx.res, 403, accessDeniedPage(ctx));
      return true;
    case 'not-found':
      if (rest) sendRestNotFound(ctx);
      else sendHtml(ctx.res, 404, errorPage(ctx, 404));
      return true;
    case 'server-error':
      if (rest) sendJson(ctx.res, 500, SERVER_ERROR);
      else sendHtml(ctx.res, 500, errorPage(ctx, 500));
      return true;
    case 'hang':
      // Never answer; the socket is destroyed when the client aborts or the sandbox closes.
      return true;
    case 'login-page':
      // What an expired session looks like to a script: a 200 HTML log-in page.
      sendHtml(ctx.res, 200, loginPage({ ...ctx, session: undefined, user: undefined }));
      return true;
    case 'malformed-json':
      sendJsonText(
        ctx.res,
        200,
        '{"baseUrl":"https://jira.fake-corp.example.test","version":"9.12',
      );
      return true;
    case 'huge':
      await streamHuge(ctx.res);
      return true;
  }
}
