"""The `kabar` command, thin over the library."""
