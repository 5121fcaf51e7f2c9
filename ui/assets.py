"""Page-wide CSS and the small script the chat needs; passed to `Blocks.launch`.

The script does what the server cannot: it handles `[n]` clicks in the page (the page sets
`<base href="./">`, so a plain `#sumber-1` link would leave a page that has a query string), moves
focus to the card, shows a quote preview on hover, focus or tap, keeps the character counter and
the Kirim button in step with the box, and marks the page as Indonesian.
"""

from __future__ import annotations

from qa import get_settings

CSS = """
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
#percakapan a.kutipan { color: #1d4ed8; text-decoration: underline; font-weight: 600;
  padding: 0 2px; border-radius: 4px; }
.dark #percakapan a.kutipan { color: #93c5fd; }
#percakapan a.kutipan:focus-visible { outline: 2px solid #f59e0b; }
.lencana { display: inline-block; font-size: 0.8em; font-weight: 600; border-radius: 999px;
  padding: 1px 10px; margin-bottom: 6px; }
.lencana-ok { background: #dcfce7; color: #166534; }
.lencana-catatan { background: #fef3c7; color: #92400e; }
.lencana-abstain, .lencana-kosong { background: #e5e7eb; color: #374151; }
.jawaban-abstain, .jawaban-kosong { border-left: 4px dashed #9ca3af; padding-left: 10px;
  font-style: italic; }
.jawaban-abstain .terdekat { font-style: normal; }
.jawaban-catatan { border-left: 4px solid #f59e0b; padding-left: 10px; }
.jawaban-proses { opacity: 0.8; }
.catatan { font-size: 0.92em; color: #92400e; }
.dark .catatan { color: #fcd34d; }
.sumber-jawaban > summary, .terdekat > summary { cursor: pointer; font-weight: 600;
  margin: 6px 0; min-height: 40px; display: flex; align-items: center; }
.sumber-card { border: 1px solid var(--border-color-primary); border-radius: 8px;
  padding: 10px 12px; margin: 0 0 12px; scroll-margin-top: 16px; font-style: normal; }
.sumber-card.terpilih { outline: 3px solid #f59e0b; background: var(--background-fill-secondary); }
.sumber-head { font-weight: 600; }
.sumber-no { color: #b45309; margin-right: 4px; }
.sumber-meta { font-size: 0.9em; opacity: 0.8; margin: 2px 0 6px; }
.sumber-quote { margin: 6px 0; padding-left: 10px; border-left: 3px solid #f59e0b; }
.sumber-card mark { background: #fde68a; color: #1f2937; padding: 0 2px; }
.sumber-full { max-height: 320px; overflow-y: auto; font-size: 0.92em; }
#pratinjau-kutipan { position: fixed; z-index: 1000; max-width: 340px; padding: 8px 10px;
  border-radius: 8px; background: #111827; color: #f9fafb; font-size: 0.9em;
  box-shadow: 0 4px 16px rgba(0,0,0,.3); pointer-events: none; }
#galat-pertanyaan .galat, .galat { color: #b91c1c; }
.dark #galat-pertanyaan .galat { color: #fca5a5; }
#penghitung { font-size: 0.85em; opacity: 0.8; text-align: right; }
#penghitung.lebih { color: #b91c1c; opacity: 1; font-weight: 600; }
.pratinjau { border: 1px dashed var(--border-color-primary); border-radius: 8px;
  padding: 8px 12px; margin: 0 0 10px; }
.pratinjau dt { font-weight: 600; float: left; clear: left; width: 7em; }
.pratinjau dd { margin-left: 7.5em; }
#filter-chips { gap: 6px; flex-wrap: wrap; }
#filter-chips button { flex: 0 0 auto; min-width: 0; }
button { min-height: 40px; }
@media (max-width: 640px) {
  #percakapan a.kutipan { display: inline-block; min-width: 40px; min-height: 40px;
    line-height: 40px; text-align: center; }
  #tabel-artikel th:nth-child(n+4), #tabel-artikel td:nth-child(n+4) { display: none; }
}
"""

_SCRIPT = """
<script>
(() => {
  const MAX = __MAX__;
  document.documentElement.lang = "id";
  new MutationObserver(() => {
    if (document.documentElement.lang !== "id") document.documentElement.lang = "id";
  }).observe(document.documentElement, { attributes: true, attributeFilter: ["lang"] });

  const chatLink = (event) => event.target.closest && event.target.closest("a[href^='#sumber-']");
  document.addEventListener("click", (event) => {
    const link = chatLink(event);
    if (!link) return;
    event.preventDefault();
    event.stopPropagation();
    const card = document.getElementById(link.getAttribute("href").slice(1));
    if (!card) return;
    for (let box = card.parentElement; box; box = box.parentElement) {
      if (box.tagName === "DETAILS") box.open = true;
    }
    const chosen = document.querySelectorAll(".sumber-card.terpilih");
    chosen.forEach((c) => c.classList.remove("terpilih"));
    card.classList.add("terpilih");
    card.scrollIntoView({ block: "nearest" });
    card.focus({ preventScroll: true });
    hidePreview();
    // A chat that is still settling (the last answer's late re-render) scrolls itself back to
    // its end and takes the card out of view: bring the card back while that may happen.
    [250, 700, 1500].forEach((ms) => setTimeout(() => {
      const box = card.getBoundingClientRect();
      const chat = card.closest("#percakapan");
      const view = chat ? chat.getBoundingClientRect() : { top: 0, bottom: innerHeight };
      if (box.bottom <= Math.max(0, view.top) || box.top >= Math.min(innerHeight, view.bottom)) {
        card.scrollIntoView({ block: "nearest" });
      }
    }, ms));
  }, true);

  let tip = null;
  const hidePreview = () => { if (tip) { tip.remove(); tip = null; } };
  const showPreview = (event) => {
    const link = chatLink(event);
    if (!link) return;
    if (link.title) { link.dataset.kutipan = link.title; link.removeAttribute("title"); }
    hidePreview();
    tip = document.createElement("div");
    tip.id = "pratinjau-kutipan";
    tip.setAttribute("role", "tooltip");
    tip.textContent = "“" + (link.dataset.kutipan || "") + "”";
    document.body.appendChild(tip);
    const box = link.getBoundingClientRect();
    tip.style.left = Math.max(8, Math.min(box.left, innerWidth - tip.offsetWidth - 8)) + "px";
    const below = box.bottom + 6;
    const above = box.top - tip.offsetHeight - 6;
    tip.style.top = (below + tip.offsetHeight < innerHeight ? below : above) + "px";
  };
  document.addEventListener("mouseover", showPreview);
  document.addEventListener("focusin", showPreview);
  document.addEventListener("touchstart", showPreview, { passive: true });
  document.addEventListener("mouseout", (e) => { if (chatLink(e)) hidePreview(); });
  document.addEventListener("focusout", (e) => { if (chatLink(e)) hidePreview(); });

  setInterval(() => {
    const span = document.querySelector("#rentang-tanggal");
    document.querySelectorAll("#dari-tanggal input, #sampai-tanggal input").forEach((input) => {
      if (input.type !== "date") input.type = "date";
      if (span) { input.min = span.dataset.min; input.max = span.dataset.max; }
    });
    const box = document.querySelector("#pertanyaan textarea");
    const send = document.querySelector("#kirim");
    const counter = document.querySelector("#penghitung");
    if (!box) return;
    const length = box.value.trim().length;
    if (send) send.disabled = length === 0 || box.disabled;
    if (counter) {
      counter.textContent = length + " / " + MAX + " karakter";
      counter.classList.toggle("lebih", length > MAX);
    }
  }, 200);
})();
</script>
"""


def head() -> str:
    """The script for `<head>`, with the configured question limit for the counter."""
    return _SCRIPT.replace("__MAX__", str(get_settings().max_question_chars))
