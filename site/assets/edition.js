// Progressive enhancement only: everything works without this script.
// WCAG 1.4.13: the source reading shown on hover or focus can be dismissed with Escape.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  for (const element of document.querySelectorAll('.has-alt:hover, .has-alt:focus, .has-alt:focus-within')) {
    element.classList.add('dismissed');
  }
});
document.addEventListener('focusin', (event) => {
  const target = event.target;
  if (target instanceof Element) target.closest('.has-alt')?.classList.remove('dismissed');
});
document.addEventListener('mouseover', (event) => {
  const target = event.target;
  if (target instanceof Element) target.closest('.has-alt.dismissed')?.classList.remove('dismissed');
});

// Apparatus filters: the no-JavaScript views (#ocr-variants, …) become checkboxes that combine.
// The page keeps its place: nothing scrolls, and a view given in the address is honoured.
const view = document.querySelector('.apparatus-view');
if (view) {
  const views = { '#ocr-variants': ['ocr'], '#orthographic-variants': ['orthographic'], '#all-variants': ['ocr', 'orthographic'] };
  const boxes = [...view.querySelectorAll('.filter-toggles input[data-filter]')];
  const chosen = views[location.hash];
  if (chosen) {
    for (const box of boxes) box.checked = chosen.includes(box.dataset.filter);
    // The fragment would keep its view shown whatever the boxes say: drop it, keep the page.
    history.replaceState(null, '', location.pathname + location.search);
  }
  const apply = () => {
    for (const box of boxes) view.classList.toggle(`show-${box.dataset.filter}`, box.checked);
  };
  for (const box of boxes) box.addEventListener('change', apply);
  apply();
  view.querySelector('.filter-views').hidden = true;
  view.querySelector('.filter-toggles').hidden = false;
}
