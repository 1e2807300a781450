// A fake petition source for the browser tests, served by the test run itself.
//
// Same-origin, through @web/test-runner's dev server (koa middleware):
//   GET  /fake-petition/petitions/ID.json        Parliament's full petition JSON
//   GET  /fake-petition/petitions/ID/count.json  Parliament's count JSON
//   GET  /fake-petition/campaign.json            a campaign platform's JSON
//   POST /fake-petition/control                  sets what the next answers are (JSON body, merged)
//   POST /fake-petition/reset                    back to the defaults, request counts to zero
//   GET  /fake-petition/info                     request counts, and the cross-origin server's port
// Cross-origin, on a second server on another port: the same GET routes,
// answered without Access-Control-Allow-Origin unless `cors` is set, so the
// browser refuses them as it would a real site that does not allow CORS.
import { createServer } from 'node:http';

/** What the source answers; tests change it through /fake-petition/control. */
function defaults() {
  return {
    count: 1234,
    goal: 2000,
    title: 'Fund a 10% pay rise for school support staff',
    state: 'open',
    closedAt: null,
    /** Parliament's milestone properties, e.g. { government_response_at: '2024-12-03T16:05:44.518Z' }. */
    milestones: {},
    /** The HTTP status to answer with. */
    status: 200,
    /** Milliseconds to wait before answering. */
    delayMs: 0,
    /** Text to answer with instead of the JSON, e.g. a garbled body. */
    body: null,
    cacheControl: 'no-cache',
    /** Whether the cross-origin server allows other sites to read it. */
    cors: false,
  };
}

const MILESTONE_PROPERTIES = [
  'response_threshold_reached_at',
  'government_response_at',
  'debate_threshold_reached_at',
  'scheduled_debate_date',
  'debate_outcome_at',
];

function milestoneFields(state) {
  return Object.fromEntries(MILESTONE_PROPERTIES.map((name) => [name, state.milestones[name] ?? null]));
}

function petitionDocument(state, id) {
  const self = `https://petition.parliament.uk/petitions/${id}.json`;
  return {
    links: { self },
    data: {
      type: 'petition',
      id: Number(id),
      links: { self },
      attributes: {
        action: state.title,
        background: 'Support staff keep schools running.',
        state: state.state,
        signature_count: state.count,
        created_at: '2024-10-07T09:12:31.408Z',
        opened_at: '2024-10-15T11:03:27.902Z',
        closed_at: state.closedAt,
        rejected_at: state.state === 'rejected' ? '2024-10-10T10:00:00.000Z' : null,
        ...milestoneFields(state),
        debate: null,
        signatures_by_country: [{ name: 'United Kingdom', code: 'GB', signature_count: state.count }],
      },
    },
  };
}

function countDocument(state) {
  return { signature_count: state.count, ...milestoneFields(state), debated: false };
}

function campaignDocument(state) {
  return { campaign: { name: 'Save our library', signatures: { count: state.count, goal: state.goal } } };
}

/** The document a GET path asks for, or undefined. */
function documentFor(path, state) {
  const petition = /^\/fake-petition\/petitions\/(\d+)\.json$/.exec(path);
  if (petition) return petitionDocument(state, petition[1]);
  if (/^\/fake-petition\/petitions\/\d+\/count\.json$/.test(path)) return countDocument(state);
  if (path === '/fake-petition/campaign.json') return campaignDocument(state);
  return undefined;
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => resolve(text));
    request.on('error', reject);
  });
}

function sendJson(response, status, value, headers = {}) {
  response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  response.end(JSON.stringify(value));
}

/** Waits `ms`, or less if the browser gives up on the request first (a time-out). */
function delay(response, ms) {
  if (ms <= 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(true), ms);
    response.on('close', () => {
      clearTimeout(timer);
      resolve(false);
    });
  });
}

export function fakePetitionServer() {
  let state = defaults();
  let requests = {};
  let crossOrigin;

  /** Answers a GET for a petition document; false when the path is not one. */
  async function answer(request, response, { allowCors }) {
    const path = new URL(request.url ?? '/', 'http://fake').pathname;
    const document = request.method === 'GET' ? documentFor(path, state) : undefined;
    if (!document) return false;
    requests[path] = (requests[path] ?? 0) + 1;
    // Read now: a test may change the state while this answer waits.
    const { status, body, cacheControl, delayMs } = state;
    const headers = { 'Cache-Control': cacheControl };
    if (allowCors) headers['Access-Control-Allow-Origin'] = '*';
    // Given up on by the browser: nothing to send. (Not the 404 the dev server starts each answer with.)
    if (!(await delay(response, delayMs))) {
      response.statusCode = 499;
      return true;
    }
    if (body !== null) {
      response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      response.end(body);
    } else if (status !== 200) {
      response.writeHead(status, { 'Content-Type': 'text/plain', ...headers });
      response.end('The fake petition source is down.');
    } else {
      sendJson(response, 200, document, headers);
    }
    return true;
  }

  async function control(request, response) {
    const path = new URL(request.url ?? '/', 'http://fake').pathname;
    if (path === '/fake-petition/reset' && request.method === 'POST') {
      state = defaults();
      requests = {};
      sendJson(response, 200, state);
      return true;
    }
    if (path === '/fake-petition/control' && request.method === 'POST') {
      const changes = JSON.parse((await readBody(request)) || '{}');
      state = { ...state, ...changes, milestones: { ...state.milestones, ...changes.milestones } };
      sendJson(response, 200, state);
      return true;
    }
    if (path === '/fake-petition/info') {
      sendJson(response, 200, { requests, crossOriginPort: crossOrigin?.address().port, state });
      return true;
    }
    return false;
  }

  return {
    /** Koa middleware for the test run's own dev server. */
    async middleware(context, next) {
      if (!context.path.startsWith('/fake-petition/')) return next();
      context.respond = false;
      const handled =
        (await control(context.req, context.res)) ||
        (await answer(context.req, context.res, { allowCors: false }));
      if (!handled) sendJson(context.res, 404, { error: `No fake petition at ${context.path}` });
    },

    /** Starts and stops the cross-origin server with the test run. */
    plugin: {
      name: 'placard-fake-petition',
      async serverStart() {
        crossOrigin = createServer((request, response) => {
          answer(request, response, { allowCors: state.cors }).then((handled) => {
            if (!handled) sendJson(response, 404, { error: 'Not found' });
          });
        });
        await new Promise((resolve) => crossOrigin.listen(0, resolve));
      },
      async serverStop() {
        crossOrigin?.closeAllConnections();
        await new Promise((resolve) => crossOrigin?.close(resolve));
      },
    },
  };
}
