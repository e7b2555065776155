/**
 * What the detector costs the content script: an esbuild bundle of an entry point with the
 * content script's settings (--bundle --minify --format=esm --platform=browser), raw and gzip -9.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  raw: number;
  gzip: number;
  /** The largest inputs by bytes in the output, to spot a heavy dependency. */
  largest: { path: string; bytes: number }[];
}

export async function bundleSize(entry: URL): Promise<BundleSize> {
  const result = await build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  const inputs = Object.values(result.metafile.outputs)[0]!.inputs;
  const largest = Object.entries(inputs)
    .map(([path, v]) => ({ path, bytes: v.bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 5);
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length, largest };
}
