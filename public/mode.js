// The large-text reading mode (大字号高对比), remembered across pages and visits. Loaded from every
// page's head, before the page is drawn, so a reader who chose it never sees the page small first:
// the choice is read from the browser's storage and set on <html data-mode="large">. Ticking or
// unticking the switch (#mode-large) stores the choice. Without this script, or where the browser
// keeps nothing (private windows, pages opened from disk in some browsers), the switch works on
// the page as before (the stylesheet reads it with :has), and nothing else changes.
(() => {
  const KEY = 'junheng:mode';
  const root = document.documentElement;
  const stored = () => {
    try {
      return localStorage.getItem(KEY);
    } catch {
      return null;
    }
  };
  const store = (value) => {
    try {
      localStorage.setItem(KEY, value);
    } catch {
      // Nothing kept: the choice holds on this page only.
    }
  };
  const apply = (large) => {
    if (large) root.dataset.mode = 'large';
    else delete root.dataset.mode;
    const box = document.getElementById('mode-large');
    if (box instanceof HTMLInputElement) box.checked = large;
  };
  apply(stored() === 'large');
  const connect = () => {
    const box = document.getElementById('mode-large');
    if (!(box instanceof HTMLInputElement)) return;
    // The stored choice wins over a state the browser restored into the box.
    if (stored() !== null) box.checked = stored() === 'large';
    else if (box.checked) apply(true);
    box.addEventListener('change', () => {
      apply(box.checked);
      store(box.checked ? 'large' : 'normal');
    });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', connect);
  else connect();
  // A page shown again from the back/forward cache, or the choice made in another tab.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted && stored() !== null) apply(stored() === 'large');
  });
  window.addEventListener('storage', (event) => {
    if (event.key === KEY) apply(event.newValue === 'large');
  });
})();
