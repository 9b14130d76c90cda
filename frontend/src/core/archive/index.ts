/** The bundle format: build a zip, verify one. See docs/bundle-format.md. */
export { buildBundle, PRODUCT_NAME, type BuiltBundle, type BundleInput } from './build.ts';
export { verifyBundle, type VerifyResult } from './verify.ts';
export { bundleFileName } from './file-name.ts';
export { sourceStatuses } from './manifest.ts';
export { sha256Hex } from './sha256.ts';
export * from './layout.ts';
