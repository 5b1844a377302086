// The inbox stays current: every few seconds, while the tab is in view, its rows are
// fetched again (same search, same page) and replaced when they changed — a new unread
// message, a new case, someone taking a case.
(() => {
  "use strict";
  const rows = document.getElementById("case-rows");
  if (!rows || !rows.dataset.live) return;
  const total = document.getElementById("total");
  const EVERY_MS = 5000;
  let busy = false;

  async function refresh() {
    if (busy || document.hidden) return;
    busy = true;
    try {
      const response = await fetch(rows.dataset.live, { credentials: "same-origin" });
      if (!response.ok) return;
      const html = await response.text();
      if (html !== rows.dataset.shown) {
        rows.innerHTML = html;
        rows.dataset.shown = html;
        const empty = document.getElementById("no-cases");
        if (empty) empty.hidden = rows.children.length > 0;
      }
      if (total) total.textContent = response.headers.get("x-cases-total") || total.textContent;
    } catch (error) {
      /* the next round tries again */
    } finally {
      busy = false;
    }
  }

  setInterval(refresh, EVERY_MS);
  document.addEventListener("visibilitychange", refresh);
})();
