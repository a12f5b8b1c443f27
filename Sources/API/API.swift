// API module: see README.md, Architecture.
