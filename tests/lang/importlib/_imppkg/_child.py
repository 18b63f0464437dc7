# Helper module for the importlib tests.
NAME = "child of " + __name__
