# A user exception class with __str__ and extra attributes, raised two calls deep.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"
def check(record):
    if "name" not in record:
        raise ValidationError("name", "is required")
def validate_all(records):
    for r in records:
        check(r)
validate_all([{"name": "ok"}, {}])
