# Circular imports: partially initialised modules, late attribute access works, from-import fails.
import _circ_a
print(_circ_a.use_b(), _circ_a._circ_b.use_a(), _circ_a._circ_b.partial_has_a_value)
import _circ_b
print(_circ_b is _circ_a._circ_b, _circ_b._circ_a is _circ_a)
try:
    import _circ_c
except ImportError as e:
    print(type(e).__name__, "partially initialized" in str(e))
