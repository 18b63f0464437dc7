# Collecting errors instead of stopping: validation reports, error objects in lists, summary by type.
class FieldError(Exception):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
class MissingField(FieldError):
    def __init__(self, field):
        super().__init__(field, "missing")
class BadType(FieldError):
    def __init__(self, field, expected, got):
        super().__init__(field, f"expected {expected}, got {type(got).__name__}")
class OutOfRange(FieldError):
    pass
SCHEMA = {"name": str, "age": int, "email": str}
def validate(rec):
    errors = []
    for field, typ in SCHEMA.items():
        if field not in rec:
            errors.append(MissingField(field))
            continue
        if not isinstance(rec[field], typ) or isinstance(rec[field], bool):
            errors.append(BadType(field, typ.__name__, rec[field]))
    if isinstance(rec.get("age"), int) and not 0 <= rec["age"] <= 150:
        errors.append(OutOfRange("age", f"{rec['age']} not in 0..150"))
    if isinstance(rec.get("email"), str) and "@" not in rec["email"]:
        errors.append(FieldError("email", "no @"))
    return errors
records = [{"name": "ann", "age": 30, "email": "a@x"}, {"name": "bob", "age": "old"},
           {"age": 200, "email": "nope"}, {"name": 5, "age": True, "email": "c@y"}]
summary = {}
for i, rec in enumerate(records):
    errs = validate(rec)
    print(i, "ok" if not errs else [str(e) for e in errs])
    for e in errs:
        summary[type(e).__name__] = summary.get(type(e).__name__, 0) + 1
print(dict(sorted(summary.items())))
all_errs = [e for r in records for e in validate(r)]
print(len(all_errs), sum(isinstance(e, FieldError) for e in all_errs), [e.field for e in all_errs if isinstance(e, MissingField)])
def first_error(recs):
    for r in recs:
        errs = validate(r)
        if errs:
            raise errs[0]
try:
    first_error(records)
except MissingField as e:
    print("missing", e.field)
except FieldError as e:
    print(type(e).__name__, e, e.field, e.args)
def safe_div(pairs):
    results, failures = [], []
    for a, b in pairs:
        try:
            results.append(a / b)
        except (ZeroDivisionError, TypeError) as e:
            failures.append((a, b, type(e).__name__))
    return results, failures
print(safe_div([(1, 2), (3, 0), ("x", 1), (9, 3)]))
