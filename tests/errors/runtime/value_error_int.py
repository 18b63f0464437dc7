# int() of a non-number.
raw = 'forty-two'
n = int(raw)
