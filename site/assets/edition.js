// Progressive enhancement only: everything works without this script.
// WCAG 1.4.13: what shows on hover or focus (the source reading of a correction, the
// identification of a person or term) can be dismissed with Escape.
const popups = '.has-alt, .entry-ref';
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  for (const element of document.querySelectorAll('.has-alt:hover, .has-alt:focus, .has-alt:focus-within, .entry-ref:hover, .entry-ref:focus')) {
    element.classList.add('dismissed');
  }
});
document.addEventListener('focusin', (event) => {
  const target = event.target;
  if (target instanceof Element) target.closest(popups)?.classList.remove('dismissed');
});
document.addEventListener('mouseover', (event) => {
  const target = event.target;
  if (target instanceof Element) target.closest('.has-alt.dismissed, .entry-ref.dismissed')?.classList.remove('dismissed');
});
