# A method that str does not have.
text = 'abc'
text.push('d')
