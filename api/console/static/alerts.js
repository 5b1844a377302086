// Alerts reach a person: the header's badge counts the alerts nobody has acknowledged
// yet (red when a crisis is among them), and the alerts page's list stays current —
// both by asking the server again every few seconds while the page is in view.
(() => {
  "use strict";
  const badge = document.getElementById("alert-badge");
  const board = document.getElementById("alerts");
  if (!badge && !board) return;
  const EVERY_MS = board ? 1000 : 3000;
  const TITLE = document.title;
  let busy = false;

  function show(open, crisis) {
    if (!badge) return;
    const count = badge.querySelector(".alert-count");
    count.hidden = open === 0;
    count.textContent = String(open);
    badge.classList.toggle("has-crisis", crisis > 0);
    document.title = crisis > 0 ? `【緊急 ${crisis}】${TITLE}` : TITLE;
  }

  async function refresh() {
    if (busy || document.hidden) return;
    busy = true;
    try {
      const url = board ? board.dataset.live : badge.dataset.live;
      const response = await fetch(url, { credentials: "same-origin" });
      if (!response.ok || response.redirected) return;
      if (board) {
        show(Number(response.headers.get("x-alerts-open")), Number(response.headers.get("x-alerts-crisis")));
        const html = await response.text();
        if (html !== board.dataset.shown) {
          board.innerHTML = html;
          board.dataset.shown = html;
        }
      } else {
        const counts = await response.json();
        show(counts.open, counts.crisis);
      }
    } catch (error) {
      /* the next round tries again */
    } finally {
      busy = false;
    }
  }

  refresh();
  setInterval(refresh, EVERY_MS);
  document.addEventListener("visibilitychange", refresh);
})();
