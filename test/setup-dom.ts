// Setup for the `dom` Vitest project (every src/**/*.test.tsx file runs in jsdom).
// Adds the jest-dom matchers (toBeInTheDocument, toHaveAccessibleName, ...) to `expect`
// and unmounts React trees between tests (automatic only when Vitest globals are on).
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
