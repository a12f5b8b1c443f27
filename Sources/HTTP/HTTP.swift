// HTTP module: see README.md, Architecture.
