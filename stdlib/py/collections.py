"""Container datatypes (the collections module), written in the dialect.

namedtuple builds a tuple subclass per call (the dialect has no exec, so the
generated __new__ binds its arguments by hand and reproduces CPython's
argument errors word for word).  deque is a ring buffer: a list whose length
is a power of two, a head index and a size, so both ends are O(1) and the
buffer doubles when full.  defaultdict, Counter and OrderedDict subclass dict;
OrderedDict relies on dict keeping insertion order and only adds the
operations that reorder keys.
"""

_MAXSIZE = 9223372036854775807

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for',
    'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
    'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'])


def _index(value):
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return method(value)


def _quote_names(names):
    """'x', "'x' and 'y'", "'x', 'y', and 'z'": CPython's missing-argument lists."""
    quoted = ["'%s'" % name for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _field_getter(index):
    def getter(self):
        return self[index]
    return getter


################################################################################
# namedtuple

def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new tuple subclass named typename with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = [str(name) for name in field_names]
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS or name.startswith('_')
                    or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r'
                             % (name,))
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a keyword: %r' % (name,))
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)

    fields = tuple(field_names)
    count = len(fields)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > count:
            raise TypeError('Got more default values than field names')
        for name, value in zip(fields[count - len(defaults):], defaults):
            field_defaults[name] = value
    required = count - len(field_defaults)
    arg_list = ', '.join(fields)
    new_name = typename + '.__new__'

    def bind(args, kwargs):
        # The checks run in CPython's order: keywords, surplus positionals,
        # then missing arguments.
        given = len(args)
        values = list(args[:count])
        values.extend([_UNSET] * (count - len(values)))
        for name in kwargs:
            if name not in fields:
                raise TypeError("%s() got an unexpected keyword argument '%s'"
                                % (new_name, name))
            position = fields.index(name)
            if position < given:
                raise TypeError("%s() got multiple values for argument '%s'"
                                % (new_name, name))
            values[position] = kwargs[name]
        if given > count:
            if required == count:
                expected = '%d positional argument%s' % (count + 1, '' if count == 0 else 's')
            else:
                expected = 'from %d to %d positional arguments' % (required + 1, count + 1)
            raise TypeError('%s() takes %s but %d were given' % (new_name, expected, given + 1))
        missing = [fields[i] for i in range(required) if values[i] is _UNSET]
        if missing:
            raise TypeError('%s() missing %d required positional argument%s: %s'
                            % (new_name, len(missing), '' if len(missing) == 1 else 's',
                               _quote_names(missing)))
        for i in range(required, count):
            if values[i] is _UNSET:
                values[i] = field_defaults[fields[i]]
        return values

    def new(cls, *args, **kwargs):
        if not kwargs and len(args) == count:
            return tuple.__new__(cls, args)
        return tuple.__new__(cls, bind(args, kwargs))

    new.__name__ = '__new__'
    new.__qualname__ = new_name
    new.__doc__ = 'Create new instance of %s(%s)' % (typename, arg_list)

    class _NamedTuple(tuple):
        __slots__ = ()
        _fields = fields
        _field_defaults = field_defaults
        __match_args__ = fields
        __new__ = new

        @classmethod
        def _make(cls, iterable):
            result = tuple.__new__(cls, iterable)
            if len(result) != count:
                raise TypeError('Expected %d arguments, got %d' % (count, len(result)))
            return result

        def _replace(self, **kwds):
            result = self._make([kwds.pop(name, value) for name, value in zip(fields, self)])
            if kwds:
                raise ValueError('Got unexpected field names: %r' % (list(kwds),))
            return result

        def __repr__(self):
            parts = ['%s=%r' % (name, value) for name, value in zip(fields, self)]
            return '%s(%s)' % (self.__class__.__name__, ', '.join(parts))

        def _asdict(self):
            return dict(zip(fields, self))

        def __getnewargs__(self):
            return tuple(self)

    cls = _NamedTuple
    cls.__name__ = typename
    cls.__qualname__ = typename
    cls.__doc__ = '%s(%s)' % (typename, arg_list)
    cls.__module__ = '__main__' if module is None else module
    for index, name in enumerate(fields):
        setattr(cls, name, property(_field_getter(index), None, None,
                                    'Alias for field number %d' % index))
    return cls


_UNSET = object()


################################################################################
# deque

class deque:
    """deque([iterable[, maxlen]]): a double-ended queue, O(1) at both ends."""

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            maxlen = int(maxlen)
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._buf = [None] * 8
        self._mask = 7
        self._head = 0
        self._size = 0
        self._state = 0
        if iterable is not ():
            self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _grow(self):
        items = self._items()
        capacity = 2 * len(self._buf)
        items.extend([None] * (capacity - len(items)))
        self._buf = items
        self._mask = capacity - 1
        self._head = 0

    def _items(self):
        """The elements in order, as a new list."""
        buf = self._buf
        head = self._head
        end = head + self._size
        if end <= len(buf):
            return buf[head:end]
        return buf[head:] + buf[:end - len(buf)]

    def _reset(self, items):
        capacity = 8
        while capacity < len(items):
            capacity *= 2
        self._size = len(items)
        items.extend([None] * (capacity - len(items)))
        self._buf = items
        self._mask = capacity - 1
        self._head = 0
        self._state += 1

    def append(self, x):
        """Add an element to the right side of the deque."""
        maxlen = self._maxlen
        if maxlen is not None and self._size >= maxlen:
            if maxlen == 0:
                return
            self.popleft()
        if self._size == len(self._buf):
            self._grow()
        self._buf[(self._head + self._size) & self._mask] = x
        self._size += 1
        self._state += 1

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        maxlen = self._maxlen
        if maxlen is not None and self._size >= maxlen:
            if maxlen == 0:
                return
            self.pop()
        if self._size == len(self._buf):
            self._grow()
        head = (self._head - 1) & self._mask
        self._buf[head] = x
        self._head = head
        self._size += 1
        self._state += 1

    def pop(self):
        """Remove and return the rightmost element."""
        if self._size == 0:
            raise IndexError('pop from an empty deque')
        self._size -= 1
        index = (self._head + self._size) & self._mask
        value = self._buf[index]
        self._buf[index] = None
        self._state += 1
        return value

    def popleft(self):
        """Remove and return the leftmost element."""
        if self._size == 0:
            raise IndexError('pop from an empty deque')
        head = self._head
        value = self._buf[head]
        self._buf[head] = None
        self._head = (head + 1) & self._mask
        self._size -= 1
        self._state += 1
        return value

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = self._items()
        for element in iterable:
            self.append(element)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = self._items()
        for element in iterable:
            self.appendleft(element)

    def clear(self):
        """Remove all elements from the deque."""
        self._reset([])

    def copy(self):
        """Return a shallow copy of a deque."""
        return type(self)(self._items(), self._maxlen)

    __copy__ = copy

    def count(self, value):
        """Return number of occurrences of value."""
        total = 0
        for element in self._items():
            if element is value or element == value:
                total += 1
        return total

    def index(self, value, start=0, stop=_MAXSIZE):
        """Return first index of value."""
        try:
            start = _index(start)
            stop = _index(stop)
        except TypeError:
            raise TypeError('slice indices must be integers or have an __index__ method') \
                from None
        size = self._size
        if start < 0:
            start = max(start + size, 0)
        if stop < 0:
            stop = max(stop + size, 0)
        stop = min(stop, size)
        buf = self._buf
        mask = self._mask
        head = self._head
        state = self._state
        for i in range(start, stop):
            element = buf[(head + i) & mask]
            if element is value or element == value:
                return i
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError('%r is not in deque' % (value,))

    def insert(self, index, value):
        """Insert value before index."""
        if self._maxlen is not None and self._size >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        items = self._items()
        items.insert(index, value)
        self._reset(items)

    def remove(self, value):
        """Remove first occurrence of value."""
        items = self._items()
        for i in range(len(items)):
            element = items[i]
            if element is value or element == value:
                del items[i]
                self._reset(items)
                return
        raise ValueError('%r is not in deque' % (value,))

    def reverse(self):
        """Reverse *IN PLACE*."""
        items = self._items()
        items.reverse()
        self._reset(items)

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1)."""
        n = _index(n)
        size = self._size
        if size <= 1:
            return
        n %= size
        if n == 0:
            return
        if n <= size // 2:
            for _ in range(n):
                self.appendleft(self.pop())
        else:
            for _ in range(size - n):
                self.append(self.popleft())

    def _position(self, index):
        if not isinstance(index, int):
            if getattr(type(index), '__index__', None) is None:
                raise TypeError('sequence index must be integer, not %r'
                                % type(index).__name__)
            index = _index(index)
        if index < 0:
            index += self._size
        if index < 0 or index >= self._size:
            raise IndexError('deque index out of range')
        return (self._head + index) & self._mask

    def __getitem__(self, index):
        return self._buf[self._position(index)]

    def __setitem__(self, index, value):
        self._buf[self._position(index)] = value

    def __delitem__(self, index):
        self._position(index)
        items = self._items()
        del items[index]
        self._reset(items)

    def __len__(self):
        return self._size

    def __bool__(self):
        return self._size != 0

    def __iter__(self):
        state = self._state
        buf = self._buf
        mask = self._mask
        head = self._head
        for i in range(self._size):
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
            yield buf[(head + i) & mask]
        if state != self._state:
            raise RuntimeError('deque mutated during iteration')

    def __reversed__(self):
        state = self._state
        buf = self._buf
        mask = self._mask
        head = self._head
        for i in range(self._size - 1, -1, -1):
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
            yield buf[(head + i) & mask]

    def __contains__(self, value):
        for element in self._items():
            if element is value or element == value:
                return True
        return False

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '[...]'
        _repr_running.add(key)
        try:
            body = repr(self._items())
        finally:
            _repr_running.discard(key)
        name = type(self).__name__
        if self._maxlen is None:
            return '%s(%s)' % (name, body)
        return '%s(%s, maxlen=%d)' % (name, body, self._maxlen)

    def __hash__(self):
        # CPython's deque is unhashable and names itself 'collections.deque'.
        kind = type(self)
        name = 'collections.deque' if kind is deque else kind.__name__
        raise TypeError("unhashable type: '%s'" % name)

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, times):
        result = self.copy()
        result *= times
        return result

    __rmul__ = __mul__

    def __imul__(self, times):
        if not isinstance(times, int):
            if getattr(type(times), '__index__', None) is None:
                raise TypeError("can't multiply sequence by non-int of type '%s'"
                                % type(times).__name__)
            times = _index(times)
        if times <= 0:
            self.clear()
            return self
        items = self._items()
        for _ in range(times - 1):
            self.extend(items)
        return self


_repr_running = set()


################################################################################
# defaultdict

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]): a dict that makes missing values."""

    def __init__(self, *args, **kwargs):
        factory = None
        if args:
            factory = args[0]
            args = args[1:]
            if factory is not None and not callable(factory):
                raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = factory

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            factory_repr = 'None'
        else:
            key = id(self)
            if key in _repr_running:
                factory_repr = '...'
            else:
                _repr_running.add(key)
                try:
                    factory_repr = repr(factory)
                finally:
                    _repr_running.discard(key)
        return '%s(%s, %s)' % (type(self).__name__, factory_repr, dict.__repr__(self))

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result


################################################################################
# Counter

def _count_of(item):
    return item[1]


class Counter(dict):
    """Counter([iterable-or-mapping], **kwds): a dict from elements to counts."""

    def __init__(self, iterable=None, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts, most common first."""
        ordered = sorted(self.items(), key=_count_of, reverse=True)
        if n is None:
            return ordered
        if n <= 0:
            return []
        return ordered[:n]

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        return _elements(list(self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, **kwds):
        """Add counts from an iterable or mapping (and keyword arguments)."""
        if iterable is not None:
            if isinstance(iterable, dict):
                if self:
                    get = self.get
                    for element, count in iterable.items():
                        self[element] = count + get(element, 0)
                else:
                    dict.update(self, iterable)
            else:
                get = self.get
                for element in iterable:
                    self[element] = get(element, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, **kwds):
        """Subtract counts from an iterable or mapping (and keyword arguments)."""
        if iterable is not None:
            get = self.get
            if isinstance(iterable, dict):
                for element, count in iterable.items():
                    self[element] = get(element, 0) - count
            else:
                for element in iterable:
                    self[element] = get(element, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    __copy__ = copy

    def __delitem__(self, element):
        if element in self:
            dict.__delitem__(self, element)

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return '%s()' % name
        try:
            body = dict(self.most_common())
        except TypeError:
            body = dict(self)
        return '%s(%r)' % (name, body)

    # Comparisons treat missing elements as zero counts (CPython 3.10+).

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for element in self:
            if not self[element] == other[element]:
                return False
        for element in other:
            if not self[element] == other[element]:
                return False
        return True

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for element in self:
            if not self[element] <= other[element]:
                return False
        for element in other:
            if not self[element] <= other[element]:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for element in self:
            if not self[element] >= other[element]:
                return False
        for element in other:
            if not self[element] >= other[element]:
                return False
        return True

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            total = count + other[element]
            if total > 0:
                result[element] = total
        for element, count in other.items():
            if element not in self and count > 0:
                result[element] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            difference = count - other[element]
            if difference > 0:
                result[element] = difference
        for element, count in other.items():
            if element not in self and count < 0:
                result[element] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            other_count = other[element]
            largest = other_count if count < other_count else count
            if largest > 0:
                result[element] = largest
        for element, count in other.items():
            if element not in self and count > 0:
                result[element] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            other_count = other[element]
            smallest = count if count < other_count else other_count
            if smallest > 0:
                result[element] = smallest
        return result

    def __pos__(self):
        result = Counter()
        for element, count in self.items():
            if count > 0:
                result[element] = count
        return result

    def __neg__(self):
        result = Counter()
        for element, count in self.items():
            if count < 0:
                result[element] = 0 - count
        return result

    def _keep_positive(self):
        for element in [element for element, count in self.items() if not count > 0]:
            del self[element]
        return self

    def __iadd__(self, other):
        for element, count in other.items():
            self[element] += count
        return self._keep_positive()

    def __isub__(self, other):
        for element, count in other.items():
            self[element] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for element, other_count in other.items():
            if other_count > self[element]:
                self[element] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for element, count in list(self.items()):
            other_count = other[element]
            if other_count < count:
                self[element] = other_count
        return self._keep_positive()


def _elements(pairs):
    for element, count in pairs:
        for _ in range(count):
            yield element


################################################################################
# OrderedDict

class OrderedDict(dict):
    """A dict that remembers insertion order and can reorder its keys."""

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or the beginning if last is false)."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for other_key, other_value in rest:
            dict.__setitem__(self, other_key, other_value)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair, LIFO by default, FIFO if last is false."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        for key in dict.keys(self):
            break
        return (key, dict.pop(self, key))

    def __reversed__(self):
        return reversed(list(dict.keys(self)))

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return '%s()' % name
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return '%s(%r)' % (name, list(self.items()))
        finally:
            _repr_running.discard(key)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            for mine, theirs in zip(self, other):
                if not (mine is theirs or mine == theirs):
                    return False
            return True
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        result = cls()
        for key in iterable:
            result[key] = value
        return result

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.__class__(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.__class__(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self
