"use strict";
// Clicking an actor of a network shows its links alone; clicking it again,
// or another place of the picture, shows them all.
for (const svg of document.querySelectorAll("svg.network")) {
  let on = null;
  svg.addEventListener("click", (ev) => {
    const node = ev.target.closest(".node");
    const i = node ? node.getAttribute("data-index") : null;
    on = i === on ? null : i;
    svg.classList.toggle("dim", on !== null);
    for (const l of svg.querySelectorAll(".link")) {
      l.classList.toggle("on", on !== null && (l.getAttribute("data-from") === on || l.getAttribute("data-to") === on));
    }
  });
}
