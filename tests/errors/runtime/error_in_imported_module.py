# A traceback that passes through a frame of an imported module.
import _bad_helper
print(_bad_helper.parse("21"))
print(_bad_helper.parse("twenty"))
