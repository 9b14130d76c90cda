#!/usr/bin/env node
// The package's command: runs the TypeScript CLI straight from a clone, no build step.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
