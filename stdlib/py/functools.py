"""Higher-order functions (the functools module), written in the dialect.

CPython implements reduce, partial, cmp_to_key and the lru_cache wrapper in C;
here they are plain dialect code with the same observable behaviour: the same
cache keys (so f(1) and f(1.0) are separate entries, as in CPython's C cache),
the same hit/miss accounting, the same reprs and error messages.  The cache
wrapper is a closure rather than an object so that it binds as a method like
any function when it decorates one.
"""

from collections import namedtuple

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make `wrapper` look like `wrapped`: copy its metadata, set __wrapped__."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            pass
        else:
            setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last so that copying wrapped.__dict__ cannot overwrite it.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


_NO_INITIAL = object()


def reduce(*args):
    """reduce(function, iterable[, initial]): fold the iterable from the left."""
    count = len(args)
    if count < 2:
        raise TypeError('reduce expected at least 2 arguments, got %d' % count)
    if count > 3:
        raise TypeError('reduce expected at most 3 arguments, got %d' % count)
    function = args[0]
    try:
        it = iter(args[1])
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if count == 3:
        value = args[2]
    else:
        value = _NO_INITIAL
        for element in it:
            value = element
            break
        if value is _NO_INITIAL:
            raise TypeError('reduce() of empty iterable with no initial value')
    for element in it:
        value = function(value, element)
    return value


class partial:
    """partial(func, *args, **keywords): func with some arguments fixed."""

    def __init__(*args, **keywords):
        if len(args) < 2:
            raise TypeError("type 'partial' takes at least one argument")
        self = args[0]
        func = args[1]
        args = args[2:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if type(func) is partial:
            # Flatten partial(partial(f, 1), 2) into partial(f, 1, 2).
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(*args, **keywords):
        self = args[0]
        if self.keywords:
            keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args[1:], **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        for arg in self.args:
            parts.append(repr(arg))
        for name, value in self.keywords.items():
            parts.append('%s=%r' % (name, value))
        kind = type(self)
        name = 'functools.partial' if kind is partial else kind.__qualname__
        return '%s(%s)' % (name, ', '.join(parts))


_CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])

_KWD_MARK = object()


def _make_key(args, kwds, typed):
    """The cache key CPython's C lru_cache builds for a call."""
    if not typed and not kwds:
        if len(args) == 1:
            first = args[0]
            kind = type(first)
            if kind is int or kind is str:
                return first
        return args
    key = args
    if kwds:
        flat = [_KWD_MARK]
        for name, value in kwds.items():
            flat.append(name)
            flat.append(value)
        key = key + tuple(flat)
    if typed:
        key = key + tuple([type(value) for value in args])
        if kwds:
            key = key + tuple([type(value) for value in kwds.values()])
    return key


_MISSING = object()


def _lru_cache_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]  # hits, misses

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.get(key, _MISSING)
            if result is not _MISSING:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        def wrapper(*args, **kwds):
            # The dict's insertion order is the recency order: oldest first.
            key = _make_key(args, kwds, typed)
            result = cache.pop(key, _MISSING)
            if result is not _MISSING:
                cache[key] = result
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # A recursive call already cached this key.
                return result
            if len(cache) >= maxsize:
                for oldest in cache:
                    break
                del cache[oldest]
            cache[key] = result
            return result

    def cache_info():
        """Report cache statistics"""
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics"""
        cache.clear()
        stats[0] = 0
        stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator, used as @lru_cache or @lru_cache(n)."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function = maxsize
        maxsize = 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def cache(user_function):
    """Simple unbounded cache: lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


class KeyWrapper:
    """What cmp_to_key returns when called: compares through the cmp function."""

    __slots__ = ('obj', '_cmp')

    def __init__(self, obj, cmp):
        self.obj = obj
        self._cmp = cmp

    def _compare(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __ge__(self, other):
        return self._compare(other) >= 0

    __hash__ = None


def cmp_to_key(mycmp):
    """Convert an old-style cmp function into a key= function."""
    def key(obj):
        return KeyWrapper(obj, mycmp)
    return key


# total_ordering: each derived comparison, written in terms of the root one.

def _gt_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _le_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _ge_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _ge_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _lt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _gt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _lt_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _ge_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _le_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _le_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _gt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _lt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result


_DERIVED = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def total_ordering(cls):
    """Class decorator filling in the missing rich comparisons from one."""
    roots = []
    for name in _DERIVED:
        if getattr(cls, name, None) is not getattr(object, name, None):
            roots.append(name)
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)  # prefer __lt__, then __le__, __gt__, __ge__
    for name, function in _DERIVED[root]:
        if name not in roots:
            def method(self, other, _function=function):
                return _function(self, other)
            method.__name__ = name
            method.__qualname__ = cls.__qualname__ + '.' + name
            setattr(cls, name, method)
    return cls


_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance, then stored in its __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                'Cannot assign the same cached_property to two different names '
                '(%r and %r).' % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                'Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            store = instance.__dict__
        except AttributeError:
            raise TypeError(
                "No '__dict__' attribute on %r instance to cache %r property."
                % (type(instance).__name__, self.attrname)) from None
        value = store.get(self.attrname, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            store[self.attrname] = value
        return value


def singledispatch(func):
    """Single-dispatch generic function on the type of the first argument."""
    registry = {object: func}

    def dispatch(cls):
        for base in cls.__mro__:
            if base in registry:
                return registry[base]
        return func

    def register(cls, method=None):
        if method is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            annotations = getattr(cls, '__annotations__', None)
            if not annotations:
                raise TypeError(
                    'Invalid first argument to `register()`: %r. Use either '
                    '`@register(some_class)` or plain `@register` on an annotated '
                    'function.' % (cls,))
            method = cls
            for value in annotations.values():
                cls = value
                break
        registry[cls] = method
        return method

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument'
                            % getattr(func, '__name__', 'singledispatch function'))
        return dispatch(type(args[0]))(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper
