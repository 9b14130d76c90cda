// Emits the <web-resource> XML for every webpack entry point as an extra asset.
//
// Why our own plugin instead of atlassian-webresource-webpack-plugin 5.0.1: that plugin
// requires webpack internals by their old file paths (`webpack/lib/ExternalModule`,
// `webpack/lib/DllModule`), which webpack 5.113 moved (`lib/externals/`, `lib/dll/`), so it
// throws "Cannot find module" as soon as it is loaded. We need none of its runtime patches
// (async chunks through WRM, provided dependencies): this build has no code splitting.
import webpack from 'webpack';
import type { Compilation, Compiler } from 'webpack';
import {
  renderWebResources,
  type TransformationMap,
  type WebResourceSpec,
} from './web-resource-xml.ts';

export interface WebResourceEntry {
  contexts: readonly string[];
  dependencies?: readonly string[];
}

export interface WebResourceXmlPluginOptions {
  /** Entry point name (= web-resource key) → where Jira loads it. */
  entries: Readonly<Record<string, WebResourceEntry>>;
  /** Asset name of the generated XML, relative to webpack's output path. */
  xmlAsset: string;
  transformations?: TransformationMap;
}

const PLUGIN_NAME = 'WebResourceXmlPlugin';

export class WebResourceXmlPlugin {
  constructor(private readonly options: WebResourceXmlPluginOptions) {}

  apply(compiler: Compiler): void {
    compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN_NAME, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => this.emitXml(compilation),
      );
    });
  }

  private emitXml(compilation: Compilation): void {
    const specs: WebResourceSpec[] = [];
    for (const [name, entry] of Object.entries(this.options.entries)) {
      const entrypoint = compilation.entrypoints.get(name);
      if (!entrypoint) {
        compilation.errors.push(new webpack.WebpackError(`No webpack entry point named ${name}.`));
        continue;
      }
      const files = new Set<string>();
      for (const chunk of entrypoint.chunks) {
        for (const file of chunk.files) files.add(file);
        // e.g. fonts or images referenced from CSS.
        for (const file of chunk.auxiliaryFiles) files.add(file);
      }
      specs.push({
        key: name,
        contexts: entry.contexts,
        dependencies: entry.dependencies ?? [],
        files: [...files],
      });
    }
    const entryChunkCount = [...compilation.entrypoints.values()].reduce(
      (count, entrypoint) => count + entrypoint.chunks.length,
      0,
    );
    if (compilation.chunks.size !== entryChunkCount) {
      compilation.errors.push(
        new webpack.WebpackError(
          `The build produced ${compilation.chunks.size} chunks for ${compilation.entrypoints.size} entry points. ` +
            'Each web-resource must be one file: remove dynamic import() or split chunks.',
        ),
      );
    }
    const xml = renderWebResources(specs, this.options.transformations);
    compilation.emitAsset(this.options.xmlAsset, new webpack.sources.RawSource(xml));
  }
}
