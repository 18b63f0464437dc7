# A class-based bank simulation driven by a time-ordered event queue: deposits, withdrawals,
# transfers, overdraft rules per account type, monthly interest and fees, and an audit report.
import heapq
from collections import defaultdict


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot take {amount} (balance {account.balance})")
        self.account = account
        self.amount = amount


class Account:
    kind = "basic"
    overdraft = 0
    monthly_fee = 2

    def __init__(self, number, owner, balance=0):
        self.number = number
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount, day):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
        self.history.append((day, "deposit", amount))

    def withdraw(self, amount, day):
        if amount <= 0:
            raise ValueError(f"withdrawal must be positive, got {amount}")
        if self.balance - amount < -self.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append((day, "withdraw", amount))

    def month_end(self, day):
        fee = self.monthly_fee if self.balance < 1000 else 0
        if fee:
            self.balance -= fee
            self.history.append((day, "fee", fee))

    def __repr__(self):
        return f"{type(self).__name__}({self.number}, {self.owner!r}, {self.balance})"


class Savings(Account):
    kind = "savings"
    rate_per_month = 0.01
    monthly_fee = 0

    def month_end(self, day):
        interest = round(self.balance * self.rate_per_month)
        if interest > 0:
            self.balance += interest
            self.history.append((day, "interest", interest))
        super().month_end(day)


class Checking(Account):
    kind = "checking"
    overdraft = 200

    def month_end(self, day):
        if self.balance < 0:
            penalty = 15
            self.balance -= penalty
            self.history.append((day, "overdraft-penalty", penalty))
        super().month_end(day)


class Bank:
    def __init__(self):
        self.accounts = {}
        self.events = []
        self.seq = 0
        self.failures = []
        self.stats = defaultdict(int)

    def open(self, cls, owner, balance=0):
        number = 1000 + len(self.accounts)
        self.accounts[number] = cls(number, owner, balance)
        return number

    def schedule(self, day, action, *args):
        heapq.heappush(self.events, (day, self.seq, action, args))
        self.seq += 1

    def transfer(self, src, dst, amount, day):
        self.accounts[src].withdraw(amount, day)
        self.accounts[dst].deposit(amount, day)

    def run(self):
        while self.events:
            day, _, action, args = heapq.heappop(self.events)
            try:
                if action == "deposit":
                    self.accounts[args[0]].deposit(args[1], day)
                elif action == "withdraw":
                    self.accounts[args[0]].withdraw(args[1], day)
                elif action == "transfer":
                    self.transfer(args[0], args[1], args[2], day)
                elif action == "month_end":
                    for acct in self.accounts.values():
                        acct.month_end(day)
                else:
                    raise KeyError(action)
                self.stats[action] += 1
            except (InsufficientFunds, ValueError, KeyError) as e:
                self.failures.append((day, action, type(e).__name__, str(e)))


bank = Bank()
ann = bank.open(Savings, "ann", 5000)
bob = bank.open(Checking, "bob", 100)
cy = bank.open(Account, "cy", 50)
for day in (30, 60, 90):
    bank.schedule(day, "month_end")
bank.schedule(5, "deposit", bob, 400)
bank.schedule(7, "withdraw", bob, 650)
bank.schedule(7, "withdraw", bob, 100)
bank.schedule(12, "transfer", ann, cy, 1200)
bank.schedule(15, "withdraw", cy, 2000)
bank.schedule(20, "deposit", cy, -5)
bank.schedule(33, "transfer", cy, bob, 300)
bank.schedule(45, "bogus", 1)
bank.schedule(61, "withdraw", ann, 100)
bank.schedule(61, "deposit", 9999, 1)
bank.schedule(75, "transfer", bob, ann, 10)
bank.run()
for acct in bank.accounts.values():
    print(acct, acct.kind)
    for entry in acct.history:
        print("   ", entry)
print("failures:")
for f in bank.failures:
    print("   ", f)
print(dict(sorted(bank.stats.items())))
total = sum(a.balance for a in bank.accounts.values())
print("total holdings", total, "richest", max(bank.accounts.values(), key=lambda a: a.balance).owner)
by_kind = defaultdict(list)
for a in bank.accounts.values():
    by_kind[a.kind].append(a.owner)
print(dict(by_kind))
