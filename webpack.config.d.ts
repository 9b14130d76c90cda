// Types of webpack.config.js (plain JS, outside the TS project) for scripts/build.ts.
import type { Configuration } from 'webpack';

export interface WebResourceDefinition {
  entry: string;
  contexts: readonly string[];
  dependencies?: readonly string[];
}

export declare const RESOURCE_DIR: string;
export declare const WEB_RESOURCES_XML: string;
export declare const WEB_RESOURCES: Readonly<Record<string, WebResourceDefinition>>;
export declare function createWebpackConfig(options: { outputDir: string }): Configuration;
