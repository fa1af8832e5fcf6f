import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ready } from './i18n';
import './styles.css';
import { App } from './App';

const root = createRoot(document.getElementById('root')!);
const render = () =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// The reader's language first (a small chunk for French or Swedish); if it
// cannot be loaded, English.
ready.then(render, render);
