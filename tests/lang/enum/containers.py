# Members as dict keys and set elements, sorted by value, copied.
import copy
from enum import Enum


class Suit(Enum):
    CLUBS = 4
    DIAMONDS = 2
    HEARTS = 3
    SPADES = 1


counts = {Suit.HEARTS: 3, Suit.SPADES: 1}
counts[Suit.HEARTS] += 1
print(counts, counts[Suit.HEARTS], Suit.CLUBS in counts)
s = {Suit.CLUBS, Suit.CLUBS, Suit.HEARTS}
print(len(s), Suit.CLUBS in s, Suit.SPADES in s)
print(sorted(Suit, key=lambda x: x.value))
print(sorted(Suit, key=lambda x: x.name))
print(hash(Suit.CLUBS) == hash(Suit.CLUBS), hash(Suit.CLUBS) == hash("CLUBS"))
print(copy.copy(Suit.SPADES) is Suit.SPADES, copy.deepcopy([Suit.SPADES])[0] is Suit.SPADES)
by_value = {s.value: s for s in Suit}
print(by_value[3], {s: s.name.lower() for s in Suit}[Suit.DIAMONDS])
print(dict.fromkeys(Suit, 0))
print(max(Suit, key=lambda x: x.value), [Suit.SPADES, Suit.CLUBS].index(Suit.CLUBS))
print(str([Suit.HEARTS]), tuple(Suit)[0])
