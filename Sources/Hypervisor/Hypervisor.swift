// Hypervisor module: see README.md, Architecture.
