# An exception in __init__ while constructing an object inside a function.
class Account:
    def __init__(self, balance):
        if balance < 0:
            raise ValueError(f"negative balance: {balance}")
        self.balance = balance
def open_accounts(amounts):
    return [Account(a) for a in amounts]
print(len(open_accounts([1, 2])))
open_accounts([5, -3])
