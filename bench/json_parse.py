# json_parse: a recursive-descent parser over a generated JSON-like document.
# A deterministic generator (a linear congruential sequence, no imports) builds a
# nested document of objects, arrays, numbers, strings with escapes, and literals;
# a Parser object walks it character by character, building dicts and lists,
# and a tree walk computes a checksum. Stresses method calls on one object,
# string indexing and slicing, small-string building, dict/list allocation.


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state % n


WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
         "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi"]


def gen_value(rng, depth, out):
    kind = rng.next(10) if depth < 6 else 5 + rng.next(5)
    if kind < 3:
        out.append("{")
        n = 1 + rng.next(5)
        for i in range(n):
            if i:
                out.append(", ")
            out.append('"' + WORDS[rng.next(16)] + str(i) + '": ')
            gen_value(rng, depth + 1, out)
        out.append("}")
    elif kind < 5:
        out.append("[")
        n = rng.next(6)
        for i in range(n):
            if i:
                out.append(",")
            gen_value(rng, depth + 1, out)
        out.append("]")
    elif kind < 7:
        out.append(str(rng.next(100000) - 50000))
    elif kind == 7:
        out.append(str(rng.next(1000)) + "." + str(rng.next(1000)).rjust(3, "0"))
    elif kind == 8:
        w = WORDS[rng.next(16)]
        esc = ["", "\\n", "\\\"", "\\\\", "\\t"][rng.next(5)]
        out.append('"' + w + esc + w.upper() + '"')
    else:
        out.append(["true", "false", "null"][rng.next(3)])


class ParseError(Exception):
    pass


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip_ws(self):
        text = self.text
        n = len(text)
        while self.pos < n and text[self.pos] in " \t\n\r":
            self.pos += 1

    def parse(self):
        value = self.value()
        self.skip_ws()
        if self.pos != len(self.text):
            raise ParseError("trailing data at %d" % self.pos)
        return value

    def value(self):
        self.skip_ws()
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        if ch == "t" and self.text.startswith("true", self.pos):
            self.pos += 4
            return True
        if ch == "f" and self.text.startswith("false", self.pos):
            self.pos += 5
            return False
        if ch == "n" and self.text.startswith("null", self.pos):
            self.pos += 4
            return None
        return self.number()

    def obj(self):
        self.pos += 1
        result = {}
        self.skip_ws()
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            self.skip_ws()
            key = self.string()
            self.skip_ws()
            if self.text[self.pos] != ":":
                raise ParseError("expected ':' at %d" % self.pos)
            self.pos += 1
            result[key] = self.value()
            self.skip_ws()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "}":
                return result
            if ch != ",":
                raise ParseError("expected ',' or '}' at %d" % (self.pos - 1))

    def arr(self):
        self.pos += 1
        result = []
        self.skip_ws()
        if self.text[self.pos] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip_ws()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "]":
                return result
            if ch != ",":
                raise ParseError("expected ',' or ']' at %d" % (self.pos - 1))

    def string(self):
        text = self.text
        self.pos += 1
        parts = []
        start = self.pos
        while True:
            ch = text[self.pos]
            if ch == '"':
                parts.append(text[start:self.pos])
                self.pos += 1
                return "".join(parts)
            if ch == "\\":
                parts.append(text[start:self.pos])
                esc = text[self.pos + 1]
                parts.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}[esc])
                self.pos += 2
                start = self.pos
            else:
                self.pos += 1

    def number(self):
        text = self.text
        start = self.pos
        if text[self.pos] == "-":
            self.pos += 1
        while self.pos < len(text) and text[self.pos] in "0123456789.":
            self.pos += 1
        token = text[start:self.pos]
        if "." in token:
            return float(token)
        return int(token)


def checksum(value):
    if isinstance(value, dict):
        total = len(value) * 7
        for k, v in value.items():
            total += len(k) + checksum(v)
        return total
    if isinstance(value, list):
        total = len(value) * 3
        for v in value:
            total += checksum(v)
        return total
    if isinstance(value, str):
        return len(value)
    if value is True:
        return 11
    if value is False:
        return 13
    if value is None:
        return 17
    if isinstance(value, float):
        return int(value * 1000) % 9973
    return value % 9973


def main():
    rng = Lcg(42)
    docs = []
    for _ in range(40):
        out = ["["]
        for i in range(12):
            if i:
                out.append(",\n ")
            gen_value(rng, 0, out)
        out.append("]")
        docs.append("".join(out))
    total_chars = sum(len(d) for d in docs)
    total = 0
    for _ in range(12):
        for d in docs:
            total += checksum(Parser(d).parse())
    errors = 0
    for bad in ['{"a" 1}', "[1, 2", '{"a": [1 2]}', "[1] x"]:
        try:
            Parser(bad).parse()
        except (ParseError, IndexError):
            errors += 1
    print("json_parse", len(docs), total_chars, total, errors)


main()
