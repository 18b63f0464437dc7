# Classes (next milestone): container and comparison protocols, properties, exceptions.
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
        return self
    def __len__(self):
        return len(self._items)
    def __getitem__(self, i):
        return self._items[i]
    def __contains__(self, x):
        return x in self._items
    def __iter__(self):
        return iter(reversed(self._items))
    def __bool__(self):
        return bool(self._items)
    @property
    def top(self):
        return self._items[-1]
s = Stack().push(1).push(2).push(3)
print(len(s), s[0], 2 in s, list(s), bool(s), bool(Stack()), s.top)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __repr__(self):
        return '$%d.%02d' % divmod(self.cents, 100)
print(sorted([Money(250), Money(99), Money(1000)]), max(Money(5), Money(7)))
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise AppError(42, 'custom failure')
except Exception as e:
    print(type(e).__name__, e.code, e, e.args)
