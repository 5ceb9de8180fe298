/** The root file of the spec. */
export declare const specPath: string;
/** The bundled spec as parsed JSON. */
export declare function bundleSpec(): unknown;
