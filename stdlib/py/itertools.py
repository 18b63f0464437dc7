"""Iterator building blocks (the itertools module), written in the dialect.

Most tools are generator functions: they are the cheapest iterators the VM has.
CPython's itertools objects do their argument checking and call iter() on their
inputs when they are built, not on the first next(), so each public function
checks its arguments and takes the iterators eagerly, then hands them to a
private generator; at the end of the module each public function becomes a
class of that name (_itertools.iterator_type) whose instances are those
generators relabelled, so type(chain()) is chain as in CPython while iteration
keeps the generator's speed.  count and repeat are classes because scripts print their
reprs ("count(5)", "repeat('a', 2)"); groupby and tee are classes because their
sub-iterators share state with the parent object.
"""

from _itertools import iterator_type as _iterator_type, retype as _retype

_MAXSIZE = 9223372036854775807


def _index(value):
    """operator.index: ints pass (bools become ints), __index__ is honoured."""
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return method(value)


def _is_number(value):
    if isinstance(value, (int, float)):
        return True
    kind = type(value)
    return (hasattr(kind, '__index__') or hasattr(kind, '__int__')
            or hasattr(kind, '__float__') or hasattr(kind, '__complex__'))


def _same(a, b):
    """PyObject_RichCompareBool(a, b, Py_EQ): identity implies equality."""
    return a is b or a == b


class count:
    """count(start=0, step=1): start, start + step, start + 2 * step, ..."""

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        if isinstance(start, int) and isinstance(step, int) and step == 1:
            start = int(start)
            step = 1
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return 'count(%r)' % (self._value,)
        return 'count(%r, %r)' % (self._value, step)


class repeat:
    """repeat(object[, times]): object, endlessly or `times` times."""

    def __init__(self, object, times=None):
        self._object = object
        if times is None:
            self._left = -1
        else:
            times = _index(times)
            self._left = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        left = self._left
        if left == 0:
            raise StopIteration
        if left > 0:
            self._left = left - 1
        return self._object

    def __length_hint__(self):
        if self._left < 0:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left < 0:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._left)


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def cycle(*args):
    if len(args) != 1:
        raise TypeError('cycle expected 1 argument, got %d' % len(args))
    return _cycle(iter(args[0]))


def _chain(iterables):
    for iterable in iterables:
        yield from iterable


def chain(*iterables):
    """chain(*iterables): the items of each iterable in turn."""
    return _chain(iterables)


def _from_iterable(iterable):
    """chain.from_iterable(iterable): like chain(*iterable), but lazy."""
    return _retype(_chain(iter(iterable)), chain)


def _islice(it, start, stop, step):
    # Mirrors CPython's consumption exactly: skipped items are read lazily, and
    # after the last item the iterator is advanced up to `stop`.
    position = 0
    wanted = start
    while True:
        while position < wanted:
            try:
                next(it)
            except StopIteration:
                return
            position += 1
        if stop is not None and position >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        position += 1
        wanted += step
        if stop is not None and wanted > stop:
            wanted = stop
        yield item


def _islice_arg(value):
    """PyNumber_AsSsize_t with errors cleared: -1 when not an index or too big."""
    try:
        value = _index(value)
    except TypeError:
        return -1
    if value > _MAXSIZE or value < -_MAXSIZE - 1:
        return -1
    return value


def islice(*args, **kwargs):
    if kwargs:
        raise TypeError('islice() takes no keyword arguments')
    count_args = len(args)
    if count_args < 2:
        raise TypeError('islice expected at least 2 arguments, got %d' % count_args)
    if count_args > 4:
        raise TypeError('islice expected at most 4 arguments, got %d' % count_args)
    start = 0
    stop = -1
    step = 1
    stop_error = ('Stop argument for islice() must be None or an integer: '
                  '0 <= x <= sys.maxsize.')
    if count_args == 2:
        if args[1] is not None:
            stop = _islice_arg(args[1])
            if stop == -1:
                raise ValueError(stop_error)
    else:
        if args[1] is not None:
            start = _islice_arg(args[1])
        if args[2] is not None:
            stop = _islice_arg(args[2])
            if stop == -1:
                raise ValueError(stop_error)
    if start < 0 or stop < -1:
        raise ValueError('Indices for islice() must be None or an integer: '
                         '0 <= x <= sys.maxsize.')
    if count_args == 4 and args[3] is not None:
        step = _islice_arg(args[3])
    if step < 1:
        raise ValueError('Step for islice() must be a positive integer or None.')
    it = iter(args[0])
    return _islice(it, start, None if stop == -1 else stop, step)


def _product(pools):
    for pool in pools:
        if not pool:
            return
    count_pools = len(pools)
    if count_pools == 0:
        yield ()
        return
    indices = [0] * count_pools
    current = [pool[0] for pool in pools]
    while True:
        yield tuple(current)
        # Advance the rightmost index that can move, resetting those after it.
        i = count_pools - 1
        while i >= 0:
            pool = pools[i]
            index = indices[i] + 1
            if index < len(pool):
                indices[i] = index
                current[i] = pool[index]
                break
            indices[i] = 0
            current[i] = pool[0]
            i -= 1
        if i < 0:
            return


def product(*iterables, **kwargs):
    repeat_count = 1
    for name in kwargs:
        if name != 'repeat':
            raise TypeError("'%s' is an invalid keyword argument for product()" % name)
        repeat_count = _index(kwargs[name])
    if repeat_count < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(iterable) for iterable in iterables] * repeat_count
    return _product(pools)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    # cycles[i] counts how many more values position i may take.
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                moved = indices[i]
                del indices[i]
                indices.append(moved)
                cycles[i] = n - i
            else:
                j = n - cycles[i]
                indices[i], indices[j] = indices[j], indices[i]
                yield tuple([pool[k] for k in indices[:r]])
                break
            i -= 1
        if i < 0:
            return


def permutations(iterable, r=None):
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    else:
        if not isinstance(r, int):
            raise TypeError('Expected int as r')
        if r < 0:
            raise ValueError('r must be non-negative')
    return _permutations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[k] for k in indices])


def combinations(iterable, r):
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(tuple(iterable), r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if n == 0 and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        value = indices[i] + 1
        for j in range(i, r):
            indices[j] = value
        yield tuple([pool[k] for k in indices])


def combinations_with_replacement(iterable, r):
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations_with_replacement(tuple(iterable), r)


def _accumulate(it, func, initial):
    total = initial
    if total is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def accumulate(iterable, func=None, *, initial=None):
    return _accumulate(iter(iterable), func, initial)


_EMPTY = object()


class groupby:
    """groupby(iterable, key=None): (key, group) pairs of consecutive runs.

    As in CPython, a group iterator is valid only until the groupby object
    advances: an older group then yields nothing.
    """

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._target = _EMPTY
        self._current_key = _EMPTY
        self._current_value = _EMPTY
        self._current_group = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        keyfunc = self._keyfunc
        key = value if keyfunc is None else keyfunc(value)
        self._current_value = value
        self._current_key = key

    def __next__(self):
        self._current_group = None
        while True:
            if self._current_key is _EMPTY:
                pass
            elif self._target is _EMPTY:
                break
            elif not _same(self._target, self._current_key):
                break
            self._step()
        self._target = self._current_key
        group = _grouper(self, self._target)
        self._current_group = group
        return (self._current_key, group)


class _grouper:
    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._current_group is not self:
            raise StopIteration
        if parent._current_value is _EMPTY:
            parent._step()
        if not _same(self._key, parent._current_key):
            raise StopIteration
        value = parent._current_value
        parent._current_value = _EMPTY
        return value


def _zip_longest(its, fillvalue):
    count_its = len(its)
    if count_its == 0:
        return
    active = count_its
    while True:
        row = []
        for i in range(count_its):
            it = its[i]
            if it is None:
                row.append(fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if active == 0:
                    return
                its[i] = None
                value = fillvalue
            row.append(value)
        yield tuple(row)


def zip_longest(*iterables, **kwargs):
    fillvalue = None
    if kwargs:
        if len(kwargs) != 1 or 'fillvalue' not in kwargs:
            raise TypeError('zip_longest() got an unexpected keyword argument')
        fillvalue = kwargs['fillvalue']
    return _zip_longest([iter(iterable) for iterable in iterables], fillvalue)


def _starmap(func, it):
    for args in it:
        yield func(*args)


def starmap(*args):
    if len(args) != 2:
        raise TypeError('starmap expected 2 arguments, got %d' % len(args))
    return _starmap(args[0], iter(args[1]))


def _takewhile(predicate, it):
    for element in it:
        if not predicate(element):
            return
        yield element


def takewhile(*args):
    if len(args) != 2:
        raise TypeError('takewhile expected 2 arguments, got %d' % len(args))
    return _takewhile(args[0], iter(args[1]))


def _dropwhile(predicate, it):
    for element in it:
        if not predicate(element):
            yield element
            break
    yield from it


def dropwhile(*args):
    if len(args) != 2:
        raise TypeError('dropwhile expected 2 arguments, got %d' % len(args))
    return _dropwhile(args[0], iter(args[1]))


def _filterfalse(predicate, it):
    if predicate is None:
        for element in it:
            if not element:
                yield element
    else:
        for element in it:
            if not predicate(element):
                yield element


def filterfalse(*args):
    if len(args) != 2:
        raise TypeError('filterfalse expected 2 arguments, got %d' % len(args))
    return _filterfalse(args[0], iter(args[1]))


def _compress(data, selectors):
    for element in data:
        try:
            selector = next(selectors)
        except StopIteration:
            return
        if selector:
            yield element


def compress(data, selectors):
    return _compress(iter(data), iter(selectors))


def _pairwise(it):
    try:
        previous = next(it)
    except StopIteration:
        return
    for element in it:
        yield (previous, element)
        previous = element


def pairwise(*args):
    if len(args) != 1:
        raise TypeError('pairwise expected 1 argument, got %d' % len(args))
    return _pairwise(iter(args[0]))


class _tee:
    """One branch of tee(): reads a linked list of cells shared by all branches.

    A cell is [value, next_cell]; next_cell is None until some branch reads
    that far, so values no branch still needs become garbage.
    """

    def __init__(self, it, cell):
        self._it = it
        self._cell = cell

    def __iter__(self):
        return self

    def __next__(self):
        cell = self._cell
        if cell[1] is None:
            value = next(self._it)
            cell[0] = value
            cell[1] = [None, None]
        self._cell = cell[1]
        return cell[0]

    def __copy__(self):
        return _tee(self._it, self._cell)


def tee(*args):
    if len(args) < 1:
        raise TypeError('tee expected at least 1 argument, got 0')
    if len(args) > 2:
        raise TypeError('tee expected at most 2 arguments, got %d' % len(args))
    n = 2 if len(args) == 1 else _index(args[1])
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    # As in CPython, an iterator that can copy itself (a tee branch) is reused
    # as the first result rather than wrapped again.
    first = iter(args[0])
    if not hasattr(first, '__copy__'):
        first = _tee(first, [None, None])
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


# The generator-based tools as classes (see the module docstring).
chain = _iterator_type('chain', chain, from_iterable=staticmethod(_from_iterable))
cycle = _iterator_type('cycle', cycle)
islice = _iterator_type('islice', islice)
product = _iterator_type('product', product)
permutations = _iterator_type('permutations', permutations)
combinations = _iterator_type('combinations', combinations)
combinations_with_replacement = _iterator_type('combinations_with_replacement',
                                               combinations_with_replacement)
accumulate = _iterator_type('accumulate', accumulate)
zip_longest = _iterator_type('zip_longest', zip_longest)
starmap = _iterator_type('starmap', starmap)
takewhile = _iterator_type('takewhile', takewhile)
dropwhile = _iterator_type('dropwhile', dropwhile)
filterfalse = _iterator_type('filterfalse', filterfalse)
compress = _iterator_type('compress', compress)
pairwise = _iterator_type('pairwise', pairwise)
