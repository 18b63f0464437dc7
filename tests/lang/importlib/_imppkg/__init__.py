# Helper package for the importlib tests (not a test itself).
VALUE = "pkg"
