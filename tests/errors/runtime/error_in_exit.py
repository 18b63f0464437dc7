# An exception raised by __exit__ while another one is propagating: both are shown, chained.
class Resource:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError("cleanup failed")
with Resource():
    raise KeyError("work failed")
