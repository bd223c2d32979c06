#!/usr/bin/env node
// The command line lives in the compiled library: `npm run build -w @territoires/open-badges` first.
import { main, nodeIo } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2), nodeIo());
