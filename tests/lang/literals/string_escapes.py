# Escape sequences inside ordinary string literals.
print('tab:[\t] newline:[\\n] quote:[\'] dquote:["] backslash:[\\]')
print("a\nb")
print(len('\n'), len('\t'), len('\\'), len('\x41'), len('\u00e9'), len('\U0001F600'))
print('\x41\x42\x43', '\101\102\103', '\0' == '\x00', '\7' == '\a')
print('\u00e9t\u00e9', '\u4e2d\u6587', '\U0001F600' == '\U0001f600')
print(repr('\a\b\f\n\r\t\v'))
print(repr('\x00\x01\x1f\x7f'))
print(repr("it's"), repr('say "hi"'), repr('both \' and "'))
# \N{...} name escapes are not supported by capy (docs/language.md).
print(ord('\u00e9'), ord('\u2014'))
print('line one\
 continued')
print(repr('\x80\xff\u0100'))
print(repr('\ud800'[0:0]), len('\777'), ord('\777'))
print('a' 'b' "c", 'x'
      'y')
