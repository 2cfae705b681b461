import { EXAMPLE_IDS_QUERY, EXAMPLE_TABS, fillPlaceholders, type ExampleIds, type ExampleTab } from './graphiql-examples';

/** What the page's script needs: where the API is, and the tabs to open with. */
interface BootstrapSettings {
  endpoint: string;
  idsQuery: string;
  tabs: ExampleTab[];
}

// The browser globals the page uses, declared by hand (the server compiles without the DOM library)
// and only as far as `bootstrap` needs them; the UMD scripts of the page define React, ReactDOM and GraphiQL.
interface Element {
  textContent: string | null;
}
declare const document: { getElementById(id: string): Element | null };
declare const localStorage: { getItem(key: string): string | null };
declare const React: { createElement(type: unknown, props: Record<string, unknown>): unknown };
declare const ReactDOM: { createRoot(container: Element): { render(element: unknown): void } };
declare const GraphiQL: { createFetcher(options: { url: string; subscriptionUrl?: string }): unknown };
declare const location: { href: string };

/**
 * Runs in the browser, as the page's only script of its own: fills the examples' ids from this
 * server, then mounts GraphiQL. It is served as a file (`Function.prototype.toString` of this
 * compiled function), never inline, so the page works under a `script-src 'self'` policy. It may
 * use only its parameters and browser globals.
 */
async function bootstrap(settings: BootstrapSettings, fill: typeof fillPlaceholders): Promise<void> {
  const root = document.getElementById('graphiql');
  if (!root) return;
  let ids: ExampleIds = {};
  try {
    // Same origin, JSON body: the request Apollo's CSRF prevention accepts without extra headers.
    const response = await fetch(settings.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: settings.idsQuery }),
      signal: AbortSignal.timeout(5_000),
    });
    const body = (await response.json()) as { data?: Record<string, { edges: { node: { id: string } }[] }> };
    ids = { organizationId: body.data?.organizations?.edges[0]?.node.id, projectId: body.data?.projects?.edges[0]?.node.id };
  } catch {
    // The examples still open; their placeholders show where an id goes.
  }
  const defaultTabs = settings.tabs.map((tab) => ({ query: tab.query, variables: tab.variables && fill(tab.variables, ids) }));
  // GraphiQL 3 fills the variables pane of the first tab from its `variables` prop, not from
  // defaultTabs. Pass it on a first visit only: with tabs saved from an earlier visit the prop
  // would open an extra tab each time.
  let firstVisit = true;
  try {
    firstVisit = localStorage.getItem('graphiql:tabState') === null;
  } catch {
    // Storage blocked: GraphiQL keeps its tabs in memory, so every visit is a first one.
  }
  root.textContent = '';
  ReactDOM.createRoot(root).render(
    React.createElement(GraphiQL, {
      // createFetcher POSTs `application/json` to the same origin; the Headers pane adds Authorization.
      // Subscriptions go over graphql-ws to the same path (ws:// or wss://), the Headers pane's
      // Authorization travelling in connection_init.
      fetcher: GraphiQL.createFetcher({ url: settings.endpoint, subscriptionUrl: new URL(settings.endpoint, location.href).href.replace(/^http/, 'ws') }),
      defaultTabs,
      ...(firstVisit && defaultTabs[0]?.variables ? { variables: defaultTabs[0].variables } : {}),
      defaultEditorToolsVisibility: true,
      // A pasted token stays in this tab's memory, not in localStorage.
      shouldPersistHeaders: false,
    }),
  );
}

/** The page's own script: `bootstrap` with its settings. */
export function bootstrapScript(endpoint: string): string {
  const settings: BootstrapSettings = { endpoint, idsQuery: EXAMPLE_IDS_QUERY, tabs: EXAMPLE_TABS };
  return `"use strict";\n(${bootstrap.toString()})(${JSON.stringify(settings)}, ${fillPlaceholders.toString()});\n`;
}

export interface PageAssets {
  styles: string[];
  /** In load order: React, ReactDOM, GraphiQL, then the bootstrap. */
  scripts: string[];
}

/** The HTML shell: stylesheets and scripts by URL only, no inline script. */
export function renderPage(assets: PageAssets): string {
  const styles = assets.styles.map((href) => `  <link rel="stylesheet" href="${escapeHtml(href)}">`).join('\n');
  const scripts = assets.scripts.map((src) => `  <script src="${escapeHtml(src)}" defer></script>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Alliance Match · GraphiQL</title>
${styles}
  <style>html, body, #graphiql { height: 100%; margin: 0; } #graphiql > p { font: 16px system-ui, sans-serif; padding: 2rem; }</style>
${scripts}
</head>
<body>
  <div id="graphiql"><p>Loading GraphiQL…</p></div>
  <noscript>GraphiQL needs JavaScript. Without it, POST queries to this URL as JSON.</noscript>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
