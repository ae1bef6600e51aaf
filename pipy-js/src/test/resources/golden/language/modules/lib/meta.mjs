export const metaUrl = import.meta.url;
