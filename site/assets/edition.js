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
