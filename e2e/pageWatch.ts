// Watches a page for what a user would never want: requests to other origins (the app must
// work offline) and uncaught errors.
import type { Page } from '@playwright/test';

export interface PageWatch {
  /** Every URL the page asked for that is not on its own origin (data: and blob: are local). */
  foreignRequests(): string[];
  errors: string[];
}

export function watchPage(page: Page, baseURL: string | undefined): PageWatch {
  const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
  const urls: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return {
    foreignRequests: () =>
      urls.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin),
    errors,
  };
}
