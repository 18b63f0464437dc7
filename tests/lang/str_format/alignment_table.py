# str.format for reports: column alignment, nested width fields, thousands separators, attribute access.
class Employee:
    def __init__(self, name, dept, salary, rating):
        self.name, self.dept, self.salary, self.rating = name, dept, salary, rating
staff = [Employee("Ann Lee", "Eng", 123456.5, 4.75), Employee("Bo", "Ops", 98000, 3.5),
         Employee("Christopher", "Research", 150250.25, 5.0)]
widths = {"name": max(len(e.name) for e in staff), "dept": max(len(e.dept) for e in staff)}
header = "{:<{name}} | {:^{dept}} | {:>12} | {:>6}".format("Name", "Dept", "Salary", "Rating", **widths)
print(header)
print("-" * len(header))
for e in staff:
    print("{0.name:<{name}} | {0.dept:^{dept}} | {0.salary:>12,.2f} | {0.rating:>6.2f}".format(e, **widths))
total = sum(e.salary for e in staff)
print("{:>{w}}".format("Total: {:,.2f}".format(total), w=len(header)))
print("{:=^30}".format(" summary "))
print("{count} employees, avg {avg:,.1f}, best {best.name}".format(
    count=len(staff), avg=total / len(staff), best=max(staff, key=lambda e: e.rating)))
print("{0[0]}-{0[1]}-{0[2]}".format("abc"), "{d[x]}{d[y]}".format(d={"x": 1, "y": 2}))
print("{:b} {:o} {:x} {:#X} {:c} {:%}".format(10, 10, 255, 255, 97, 0.5))
print("{:+.3} {:.3} {:10.3e}| {:<10.2%}|".format(3.14159, 1234.5, 0.000123, 0.4567))
print("{!r:>8}|{!s:<8}|{:>8}|".format("r", "s", "plain"))
for n in (0, 5, -5, 1000000):
    print("[{:^+10,}]".format(n), "[{:*<8}]".format(n), "[{:08.2f}]".format(n))
