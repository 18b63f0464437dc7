# input() at end of stdin raises EOFError.
name = input("name: ")
print("hello", name)
age = input("age: ")
