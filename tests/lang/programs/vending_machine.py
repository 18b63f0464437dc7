# A vending machine as an explicit state machine (idle -> collecting -> dispensing / refunding /
# maintenance) with a transition table, plus a line-based command protocol parser that drives it,
# rejecting malformed commands with precise errors. Change is made greedily from coin stock.

class ProtocolError(Exception):
    pass


class MachineError(Exception):
    pass


COINS = (200, 100, 50, 20, 10, 5)


class VendingMachine:
    TRANSITIONS = {
        ("idle", "coin"): "collecting",
        ("collecting", "coin"): "collecting",
        ("collecting", "select"): "dispensing",
        ("collecting", "cancel"): "refunding",
        ("dispensing", "done"): "idle",
        ("refunding", "done"): "idle",
        ("idle", "service"): "maintenance",
        ("maintenance", "service"): "idle",
        ("maintenance", "restock"): "maintenance",
    }

    def __init__(self, products, coin_stock):
        self.products = dict(products)
        self.coin_stock = dict(coin_stock)
        self.state = "idle"
        self.credit = 0
        self.inserted = []
        self.log = []
        self.sales = 0

    def fire(self, event):
        key = (self.state, event)
        if key not in self.TRANSITIONS:
            raise MachineError(f"event {event!r} not allowed in state {self.state!r}")
        old, self.state = self.state, self.TRANSITIONS[key]
        self.log.append(f"{old}->{self.state}")

    def insert(self, coin):
        if coin not in COINS:
            raise MachineError(f"rejected coin {coin}")
        self.fire("coin")
        self.credit += coin
        self.inserted.append(coin)
        self.coin_stock[coin] = self.coin_stock.get(coin, 0) + 1
        return f"credit {self.credit}"

    def make_change(self, amount):
        plan = {}
        for coin in COINS:
            n = min(amount // coin, self.coin_stock.get(coin, 0))
            if n:
                plan[coin] = n
                amount -= coin * n
        if amount:
            return None
        for coin, n in plan.items():
            self.coin_stock[coin] -= n
        return plan

    def select(self, code):
        if self.state != "collecting":
            raise MachineError(f"event 'select' not allowed in state {self.state!r}")
        if code not in self.products:
            raise MachineError(f"unknown product {code}")
        name, price, count = self.products[code]
        if count == 0:
            raise MachineError(f"{name} sold out")
        if self.credit < price:
            raise MachineError(f"{name} costs {price}, credit {self.credit}")
        change = self.make_change(self.credit - price)
        if change is None:
            raise MachineError("cannot make change")
        self.fire("select")
        self.products[code] = (name, price, count - 1)
        self.sales += price
        self.credit = 0
        self.inserted = []
        self.fire("done")
        return f"dispensed {name}, change {sorted(change.items(), reverse=True)}"

    def cancel(self):
        self.fire("cancel")
        refund = list(self.inserted)
        for coin in refund:
            self.coin_stock[coin] -= 1
        self.credit = 0
        self.inserted = []
        self.fire("done")
        return f"refunded {refund}"

    def restock(self, code, n):
        self.fire("restock")
        name, price, count = self.products[code]
        self.products[code] = (name, price, count + n)
        return f"{name} now {count + n}"


def parse_command(line):
    parts = line.split()
    if not parts:
        raise ProtocolError("empty command")
    verb, args = parts[0].upper(), parts[1:]
    arity = {"COIN": 1, "SELECT": 1, "CANCEL": 0, "SERVICE": 0, "RESTOCK": 2, "STATUS": 0}
    if verb not in arity:
        raise ProtocolError(f"unknown verb {verb}")
    if len(args) != arity[verb]:
        raise ProtocolError(f"{verb} takes {arity[verb]} argument(s), got {len(args)}")
    if verb in ("COIN", "RESTOCK"):
        last = args[-1]
        if not last.isdigit():
            raise ProtocolError(f"{verb}: {last!r} is not a number")
        args[-1] = int(last)
    return verb, args


def execute(vm, line):
    verb, args = parse_command(line)
    if verb == "COIN":
        return vm.insert(args[0])
    if verb == "SELECT":
        return vm.select(args[0])
    if verb == "CANCEL":
        return vm.cancel()
    if verb == "SERVICE":
        vm.fire("service")
        return f"state {vm.state}"
    if verb == "RESTOCK":
        return vm.restock(args[0], args[1])
    return f"state={vm.state} credit={vm.credit} sales={vm.sales}"


vm = VendingMachine({"A1": ("cola", 120, 2), "A2": ("water", 80, 0), "B1": ("chips", 95, 5)},
                    {100: 1, 50: 1, 20: 2, 10: 2, 5: 3})
script = """
status
coin 100
coin 50
select A1
select A1
coin 200
select A2
select Z9
select B1
coin 3
coin 100
cancel
cancel
service
restock A2 4
coin 50
service
coin 50
coin 50
select A2
COIN 200
SELECT A1
select A1

dance
coin ten
restock A1
status
"""
for line in script.strip("\n").split("\n"):
    try:
        print(f"> {line:<12} {execute(vm, line)}")
    except ProtocolError as e:
        print(f"> {line:<12} protocol error: {e}")
    except MachineError as e:
        print(f"> {line:<12} machine error: {e} [state {vm.state}]")
print(vm.products)
print(sorted(vm.coin_stock.items()), vm.sales)
print(len(vm.log), vm.log[:6])
