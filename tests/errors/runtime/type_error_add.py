# The classic mixed-type addition.
count = 3
label = 'items: ' + count
