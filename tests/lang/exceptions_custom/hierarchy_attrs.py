# User exception hierarchies: extra attributes, __str__/__repr__, args, re-raising wrapped errors.
class AppError(Exception):
    code = 1
class NotFound(AppError):
    code = 404
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what
class Invalid(AppError):
    code = 400
    def __init__(self, field, value):
        self.field, self.value = field, value
        super().__init__(field, value)
    def __str__(self):
        return f"invalid {self.field}={self.value!r}"
def handle(exc):
    try:
        raise exc
    except NotFound as e:
        return ("nf", e.code, str(e), e.what, e.args)
    except AppError as e:
        return ("app", e.code, str(e), repr(e), e.args)
print(handle(NotFound("user")))
print(handle(Invalid("age", -1)))
print(handle(AppError()))
print(handle(AppError("a", "b")))
class Retry(Exception):
    def __init__(self, attempts):
        self.attempts = attempts
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise Retry(attempts)
    return "ok after %d" % attempts
while True:
    try:
        print(flaky())
        break
    except Retry as r:
        print("retrying after attempt", r.attempts, r.args, str(r))
class Wrapped(Exception):
    pass
def wrap():
    try:
        {}["k"]
    except KeyError as e:
        raise Wrapped("lookup failed") from e
try:
    wrap()
except Wrapped as w:
    print(w, type(w.__cause__).__name__, w.__cause__.args)
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("x")), str(WithRepr("x")), [WithRepr()])
errors = []
for v in ["1", "x", "3", None]:
    try:
        errors.append(int(v))
    except (ValueError, TypeError) as e:
        errors.append(type(e).__name__)
print(errors)
e1 = NotFound("thing")
e1.extra = "dynamic attribute"
print(e1.extra, isinstance(e1, (KeyError, AppError)), issubclass(NotFound, Exception))
try:
    raise NotFound
except TypeError as e:
    print(type(e).__name__, e)
