// Production build of the front end as Jira web-resources. WEB_RESOURCES is the single
// source of the plugin's <web-resource> modules: WebResourceXmlPlugin turns each entry point
// into XML that scripts/build.ts splices into plugin-descriptor/atlassian-plugin.xml.
// Load it through tsx (`node --import tsx scripts/build.ts`): the plugin is TypeScript.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';
import { EsbuildPlugin } from 'esbuild-loader';
import { WebResourceXmlPlugin } from './scripts/descriptor/web-resource-plugin.ts';

const ROOT = path.dirname(fileURLToPath(import.meta.url));

/** Folder of the web-resource files inside the JAR (the start of each `location`). */
export const RESOURCE_DIR = 'frontend';

/** Asset (relative to the output folder) holding the generated <web-resource> XML. */
export const WEB_RESOURCES_XML = 'web-resources.xml';

/**
 * One web-resource per entry point, keyed by web-resource key. `contexts` decides which
 * pages load it: the loader every admin page; the app on demand (WRM.require); the worker
 * never on a page (the app starts it from its download URL).
 */
export const WEB_RESOURCES = {
  'support-bundle-loader': {
    entry: './frontend/src/entry/loader.ts',
    contexts: ['atl.admin'],
    // Provides WRM.require, which the loader calls.
    dependencies: ['com.atlassian.plugins.atlassian-plugins-webresource-rest:web-resource-manager'],
  },
  'support-bundle-app': { entry: './frontend/src/entry/app.tsx', contexts: [] },
  'support-bundle-worker': { entry: './frontend/src/worker/worker.ts', contexts: [] },
};

/**
 * @param {{ outputDir: string }} options outputDir receives RESOURCE_DIR/ and WEB_RESOURCES_XML.
 * @returns {import('webpack').Configuration}
 */
export function createWebpackConfig({ outputDir }) {
  const names = Object.keys(WEB_RESOURCES);
  return {
    mode: 'production',
    context: ROOT,
    target: ['web', 'es2020'],
    entry: Object.fromEntries(names.map((name) => [name, WEB_RESOURCES[name].entry])),
    output: {
      path: outputDir,
      // No content hash: WRM puts its own cache-busting hash in every resource URL.
      filename: `${RESOURCE_DIR}/[name].js`,
      cssFilename: `${RESOURCE_DIR}/[name].css`,
      assetModuleFilename: `${RESOURCE_DIR}/assets/[name]-[contenthash:8][ext]`,
      clean: true,
      // Other webpack builds share admin pages; keep our runtime globals apart.
      uniqueName: 'vilisoftSupportBundle',
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.[cm]?tsx?$/,
          loader: 'esbuild-loader',
          options: { target: 'es2020', jsx: 'automatic' },
        },
      ],
    },
    // Lets the screen import plain .css files (emitted as a CSS resource) without loaders.
    experiments: { css: true },
    devtool: false,
    // No code splitting and no shared runtime: one file per web-resource.
    optimization: {
      splitChunks: false,
      runtimeChunk: false,
      minimizer: [new EsbuildPlugin({ target: 'es2020', legalComments: 'none', css: true })],
    },
    performance: false,
    // @atlaskit's compiled CSS files are atomic classes whose order between packages does not
    // matter; webpack's warning about it would only hide warnings that do.
    ignoreWarnings: [/Conflicting order between css/],
    plugins: [
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: names.length }),
      new WebResourceXmlPlugin({
        entries: WEB_RESOURCES,
        xmlAsset: WEB_RESOURCES_XML,
        transformations: { js: ['jsI18n'] },
      }),
    ],
  };
}
