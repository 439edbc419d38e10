// Loaded with `node --import` before a command: prints the process's peak resident memory as it exits.
process.on('exit', () => process.stderr.write(`max-rss-kb ${process.resourceUsage().maxRSS}\n`));
