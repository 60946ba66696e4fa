#!/usr/bin/env node
// Runs the TypeScript command line on Node 20 without a build step: tsx compiles it on the fly.
import { register } from 'tsx/esm/api';

register();
const { main } = await import(new URL('./main.ts', import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));
