#!/usr/bin/env node
// The CLI runs the committed bundle, so `npx slotflip` and the action run the same code.
import '../dist/cli/index.js';
