// The search page: runs the words and filters of its form against the Pagefind index built
// with the site (pagefind/ beside assets/), so it works offline and under any path prefix,
// and lists each document with the paragraphs that hold the words, linked to them. The index
// is in shards (src/site/search.ts): the first bundle, pagefind/, and the others that
// pagefind/shards.json lists, merged into it (https://pagefind.app/docs/multisite/), so one
// search runs over all of them and the filters count the documents of all.
const root = new URL('../', import.meta.url);
const form = document.getElementById('search-form');
const input = document.getElementById('search-q');
const fieldset = document.getElementById('search-filters');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const FILTERS = form.dataset.filters.split('|').map((pair) => pair.split('='));
const MAX_RESULTS = 50;
const CONTEXT = 12;

const bundle = new URL('pagefind/', root);
const pagefind = await import(new URL('pagefind.js', bundle).href);
await pagefind.options({ baseUrl: root.pathname });
const { merge } = await (await fetch(new URL('shards.json', bundle))).json();
await Promise.all(merge.map((shard) => pagefind.mergeIndex(new URL(shard, bundle).pathname, { baseUrl: root.pathname })));
const available = await pagefind.filters();
const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';

// One select per filter the index has values for; the choice is kept in the URL.
const selects = [];
for (const [name, label] of FILTERS) {
  const values = Object.keys(available[name] ?? {}).sort();
  if (values.length === 0) continue;
  const wrapper = document.createElement('p');
  const labelElement = document.createElement('label');
  labelElement.htmlFor = `filter-${name}`;
  labelElement.textContent = label;
  const select = document.createElement('select');
  select.id = `filter-${name}`;
  select.name = name;
  select.append(new Option('Any', ''));
  for (const value of values) select.append(new Option(`${value} (${available[name][value]})`, value));
  select.value = params.get(name) ?? '';
  select.addEventListener('change', () => run());
  wrapper.append(labelElement, ' ', select);
  fieldset.append(wrapper);
  selects.push(select);
}
fieldset.hidden = selects.length === 0;

form.addEventListener('submit', (event) => {
  event.preventDefault();
  run();
});

let current = 0;
async function run() {
  const run = ++current;
  const words = input.value.trim();
  const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value]));
  const query = new URLSearchParams(words ? { q: words } : {});
  for (const [name, value] of Object.entries(filters)) query.set(name, value);
  history.replaceState(null, '', `${location.pathname}${query.size ? `?${query}` : ''}`);
  if (!words && Object.keys(filters).length === 0) {
    status.textContent = '';
    list.replaceChildren();
    return;
  }
  const search = await pagefind.search(words || null, { filters });
  const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
  if (run !== current) return;
  const count = search.results.length;
  status.textContent = count === 0 ? 'No document matches.' : `${count} document${count === 1 ? '' : 's'}${count > MAX_RESULTS ? `; the first ${MAX_RESULTS} are listed` : ''}.`;
  list.replaceChildren(...data.map((result) => resultItem(result, words !== '')));
}

/** A document found: its title and date, and each paragraph with the words, linked to it. */
function resultItem(result, hasWords) {
  const item = document.createElement('li');
  const title = document.createElement('p');
  title.className = 'result-title';
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  title.append(link);
  if (result.meta.date) title.append(` (${result.meta.date})`);
  item.append(title);
  const passages = hasWords ? paragraphs(result) : [];
  if (passages.length > 0) {
    const inner = document.createElement('ul');
    inner.className = 'result-passages';
    for (const passage of passages) {
      const entry = document.createElement('li');
      const to = document.createElement('a');
      to.href = `${result.url}#${passage.id}`;
      to.className = 'passage-link';
      to.append(...passage.excerpt);
      entry.append(to);
      inner.append(entry);
    }
    item.append(inner);
  }
  return item;
}

/**
 * The paragraphs that hold the hits: Pagefind gives the position of every hit in the page's
 * words and of every element with an id (the paragraphs of the reading text); each hit
 * belongs to the last paragraph that starts before it.
 */
function paragraphs(result) {
  const words = result.content.split(/\s+/);
  const blocks = result.anchors.filter((a) => a.element === 'p' || a.element === 'div').sort((a, b) => a.location - b.location);
  const byBlock = new Map();
  for (const location of result.locations) {
    const block = blocks.filter((b) => b.location <= location).pop();
    if (!block) continue;
    if (!byBlock.has(block.id)) byBlock.set(block.id, { block, hits: [] });
    byBlock.get(block.id).hits.push(location);
  }
  return [...byBlock.values()].slice(0, 5).map(({ block, hits }) => {
    const end = blocks.find((b) => b.location > block.location)?.location ?? words.length;
    const from = Math.max(block.location, hits[0] - CONTEXT);
    const to = Math.min(end, hits[0] + CONTEXT);
    const excerpt = [];
    if (from > block.location) excerpt.push('… ');
    words.slice(from, to).forEach((word, i) => {
      if (i > 0) excerpt.push(' ');
      if (hits.includes(from + i)) {
        const mark = document.createElement('mark');
        mark.textContent = word;
        excerpt.push(mark);
      } else excerpt.push(word);
    });
    if (to < end) excerpt.push(' …');
    return { id: block.id, excerpt };
  });
}

if (input.value || selects.some((s) => s.value)) run();
