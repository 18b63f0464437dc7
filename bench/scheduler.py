# scheduler: polymorphic method calls on a small object graph, in the spirit
# of the Richards benchmark (an operating-system task scheduler) but written
# for capy. Tasks of four kinds pass packets through queues; the work is
# virtual dispatch, attribute traffic and linked-list manipulation.


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.datum = 0


def append_packet(packet, queue):
    packet.link = None
    if queue is None:
        return packet
    tail = queue
    while tail.link is not None:
        tail = tail.link
    tail.link = packet
    return queue


class Task:
    def __init__(self, sched, ident, priority, queue):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is None
        self.held = False
        self.runs = 0

    def runnable(self):
        return not self.held and not (self.waiting and self.queue is None)

    def take(self):
        packet = self.queue
        if packet is not None:
            self.queue = packet.link
        self.waiting = False
        return packet

    def step(self, packet):
        raise NotImplementedError


class Idle(Task):
    def __init__(self, sched, ident, seed, count):
        super().__init__(sched, ident, 0, None)
        self.waiting = False
        self.seed = seed
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            self.sched.stop = True
            return
        if self.seed % 2 == 0:
            self.seed = self.seed // 2
            self.sched.release(1)
        else:
            self.seed = (self.seed * 3 + 1) % 65536
            self.sched.release(2)


class Worker(Task):
    def __init__(self, sched, ident, queue):
        super().__init__(sched, ident, 1, queue)
        self.next_dest = 3
        self.letter = 0

    def step(self, packet):
        if packet is None:
            self.waiting = True
            return
        self.next_dest = 7 - self.next_dest
        packet.dest = self.next_dest
        packet.datum = self.letter
        self.letter = (self.letter + 1) % 26
        self.sched.send(packet)
        # Hold until the idle task releases this worker again.
        self.held = True


class Handler(Task):
    def __init__(self, sched, ident, queue):
        super().__init__(sched, ident, 2, queue)
        self.handled = 0

    def step(self, packet):
        if packet is None:
            self.waiting = True
            return
        self.handled += packet.datum + 1
        packet.dest = 1
        self.sched.send(packet)


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.stop = False
        self.sends = 0

    def add(self, task):
        self.tasks.append(task)

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False

    def send(self, packet):
        self.sends += 1
        task = self.tasks[packet.dest]
        task.queue = append_packet(packet, task.queue)

    def run(self):
        while not self.stop:
            best = None
            for task in self.tasks:
                if task.runnable() and (best is None or task.priority > best.priority):
                    best = task
            if best is None:
                break
            best.runs += 1
            best.step(best.take())


def main():
    sched = Scheduler()
    sched.add(Idle(sched, 0, 27, 120000))
    queue = None
    for i in range(4):
        queue = append_packet(Packet(None, 1, i), queue)
    sched.add(Worker(sched, 1, queue))
    sched.add(Worker(sched, 2, None))
    sched.add(Handler(sched, 3, None))
    sched.add(Handler(sched, 4, None))
    sched.run()
    print("scheduler", sched.sends, [t.runs for t in sched.tasks],
          sched.tasks[3].handled, sched.tasks[4].handled)


main()
