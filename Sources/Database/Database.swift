// Database module: see README.md, Architecture.
