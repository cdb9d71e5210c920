/** Where the example is installed and built (.cache/next-example/app). */
export declare const appDir: string;
/** Packs this repo, installs the tarball into the example and runs `next build`, each step only when its input changed. */
export declare function buildNextExample(options?: { log?: (line: string) => void }): {
  appDir: string;
  seconds: number;
  timings: Record<string, number>;
};
