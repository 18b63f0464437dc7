print("start _circ_b")
import _circ_a
B_VALUE = "b"
def use_a():
    return "b sees " + _circ_a.A_VALUE
partial_has_a_value = hasattr(_circ_a, "A_VALUE")
print("end _circ_b")
