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

// "Cite this paragraph": a button after each paragraph number that copies the document's
// citation with the paragraph and its URL (absolute, even when the edition has no site URL).
const reading = document.querySelector('.edition-text.reading[data-cite-prefix]');
if (reading) {
  const status = document.createElement('p');
  status.className = 'cite-status visually-hidden';
  status.setAttribute('role', 'status');
  reading.before(status);
  for (const link of reading.querySelectorAll('a.para-link')) {
    const block = link.closest('[id]');
    if (!block) continue;
    const number = link.textContent.replace(/[¶\s]|Paragraph/g, '');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'cite-paragraph';
    button.textContent = 'Cite';
    button.setAttribute('aria-label', `Cite paragraph ${number}`);
    button.addEventListener('click', async () => {
      const url = new URL(reading.dataset.citeUrl, location.href);
      url.hash = block.id;
      const citation = `${reading.dataset.citePrefix} ¶ ${number}. ${url.href}.`;
      try {
        await navigator.clipboard.writeText(citation);
        status.textContent = `Copied: ${citation}`;
      } catch {
        // No clipboard (an insecure origin, a refusal): show the citation to copy by hand.
        status.textContent = citation;
        status.classList.remove('visually-hidden');
      }
    });
    link.after(button);
  }
}

// The table of documents: columns sort on a click, and rows filter by the search's facets.
const table = document.getElementById('documents');
if (table) {
  const body = table.tBodies[0];
  const rows = [...body.rows];
  const headers = [...table.tHead.rows[0].cells];
  headers.forEach((th, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const key = (row) => row.cells[column].dataset.sort ?? row.cells[column].textContent.trim();
      const sorted = [...body.rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) * (ascending ? 1 : -1));
      body.append(...sorted);
    });
  });
  const facets = table.dataset.facets.split('|').map((pair) => pair.split('='));
  const form = document.createElement('form');
  form.className = 'table-filters';
  form.setAttribute('aria-label', 'Filter the documents');
  const selects = [];
  for (const [name, label] of facets) {
    const values = [...new Set(rows.flatMap((row) => (name === 'tag' ? row.dataset[`facet${cap(name)}`].split(' ') : [row.dataset[`facet${cap(name)}`]])).filter(Boolean))].sort();
    if (values.length < 2) continue;
    const select = document.createElement('select');
    select.id = `facet-${name}`;
    select.dataset.facet = name;
    select.append(new Option('Any', ''), ...values.map((v) => new Option(v, v)));
    const labelElement = document.createElement('label');
    labelElement.htmlFor = select.id;
    labelElement.textContent = `${label} `;
    const wrapper = document.createElement('p');
    wrapper.append(labelElement, select);
    form.append(wrapper);
    selects.push(select);
  }
  const caption = table.caption;
  const captionText = caption.textContent;
  const filter = () => {
    let shown = 0;
    for (const row of rows) {
      const keep = selects.every((s) => {
        const value = row.dataset[`facet${cap(s.dataset.facet)}`];
        return !s.value || (s.dataset.facet === 'tag' ? value.split(' ').includes(s.value) : value === s.value);
      });
      row.hidden = !keep;
      if (keep) shown++;
    }
    caption.textContent = shown === rows.length ? captionText : `${captionText}: ${shown} shown`;
  };
  for (const select of selects) select.addEventListener('change', filter);
  if (selects.length > 0) table.closest('.table-scroll').before(form);
}

function cap(name) {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
