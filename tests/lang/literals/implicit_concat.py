# Adjacent string literals concatenate at compile time, mixing kinds.
s = ('alpha '
     "beta "
     '''gamma '''
     r'\delta')
print(s)
print('a' 'b' 'c', len('x' 'y' 'z'))
x = 5
print(f'{x}' ' plain ' f'{x * 2}')
print('one' r'\two' "three")
print(("a" "b") * 2)
words = ['w' 'x', 'y' 'z']
print(words)
print('%s-%s' '!' % (1, 2))
