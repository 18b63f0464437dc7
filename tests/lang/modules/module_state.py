# Module globals: functions see their own module's globals; state is shared by all importers.
import _helper
from _helper import read_value, bump
VALUE = "main's VALUE"
print(read_value(), VALUE)
_helper.VALUE = 123
print(read_value(), _helper.VALUE, VALUE)
print(bump(), bump(), _helper.counter)
_helper.new_attr = "added from main"
print(_helper.new_attr, hasattr(_helper, "new_attr"))
del _helper.new_attr
print(hasattr(_helper, "new_attr"))
try:
    _helper.does_not_exist
except AttributeError as e:
    print(type(e).__name__, e)
import _state_user
print(_state_user.seen_counter, _helper.counter, _state_user.helper_is_same(_helper))
print(_state_user.__name__, _state_user.loaded_by)
