# A statement that stops in the middle.
x = 1 +
