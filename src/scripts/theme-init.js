// Apply the saved theme before the first paint, so a dark-mode reader never sees a white flash.
// Inlined into every page's <head> by Base.astro; astro.config.mjs allows it by its hash (security.csp).
try {
  const saved = localStorage.getItem('theme');
  if (saved === 'light' || saved === 'dark') document.documentElement.dataset.theme = saved;
} catch {}
