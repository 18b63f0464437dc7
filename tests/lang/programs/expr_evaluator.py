# A tokenizer and recursive-descent evaluator for arithmetic expressions with variables,
# assignment, function calls, comparison and unary operators, with precise error reporting.
import math


class Token:
    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return f"{self.kind}:{self.text!r}@{self.pos}"


class ParseError(Exception):
    def __init__(self, message, pos):
        super().__init__(f"{message} at column {pos}")
        self.pos = pos


OPERATORS = ["**", "==", "!=", "<=", ">=", "+", "-", "*", "/", "%", "(", ")", ",", "=", "<", ">"]


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit() or (ch == "." and i + 1 < len(src) and src[i + 1].isdigit()):
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            text = src[start:i]
            if text.count(".") > 1:
                raise ParseError(f"bad number {text!r}", start)
            tokens.append(Token("num", text, start))
            continue
        if ch.isalpha() or ch == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            tokens.append(Token("name", src[start:i], start))
            continue
        for op in OPERATORS:
            if src.startswith(op, i):
                tokens.append(Token("op", op, i))
                i += len(op)
                break
        else:
            raise ParseError(f"unexpected character {ch!r}", i)
    tokens.append(Token("end", "", len(src)))
    return tokens


FUNCTIONS = {
    "sqrt": (1, math.sqrt),
    "max": (None, max),
    "min": (None, min),
    "abs": (1, abs),
    "hyp": (2, lambda a, b: math.sqrt(a * a + b * b)),
}


class Parser:
    """Grammar: stmt := name '=' expr | expr; expr := cmp; cmp := sum (cmpop sum)?;
    sum := term (('+'|'-') term)*; term := unary (('*'|'/'|'%') unary)*;
    unary := '-' unary | power; power := atom ('**' unary)?; atom := num | name | call | '(' expr ')'."""

    def __init__(self, tokens, env):
        self.tokens = tokens
        self.i = 0
        self.env = env

    def peek(self):
        return self.tokens[self.i]

    def take(self, text=None):
        tok = self.tokens[self.i]
        if text is not None and tok.text != text:
            raise ParseError(f"expected {text!r}, found {tok.text or 'end'!r}", tok.pos)
        self.i += 1
        return tok

    def statement(self):
        if self.peek().kind == "name" and self.tokens[self.i + 1].text == "=":
            name = self.take().text
            self.take("=")
            value = self.expr()
            self.env[name] = value
            result = value
        else:
            result = self.expr()
        if self.peek().kind != "end":
            raise ParseError(f"trailing input {self.peek().text!r}", self.peek().pos)
        return result

    def expr(self):
        left = self.sum()
        if self.peek().text in ("==", "!=", "<", ">", "<=", ">="):
            op = self.take().text
            right = self.sum()
            return {"==": left == right, "!=": left != right, "<": left < right,
                    ">": left > right, "<=": left <= right, ">=": left >= right}[op]
        return left

    def sum(self):
        value = self.term()
        while self.peek().text in ("+", "-"):
            op = self.take().text
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.unary()
        while self.peek().text in ("*", "/", "%"):
            tok = self.take()
            rhs = self.unary()
            if tok.text != "*" and rhs == 0:
                raise ParseError("division by zero", tok.pos)
            if tok.text == "*":
                value *= rhs
            elif tok.text == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def unary(self):
        if self.peek().text == "-":
            self.take()
            return -self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek().text == "**":
            self.take()
            return base ** self.unary()
        return base

    def atom(self):
        tok = self.take()
        if tok.kind == "num":
            return float(tok.text) if "." in tok.text else int(tok.text)
        if tok.kind == "name":
            if self.peek().text == "(":
                return self.call(tok)
            if tok.text not in self.env:
                raise ParseError(f"unknown variable {tok.text!r}", tok.pos)
            return self.env[tok.text]
        if tok.text == "(":
            value = self.expr()
            self.take(")")
            return value
        raise ParseError(f"unexpected {tok.text or 'end'!r}", tok.pos)

    def call(self, name_tok):
        if name_tok.text not in FUNCTIONS:
            raise ParseError(f"unknown function {name_tok.text!r}", name_tok.pos)
        arity, fn = FUNCTIONS[name_tok.text]
        self.take("(")
        args = []
        if self.peek().text != ")":
            args.append(self.expr())
            while self.peek().text == ",":
                self.take()
                args.append(self.expr())
        self.take(")")
        if arity is not None and len(args) != arity:
            raise ParseError(f"{name_tok.text}() takes {arity} argument(s), got {len(args)}", name_tok.pos)
        return fn(*args)


def evaluate(line, env):
    return Parser(tokenize(line), env).statement()


env = {"pi": 3.14159}
program = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "10 / 4", "10 % 4", "7 - 2 - 1",
    "x = 5", "y = x * 2 + 1", "y", "hyp(3, 4)", "max(x, y, 3)", "min(4)", "sqrt(16) + abs(-2.5)",
    "x * (y - 1) / 2", "x == 5", "y < x", "1.5 + .5", "2 * pi", "z", "1 +", "3 $ 4", "(1 + 2",
    "sqrt(1, 2)", "sqrt(-1)", "foo(1)", "1 / 0", "4 % (2 - 2)", "1.2.3", "x = ", "7 7",
]
for line in program:
    try:
        print(f"{line:<22} => {evaluate(line, env)!r}")
    except ParseError as e:
        print(f"{line:<22} !! {e}")
    except (TypeError, ValueError) as e:
        print(f"{line:<22} !! {type(e).__name__}: {e}")
print(sorted(env.items()))
print(tokenize("a=b**2")[:4])
