"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

capy's own implementation of CPython 3.11's enum module, on top of the VM's
metaclass support. EnumType.__new__ turns the plain attributes of the class
body into members (instances of the new class), in definition order; the
metaclass then gives the class its container protocol (iteration, len, `in`,
lookup by value with Color(1) and by name with Color['RED']) and guards the
members against reassignment.

Differences from CPython, on purpose: there is no __prepare__ namespace, so
reusing a member name in the class body silently keeps the last value
instead of raising, and auto() values are resolved when the class is built
(same results, in the same order). Members named `name` or `value` are not
supported, and members of enums mixed with int, str or tuple (IntEnum,
StrEnum) cannot carry extra attributes: capy gives instances of those
subclasses no attribute dict.
"""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'ReprEnum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'auto', 'unique']


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_descriptor(obj):
    if isinstance(obj, (_function_type, staticmethod, classmethod, property)):
        return True
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


_function_type = type(_is_sunder)


class _MembersView:
    """The read-only mapping behind Enum.__members__ (CPython's mappingproxy)."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return dict(self._mapping)

    def __eq__(self, other):
        return self._mapping == other

    def __str__(self):
        return str(self._mapping)

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)


def _find_data_type(bases):
    """The built-in type mixed into the members (int for IntEnum), or object."""
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                continue
            return base
    return object


class EnumType(type):
    """Metaclass for Enum."""

    def __new__(metacls, cls, bases, classdict, boundary=None, _simple=False, **kwds):
        member_type = _find_data_type(bases)
        first_enum = None
        for base in bases:
            if isinstance(base, EnumType):
                if base._member_names_:
                    raise TypeError('%r cannot extend %r' % (_repr_pending(cls, metacls), base))
                first_enum = base
        # The member definitions: plain attributes that are neither dunder,
        # sunder, nor descriptors (methods, properties).
        members = []
        for key, value in classdict.items():
            if _is_dunder(key) or _is_sunder(key) or _is_descriptor(value):
                if isinstance(value, auto):
                    raise TypeError('auto() cannot be used for %r' % (key,))
                continue
            members.append((key, value))
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        body = {}
        for key, value in classdict.items():
            if key not in ignore and key != '_ignore_':
                body[key] = value
        members = [(k, v) for k, v in members if k not in ignore]
        for key, value in members:
            del body[key]
        custom_new = body.get('__new__')
        if custom_new is not None:
            del body['__new__']
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_member_type_'] = member_type
        body['_member_slots_'] = {}
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        if custom_new is not None:
            new_member = custom_new
        elif first_enum is not None and first_enum._new_member_ is not None:
            new_member = first_enum._new_member_
        else:
            new_member = None
        type.__setattr__(enum_class, '_new_member_', new_member)
        # The enum's own repr/str/format win over those of a mixed-in data
        # type (int.__repr__ would otherwise come first in the MRO).
        if first_enum is not None:
            for name in ('__repr__', '__str__', '__format__'):
                if name in body:
                    continue
                found = getattr(enum_class, name)
                if found is getattr(member_type, name, None) or found is getattr(object, name):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))

        generate = enum_class._generate_next_value_
        last_values = []
        for name, value in members:
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = generate(name, 1, len(last_values), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                resolved = []
                for v in value:
                    if isinstance(v, auto):
                        if v.value is _auto_null:
                            v.value = generate(name, 1, len(last_values), last_values[:])
                        v = v.value
                    resolved.append(v)
                value = tuple(resolved)
            _add_member(enum_class, name, value, member_type, new_member)
            last_values.append(value)
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls._lookup_value(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        """The functional API: Enum('Color', 'RED GREEN BLUE')."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        classdict = {}
        if isinstance(names, dict):
            names = names.items()
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        classdict['__module__'] = module if module is not None else '__main__'
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict)

    def _lookup_value(cls, value):
        if isinstance(value, cls) and value._name_ in cls._member_map_:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (member.__class__.__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return _MembersView(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __setattr__(cls, name, value):
        member_map = getattr(cls, '_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType
Flag = None


def _repr_pending(name, metacls):
    """repr() of a class that is not built yet, for error messages."""
    return _PendingName("<enum %r>" % (name,))


class _PendingName:
    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return self.text


def _add_member(enum_class, name, value, member_type, new_member):
    args = value if isinstance(value, tuple) else (value,)
    if member_type is tuple:
        args = (args,)
    slots = enum_class._member_slots_
    if new_member is not None:
        member = new_member(enum_class, *args)
    else:
        if member_type is object:
            member = object.__new__(enum_class)
        else:
            member = member_type.__new__(enum_class, *args)
        # A fresh object may reuse the address of a discarded one.
        slots.pop(id(member), None)
    if not hasattr(member, '_value_'):
        if member_type is object:
            member._value_ = value
        else:
            member._value_ = member_type(*args)
    value = member._value_
    member._name_ = name
    member.__init__(*args)
    # An alias: a later name with the value of an earlier member.
    canonical = None
    try:
        canonical = enum_class._value2member_map_.get(value)
    except TypeError:
        for other in enum_class._member_map_.values():
            if other._value_ == value:
                canonical = other
                break
    if canonical is not None:
        slots.pop(id(member), None)
        member = canonical
    else:
        enum_class._member_names_.append(name)
    enum_class._member_map_[name] = member
    try:
        enum_class._value2member_map_.setdefault(value, member)
    except TypeError:
        pass
    type.__setattr__(enum_class, name, member)


def _slot_property(index, attr):
    """_name_ / _value_: kept in a per-class table keyed by id(member)
    rather than on the member, because capy's instances of int, str and
    tuple subclasses have no attribute dict."""

    def get(self):
        try:
            return self.__class__._member_slots_[id(self)][index]
        except KeyError:
            raise AttributeError(attr) from None

    def set(self, value):
        self.__class__._member_slots_.setdefault(id(self), [None, None])[index] = value

    return property(get, set)


class Enum(metaclass=EnumType):
    """Generic enumeration: subclass it to define an enumeration."""

    _name_ = _slot_property(0, '_name_')
    _value_ = _slot_property(1, '_value_')

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return '<%s.%s: %r>' % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(): str() and format() are the mixed-in type's."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""

    def __str__(self):
        return repr(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return self._value_

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _high_bit(value):
    return value.bit_length() - 1


class Flag(Enum):
    """Support for bit flags: members combine with |, & and ^."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        return 2 ** (_high_bit(last) + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        all_bits = 0
        for member in cls._member_map_.values():
            all_bits |= member._value_
        if value < 0 or value & ~all_bits:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls if m._value_ and m._value_ & value == m._value_]
        pseudo._name_ = '|'.join(names) if names else None
        return cls._value2member_map_.setdefault(value, pseudo)

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '<%s: %r>' % (cls_name, self._value_)
        return '<%s.%s: %r>' % (cls_name, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __iter__(self):
        for member in self.__class__:
            if member._value_ and member._value_ & self._value_ == member._value_:
                yield member

    def __len__(self):
        return sum(1 for _ in self)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        all_bits = 0
        for member in self.__class__:
            all_bits |= member._value_
        return self.__class__(all_bits & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based flags."""

    def __str__(self):
        return repr(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__


def unique(enumeration):
    """Class decorator: no two members of the enumeration share a value."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration
