# is* predicates over ASCII and non-ASCII text
samples = ["", "abc", "ABC", "Abc", "abc123", "123", "١٢٣", "½", "²", "  \t\n", "\u3000",
           "Hello World", "Hello world", "ǅungla", "_id9", "9id", "naïve", "ß", "x\x07",
           "café", "ΣΑΣ", "a b", "ⅷ", "\xa0"]
for s in samples:
    flags = [s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
             s.isdecimal(), s.isnumeric(), s.isidentifier(), s.istitle(), s.isprintable(),
             s.isascii()]
    print(ascii(s), "".join("1" if f else "0" for f in flags))
