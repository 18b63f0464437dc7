# Helper for module_state.py: imports _helper a second time (cached, no second load).
import _helper
_helper.bump()
seen_counter = _helper.counter
loaded_by = __name__
def helper_is_same(m):
    return m is _helper
