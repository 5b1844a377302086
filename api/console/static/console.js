// The case page's conversation stays current: every few seconds, while the page is in
// view, the transcript is fetched again; when staff take over or hand back elsewhere, the
// page reloads so its buttons match.
(() => {
  "use strict";
  const list = document.getElementById("transcript");
  if (!list || !list.dataset.live) return;
  const EVERY_MS = 4000;
  let busy = false;
  // The conversation opens at its latest message.
  list.scrollTop = list.scrollHeight;

  async function refresh() {
    if (busy || document.hidden) return;
    busy = true;
    try {
      const response = await fetch(list.dataset.live, { credentials: "same-origin" });
      if (!response.ok) return;
      if (response.headers.get("x-staff-active") !== list.dataset.staffActive) {
        window.location.reload();
        return;
      }
      const html = await response.text();
      if (html !== list.dataset.shown) {
        const atBottom = list.scrollTop + list.clientHeight >= list.scrollHeight - 8;
        list.innerHTML = html;
        list.dataset.shown = html;
        if (atBottom) list.scrollTop = list.scrollHeight;
      }
    } catch (error) {
      /* the next round tries again */
    } finally {
      busy = false;
    }
  }

  setInterval(refresh, EVERY_MS);
  document.addEventListener("visibilitychange", refresh);
})();
