// Runs the production webpack build through webpack's Node API.
import webpack from 'webpack';
import { createWebpackConfig } from '../../webpack.config.js';

export interface WebpackResult {
  errors: string[];
  warnings: string[];
}

export function runWebpack(outputDir: string): Promise<WebpackResult> {
  const compiler = webpack(createWebpackConfig({ outputDir }));
  return new Promise((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error || !stats) {
        reject(error ?? new Error('webpack returned no stats'));
        return;
      }
      const info = stats.toJson({ all: false, errors: true, warnings: true });
      resolve({
        errors: (info.errors ?? []).map((e) => e.message),
        warnings: (info.warnings ?? []).map((w) => w.message),
      });
    });
  });
}
