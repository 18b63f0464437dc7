"""Shallow and deep copies (the copy module), written in the dialect.

Follows CPython's copy.py: per-type copiers for the built-in containers,
the __copy__/__deepcopy__ hooks, and for other objects the reduce protocol
(a class's own __reduce_ex__/__reduce__) or, by default, a new object of the
same class with the instance's attributes copied over. deepcopy's memo maps
id(original) to its copy, which is registered before the copy's contents are
filled so that cycles resolve to the copy.
"""


class Error(Exception):
    pass


error = Error

_nil = []


def _is_atomic(x):
    cls = type(x)
    return (x is None or x is NotImplemented or x is Ellipsis
            or cls in (int, float, bool, str, bytes, range, type, property)
            or isinstance(x, type) or callable(x) and cls.__name__ in (
                'function', 'builtin_function_or_method', 'method'))


def _user_reductor(cls, name):
    method = getattr(cls, name, None)
    if method is None or method is getattr(object, name, None):
        return None
    return method


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in (list, dict, set):
        return x.copy()
    if cls in (tuple, frozenset) or _is_atomic(x):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reduce_copy(x, None, False)


def deepcopy(x, memo=None, _nil=_nil):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls is list:
        y = _deepcopy_list(x, memo)
    elif cls is dict:
        y = _deepcopy_dict(x, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls in (set, frozenset):
        y = cls([deepcopy(item, memo) for item in x])
    elif _is_atomic(x):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reduce_copy(x, memo, True)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    for a in x:
        y.append(deepcopy(a, memo))
    return y


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # A cycle through a list may have copied this tuple already.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _keep_alive(x, memo):
    # CPython keeps the originals alive in the memo (so their ids stay
    # unique while it is in use); scripts can observe it, so do the same.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reduce_copy(x, memo, deep):
    cls = type(x)
    reductor = _user_reductor(cls, '__reduce_ex__')
    if reductor is not None:
        rv = reductor(x, 4)
    else:
        reductor = _user_reductor(cls, '__reduce__')
        rv = reductor(x) if reductor is not None else None
    if rv is not None:
        if isinstance(rv, str):
            return x
        return _reconstruct(x, memo, deep, *rv)
    if isinstance(x, BaseException):
        y = cls(*x.args)
        if deep:
            memo[id(x)] = y
        _set_state(y, _instance_state(x), memo, deep)
        return y
    if cls.__name__ in ('generator', 'module'):
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    y = object.__new__(cls)
    if deep:
        memo[id(x)] = y
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    getstate = _user_reductor(cls, '__getstate__')
    state = getstate(x) if getstate is not None else _instance_state(x)
    _set_state(y, state, memo, deep)
    return y


def _instance_state(x):
    try:
        state = x.__dict__
    except AttributeError:
        return None
    return state if state else None


def _set_state(y, state, memo, deep):
    if not state:
        return
    if deep:
        state = deepcopy(state, memo)
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        for key, value in state.items():
            setattr(y, key, value)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _reconstruct(x, memo, deep, func, args, state=None, listiter=None, dictiter=None, *rest):
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    _set_state(y, state, memo, deep)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
