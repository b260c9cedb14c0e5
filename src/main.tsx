// Placeholder entry (tooling): the UI engineer replaces this file.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root not found');

createRoot(root).render(
  <StrictMode>
    <main className="p-8 text-2xl font-semibold">KMS Lab</main>
  </StrictMode>,
);
