# An elevator-bank simulation: passengers arrive at given ticks, a dispatcher assigns each hall call
# to the car with the lowest estimated cost, cars follow the SCAN (elevator) algorithm, and the
# run ends with per-car and per-passenger statistics.
from collections import deque


class Passenger:
    count = 0

    def __init__(self, tick, src, dst):
        Passenger.count += 1
        self.id = Passenger.count
        self.tick = tick
        self.src = src
        self.dst = dst
        self.board_tick = None
        self.arrive_tick = None

    @property
    def direction(self):
        return 1 if self.dst > self.src else -1

    def __repr__(self):
        return f"P{self.id}({self.src}->{self.dst})"


class Car:
    def __init__(self, name, floor, capacity):
        self.name = name
        self.floor = floor
        self.capacity = capacity
        self.direction = 0
        self.riders = []
        self.stops = set()
        self.revisit = set()
        self.moved = 0
        self.served = 0

    def cost(self, floor, direction):
        distance = abs(self.floor - floor)
        if self.direction == 0:
            return distance
        ahead = (floor - self.floor) * self.direction >= 0
        if ahead and direction == self.direction:
            return distance + len(self.stops)
        return distance + 2 * len(self.stops) + 10

    def step(self, tick, waiting, log):
        if self.floor in self.stops:
            self.stops.discard(self.floor)
            leaving = [p for p in self.riders if p.dst == self.floor]
            for p in leaving:
                self.riders.remove(p)
                p.arrive_tick = tick
                self.served += 1
            queue = waiting[self.floor]
            boarded = []
            for _ in range(len(queue)):
                p = queue.popleft()
                if len(self.riders) < self.capacity and p.assigned is self:
                    p.board_tick = tick
                    self.riders.append(p)
                    self.stops.add(p.dst)
                    boarded.append(p)
                else:
                    queue.append(p)
                    if p.assigned is self:
                        self.revisit.add(self.floor)
            if leaving or boarded:
                log.append(f"t={tick:>2} {self.name}@{self.floor} out={leaving} in={boarded}")
            return
        self.stops |= self.revisit - {self.floor}
        self.revisit &= {self.floor}
        if not self.stops:
            self.direction = 0
            return
        if self.direction == 0:
            nearest = min(self.stops, key=lambda f: (abs(f - self.floor), f))
            self.direction = 1 if nearest > self.floor else -1
        ahead = [f for f in self.stops if (f - self.floor) * self.direction > 0]
        if not ahead:
            self.direction = -self.direction
        self.floor += self.direction
        self.moved += 1


class Building:
    def __init__(self, floors, cars):
        self.floors = floors
        self.cars = cars
        self.waiting = {f: deque() for f in range(floors)}
        self.log = []
        self.done = []

    def call(self, p):
        if not (0 <= p.src < self.floors and 0 <= p.dst < self.floors) or p.src == p.dst:
            self.log.append(f"rejected {p}")
            return
        car = min(self.cars, key=lambda c: (c.cost(p.src, p.direction), c.name))
        p.assigned = car
        car.stops.add(p.src)
        self.waiting[p.src].append(p)
        self.done.append(p)

    def run(self, arrivals, max_ticks=200):
        arrivals = sorted(arrivals, key=lambda a: a[0])
        i = 0
        for tick in range(max_ticks):
            while i < len(arrivals) and arrivals[i][0] == tick:
                self.call(Passenger(*arrivals[i]))
                i += 1
            for car in self.cars:
                car.step(tick, self.waiting, self.log)
            if i == len(arrivals) and all(not c.stops and not c.riders for c in self.cars):
                return tick
        return None


arrivals = [(0, 0, 5), (0, 3, 0), (1, 7, 2), (2, 2, 9), (2, 9, 1), (4, 5, 5), (5, 0, 8),
            (6, 8, 3), (6, 4, 6), (9, 1, 0), (12, 6, 0), (12, 6, 9), (13, 12, 0), (15, 9, 8)]
building = Building(10, [Car("A", 0, 3), Car("B", 9, 3)])
end = building.run(arrivals)
for line in building.log:
    print(line)
print("finished at tick", end)
for car in building.cars:
    print(f"car {car.name}: floor={car.floor} moved={car.moved} served={car.served}")
waits = []
for p in building.done:
    wait = p.board_tick - p.tick
    ride = p.arrive_tick - p.board_tick
    waits.append(wait)
    print(f"{p!r:<12} car={p.assigned.name} wait={wait:>2} ride={ride:>2}")
print("average wait", round(sum(waits) / len(waits), 3), "max wait", max(waits))
print("unserved", [p for p in building.done if p.arrive_tick is None])
