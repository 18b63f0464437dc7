// Small built-in objects: range, slice, iterators and views, property and
// method wrappers.
#pragma once

#include "vm/object.h"

namespace capy {

struct TupleObj;

// start/stop/step/length hold the range when its bounds are within 2**62
// and its step is a small int (the fast paths, iteration unboxed); beyond
// that `big` holds (start, stop, step, length) as Python ints and the int64
// fields are unused (range_big.cpp).
struct RangeObj : Obj {
  int64_t start, stop, step;
  int64_t length;
  TupleObj* big;
};

struct SliceObj : Obj {
  Value start, stop, step;
};

// One layout serves every built-in iterator and view; `ikind` says which.
// a, b, c are traced Values; i, j are plain counters.
enum class IterKind : uint8_t {
  Seq,           // a: list/tuple/str; i: next index (re-checks the size each step)
  Range,         // i: current, j: remaining count; c: step as small int
  Dict,          // a: dict; i: entry position; j: size at start; c: 0 keys 1 values 2 items
  Enumerate,     // a: iterator; b: next count (int value)
  Zip,           // a: tuple of iterators; j: strict flag
  Map,           // a: function; b: tuple of iterators
  Filter,        // a: function or None; b: iterator
  Reversed,      // a: sequence; i: next index (counting down, -1 done)
  CallIter,      // a: callable; b: sentinel
  GetItem,       // a: object with only __getitem__ (the old sequence protocol); i: next index
  DictKeysView,  // a: dict (a view, not an iterator)
  DictValuesView,
  DictItemsView,
};

struct IteratorObj : Obj {
  IterKind ikind;
  Value a, b, c;
  int64_t i, j;
};

struct PropertyObj : Obj {
  Value fget, fset, fdel, doc;
};

// staticmethod / classmethod wrappers, and super objects.
struct WrapperObj : Obj {
  Value func;   // the wrapped callable (super: the start type)
  Value self;   // super: the bound object; otherwise unused
};

}  // namespace capy
