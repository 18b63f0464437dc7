# Triple-quoted strings span lines and keep quotes.
s = """first line
second "quoted" line
  indented line"""
print(s)
print(len(s.splitlines()))
t = '''it's
'''
print(repr(t))
u = """\
no leading newline\
 and joined"""
print(u)
print("""a""" + '''b''')
print(repr("""He said "hi" ""\""""))
e = """"""
print(repr(e), len(e))
print("""tab\there""")
