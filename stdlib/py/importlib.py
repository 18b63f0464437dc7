"""importlib: import_module only.

The import goes through __import__, so it reaches exactly the modules the
import statement reaches (the script's folder and the standard library),
through the same restricted loader.
"""

__all__ = ['import_module']


def import_module(name, package=None):
    """Imports a module by name and returns it (not its top-level package).
    A relative name ('.mod', '..mod') needs `package`, the anchor."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        while level < len(name) and name[level] == '.':
            level += 1
    globals_ = {'__package__': package, '__name__': package if package else '__main__'}
    return __import__(name[level:], globals_, None, ['__name__'], level)
