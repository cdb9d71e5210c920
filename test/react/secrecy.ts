// Where a secret shows in the page's markup, which session-replay scripts, support widgets and
// CSS attribute selectors can all read. An input's live value (the `value` property) is not
// markup; its `value` attribute, React's mirror of a controlled input, is.

/** Every place in the document's markup that holds `secret`: the serialized page and each attribute. */
export function placesInMarkup(secret: string, root: Document = document): string[] {
  const places: string[] = [];
  if (root.documentElement.outerHTML.includes(secret)) places.push('document.documentElement.outerHTML');
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      // Read unescaped, so a secret with `&` or `"` cannot hide behind the serializer's entities.
      if (attribute.value.includes(secret)) places.push(`<${element.localName} ${attribute.name}>`);
    }
  }
  return places;
}
