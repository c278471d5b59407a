// Behaviour of the entity-link previews (see MentionPreview.astro). Small on purpose: no library.

interface Preview {
  name: string;
  type: string;
  text: string;
  mentions: number;
  articles: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function setupMentionPreviews(): void {
  const found = document.getElementById('entity-preview');
  const dataScript = document.getElementById('entity-preview-data');
  if (!found || !dataScript) return;
  const box: HTMLElement = found;
  const data = JSON.parse(dataScript.textContent ?? '{}') as Record<string, Preview>;
  const field = (name: string) => box.querySelector<HTMLElement>(`.preview-${name}`)!;
  const open = box.querySelector<HTMLAnchorElement>('.preview-open')!;
  let current: HTMLAnchorElement | null = null;
  let hideTimer: number | undefined;
  let lastPointer = 'mouse';
  // Whether the preview already showed the tapped link when the tap began (focus on tap opens it too).
  let previewedBeforeTap = false;
  let refocusing = false;

  function show(link: HTMLAnchorElement, touch: boolean): void {
    const preview = data[link.dataset.entity ?? ''];
    if (!preview) return;
    window.clearTimeout(hideTimer);
    if (current && current !== link) current.removeAttribute('aria-describedby');
    current = link;
    field('type').textContent = preview.type;
    field('name').textContent = preview.name;
    field('text').textContent = preview.text;
    field('counts').textContent = `${plural(preview.mentions, 'mention')} in ${plural(preview.articles, 'article')}`;
    box.dataset.type = preview.type;
    open.href = link.href;
    open.tabIndex = touch ? 0 : -1;
    box.toggleAttribute('data-touch', touch);
    box.hidden = false;
    link.setAttribute('aria-describedby', box.id);
    const rect = link.getBoundingClientRect();
    const width = box.offsetWidth;
    const left = Math.max(8, Math.min(rect.left, document.documentElement.clientWidth - width - 8));
    const below = rect.bottom + box.offsetHeight + 8 < window.innerHeight || rect.top < box.offsetHeight + 8;
    box.style.left = `${left + window.scrollX}px`;
    box.style.top = `${(below ? rect.bottom + 6 : rect.top - box.offsetHeight - 6) + window.scrollY}px`;
  }

  function hide(): void {
    box.hidden = true;
    current?.removeAttribute('aria-describedby');
    current = null;
  }
  const hideSoon = () => {
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(hide, 150);
  };
  const linkOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLAnchorElement>('a.entity-link') : null;

  document.addEventListener('pointerdown', (event) => {
    lastPointer = event.pointerType;
    const tapped = linkOf(event.target);
    previewedBeforeTap = Boolean(tapped && tapped === current && !box.hidden);
    if (!box.contains(event.target as Node) && !linkOf(event.target)) hide();
  });
  document.addEventListener('mouseover', (event) => {
    const link = linkOf(event.target);
    if (link && lastPointer !== 'touch') show(link, false);
    else if (box.contains(event.target as Node)) window.clearTimeout(hideTimer);
  });
  document.addEventListener('mouseout', (event) => {
    // After a tap, the preview stays until the next tap elsewhere: some browsers follow a tap with mouse
    // events that leave the link at once (headless Chromium moves its mouse back), which must not hide it.
    if (lastPointer === 'touch') return;
    if (linkOf(event.target) || box.contains(event.target as Node)) hideSoon();
  });
  document.addEventListener('focusin', (event) => {
    const link = linkOf(event.target);
    if (refocusing) return;
    if (link) show(link, lastPointer === 'touch');
    else if (!box.contains(event.target as Node)) hide();
  });
  document.addEventListener('click', (event) => {
    const link = linkOf(event.target);
    // Touch: the first tap previews; a second tap on the same link (or the preview's own link) navigates.
    if (link && lastPointer === 'touch' && !previewedBeforeTap) {
      event.preventDefault();
      show(link, true);
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !box.hidden) {
      const link = current;
      hide();
      refocusing = true;
      link?.focus();
      refocusing = false;
    }
  });
}
