# The error is on the first real line after comments.
# comment


  # indented comment is fine
x = 1
 y = 2
