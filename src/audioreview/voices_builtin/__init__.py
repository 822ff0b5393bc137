"""Built-in voice profiles (TOML files read with importlib.resources)."""
