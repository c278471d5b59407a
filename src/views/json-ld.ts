// JSON-LD for <script type="application/ld+json">: serialised so that no name or quote can end the script.

/**
 * JSON with every `<`, `>` and `&` written as a \u escape (and the two JavaScript line terminators),
 * so `</script>` or `<!--` inside a value stays inert text in the page.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</gu, '\\u003c')
    .replace(/>/gu, '\\u003e')
    .replace(/&/gu, '\\u0026')
    .replace(/\u2028/gu, '\\u2028')
    .replace(/\u2029/gu, '\\u2029');
}

const SCHEMA_TYPES = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  product: 'Product',
  other: 'Thing',
} as const;

/** The schema.org type for an entity type. */
export function schemaType(type: keyof typeof SCHEMA_TYPES): string {
  return SCHEMA_TYPES[type];
}
