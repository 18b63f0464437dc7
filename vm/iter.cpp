// Iteration: iter() and next() for every built-in iterable, generators and
// user classes (__iter__ / __next__). iter_next reports exhaustion as
// Unbound, so a for loop over a built-in never allocates a StopIteration.
#include "vm/bytes.h"
#include "vm/generator.h"
#include "vm/mappingproxy.h"
#include "vm/range_big.h"
#include "vm/native.h"
#include "vm/str_util.h"
#include "vm/vm.h"

namespace capy {

Value VM::get_iter(Value v) {
  if (v.is_obj()) {
    Obj* o = v.as_obj();
    bool builtin = o->cls->flags & TypeObj::kBuiltin;
    if (!builtin) {
      Value fn = user_override(o->cls, names.__iter__);
      // `__iter__ = None` in a class body blocks iteration, fallbacks included.
      if (fn.is_none()) {
        return raise(types.TypeError, "'%s' object is not iterable", o->cls->name->data);
      }
      if (!fn.is_unbound()) {
        Value it = TRY(call(fn, {v}));
        TypeObj* t = type_of(it);
        if (!(is_kind(it, ObjKind::Iterator) || is_generator(it)) &&
            lookup_in_type(t, names.__next__).is_unbound()) {
          return raise(types.TypeError, "iter() returned non-iterator of type '%s'", t->name->data);
        }
        return it;
      }
    }
    switch (o->kind) {
      case ObjKind::List:
      case ObjKind::Tuple:
      case ObjKind::Str:
      case ObjKind::Bytes:
      case ObjKind::ByteArray:
        return new_iterator(IterKind::Seq, v);
      case ObjKind::Range: {
        auto* r = static_cast<RangeObj*>(o);
        if (range_is_big(r)) return big_range_iter(*this, v);
        return new_iterator(IterKind::Range, Value::none(), Value::none(), Value::from_small_int(r->step), r->start,
                            r->length);
      }
      case ObjKind::Dict:
        return new_iterator(IterKind::Dict, v, Value::none(), Value::from_small_int(0), 0, as_dict(v)->used);
      case ObjKind::MappingProxy: return get_iter(proxied_mapping(v));
      case ObjKind::Set:
        return new_iterator(IterKind::Dict, v, Value::none(), Value::from_small_int(0), 0, as_dict(v)->used);
      case ObjKind::Iterator: {
        auto* it = static_cast<IteratorObj*>(o);
        switch (it->ikind) {
          case IterKind::DictKeysView:
            return new_iterator(IterKind::Dict, it->a, Value::none(), Value::from_small_int(0), 0, as_dict(it->a)->used);
          case IterKind::DictValuesView:
            return new_iterator(IterKind::Dict, it->a, Value::none(), Value::from_small_int(1), 0, as_dict(it->a)->used);
          case IterKind::DictItemsView:
            return new_iterator(IterKind::Dict, it->a, Value::none(), Value::from_small_int(2), 0, as_dict(it->a)->used);
          default:
            return v;
        }
      }
      case ObjKind::Generator:
        return v;
      case ObjKind::Instance:
        // The old sequence protocol: __getitem__(0), (1), ... until IndexError.
        if (!builtin) {
          Value getitem = user_override(o->cls, names.__getitem__);
          if (!getitem.is_unbound() && !getitem.is_none()) {
            return new_iterator(IterKind::GetItem, v);
          }
        }
        break;
      default:
        break;
    }
  }
  return raise(types.TypeError, "'%s' object is not iterable", std::string(type_name(v)).c_str());
}

Value VM::iter_next(Value itv) {
  // Builtins that drain an iterator (list(), extend, join, sum, set, ...) can
  // loop millions of times without a script instruction: poll for them.
  if (polling && (++iter_steps & 4095) == 0 && !poll_work()) return Value::error();
  if (is_kind(itv, ObjKind::Iterator)) {
    auto* it = static_cast<IteratorObj*>(itv.as_obj());
    // Enumerate, zip, map and filter pull from inner iterators by calling
    // iter_next again: a map of a map of ... 100000 deep must end in
    // RecursionError, not in a native stack overflow.
    IterKind k = it->ikind;
    if ((k == IterKind::Enumerate || k == IterKind::Zip || k == IterKind::Map ||
         k == IterKind::Filter) && !check_native_stack()) {
      return Value::error();
    }
    switch (it->ikind) {
      case IterKind::Seq: {
        Value seq = it->a;
        if (seq.is_none()) return Value::unbound();
        Obj* o = seq.as_obj();
        int64_t i = it->i;
        switch (o->kind) {
          case ObjKind::List:
            if (i < int64_t(as_list(seq)->size)) {
              it->i++;
              return as_list(seq)->items[i];
            }
            break;
          case ObjKind::Tuple:
            if (i < int64_t(as_tuple(seq)->size)) {
              it->i++;
              return as_tuple(seq)->items[i];
            }
            break;
          case ObjKind::Str: {
            // it->j caches the byte offset of code point i.
            StrObj* s = as_str(seq);
            if (i < int64_t(s->ncodepoints)) {
              size_t start = size_t(it->j);
              size_t end = start + 1;
              while (end < s->nbytes && (static_cast<unsigned char>(s->data[end]) & 0xC0) == 0x80) end++;
              it->i++;
              it->j = int64_t(end);
              if (end - start == 1) return str_from_code_point(*this, static_cast<unsigned char>(s->data[start]));
              return str(std::string_view(s->data + start, end - start));
            }
            break;
          }
          case ObjKind::Bytes:
          case ObjKind::ByteArray: {
            std::string_view data = bytes_view(it->a);  // re-read: a bytearray may change
            if (i < int64_t(data.size())) {
              it->i++;
              return Value::from_small_int(static_cast<unsigned char>(data[size_t(i)]));
            }
            break;
          }
          default: break;
        }
        it->a = Value::none();
        return Value::unbound();
      }
      case IterKind::Range: {
        if (it->j <= 0) return Value::unbound();
        int64_t v = it->i;
        it->i += it->c.as_small_int();
        it->j--;
        return new_int(v);
      }
      case IterKind::Dict: {
        if (it->a.is_none()) return Value::unbound();
        DictObj* d = as_dict(it->a);
        if (int64_t(d->used) != it->j) {
          it->a = Value::none();
          return raise(types.RuntimeError, d->kind == ObjKind::Set ? "Set changed size during iteration"
                                                                    : "dictionary changed size during iteration");
        }
        uint32_t pos = uint32_t(it->i);
        DictEntry* e;
        if (!dict_next(d, &pos, &e)) {
          it->a = Value::none();
          return Value::unbound();
        }
        it->i = pos;
        switch (it->c.as_small_int()) {
          case 0: return e->key;
          case 1: return e->value;
          default: return tuple_of({e->key, e->value});
        }
      }
      case IterKind::Enumerate: {
        Value v = TRY(iter_next(it->a));
        if (v.is_unbound()) return v;
        Root keep(heap, v);
        Value count = it->b;
        Value next = TRY(binary_op(BinaryOp::Add, count, Value::from_small_int(1)));
        it->b = next;
        return tuple_of({count, v});
      }
      case IterKind::Zip: {
        TupleObj* iters = as_tuple(it->a);
        if (iters->size == 0) return Value::unbound();
        TupleObj* out = new_tuple(iters->size);
        Root keep(heap, Value::from_obj(out));
        for (uint32_t k = 0; k < iters->size; k++) {
          Value v = TRY(iter_next(iters->items[k]));
          if (v.is_unbound()) {
            if (it->j && k > 0) {
              return raise(types.ValueError, "zip() argument %u is shorter than argument%s%u", k + 1,
                           k == 1 ? " " : "s 1-", k);
            }
            if (it->j && k == 0) {
              for (uint32_t m = 1; m < iters->size; m++) {
                Value w = TRY(iter_next(iters->items[m]));
                if (!w.is_unbound()) {
                  return raise(types.ValueError, "zip() argument %u is longer than argument%s%u", m + 1,
                               m == 1 ? " " : "s 1-", m);
                }
              }
            }
            return Value::unbound();
          }
          out->items[k] = v;
        }
        return Value::from_obj(out);
      }
      case IterKind::Map: {
        TupleObj* iters = as_tuple(it->b);
        Value* buf = stack_top;
        if (buf + iters->size > stack_end) return raise(types.RecursionError, "maximum recursion depth exceeded");
        Value* saved = stack_top;
        for (uint32_t k = 0; k < iters->size; k++) buf[k] = Value::none();
        stack_top = buf + iters->size;
        for (uint32_t k = 0; k < iters->size; k++) {
          Value v = iter_next(iters->items[k]);
          if (v.is_error() || v.is_unbound()) {
            stack_top = saved;
            return v;
          }
          buf[k] = v;
        }
        Value r = call(it->a, CallArgs{buf, iters->size, nullptr});
        stack_top = saved;
        return r;
      }
      case IterKind::Filter: {
        for (;;) {
          Value v = TRY(iter_next(it->b));
          if (v.is_unbound()) return v;
          Root keep(heap, v);
          int t;
          if (it->a.is_none()) {
            t = truthy(v);
          } else {
            Value r = TRY(call(it->a, {v}));
            t = truthy(r);
          }
          if (t < 0) return Value::error();
          if (t) return v;
        }
      }
      case IterKind::Reversed: {
        if (it->i < 0) return Value::unbound();
        Value seq = it->a;
        int64_t len;
        if (!length_of(seq, len)) return Value::error();
        if (it->i >= len) {
          it->i = -1;
          return Value::unbound();
        }
        Value v = TRY(get_item(seq, Value::from_small_int(it->i)));
        it->i--;
        return v;
      }
      case IterKind::GetItem: {
        if (it->a.is_none()) return Value::unbound();
        Value v = get_item(it->a, new_int(it->i));
        if (v.is_error()) {
          if (!pending_is(types.IndexError) && !pending_is(types.StopIteration)) return v;
          take_pending();
          it->a = Value::none();
          return Value::unbound();
        }
        it->i++;
        return v;
      }
      case IterKind::CallIter: {
        if (it->a.is_none()) return Value::unbound();
        Value v = TRY(call(it->a, {}));
        Root keep(heap, v);
        int eq = equal(v, it->b);
        if (eq < 0) return Value::error();
        if (eq) {
          it->a = Value::none();
          return Value::unbound();
        }
        return v;
      }
      default:
        return raise(types.TypeError, "'%s' object is not an iterator", std::string(type_name(itv)).c_str());
    }
  }
  if (is_generator(itv)) {
    Value v = generator_send(*this, static_cast<GeneratorObj*>(itv.as_obj()), Value::none());
    return v;
  }
  Value fn = lookup_in_type(type_of(itv), names.__next__);
  if (fn.is_unbound()) {
    return raise(types.TypeError, "'%s' object is not an iterator", std::string(type_name(itv)).c_str());
  }
  Value v = call(fn, {itv});
  if (v.is_error() && pending_is(types.StopIteration)) {
    take_pending();
    return Value::unbound();
  }
  return v;
}

}  // namespace capy
