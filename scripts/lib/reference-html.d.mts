/** Finishes Redocly's built HTML: no CDN logo, relative sidebar links, fonts, wrapped code. */
export declare function finishReference(html: string): string;
