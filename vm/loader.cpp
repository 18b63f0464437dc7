// Loading compiled code into the heap: CodeUnit (plain data from the
// frontend) to CodeObj, constants to Values.
#include <cstring>

#include "vm/code_unit.h"
#include "vm/numeric.h"
#include "vm/vm.h"

namespace capy {

namespace {

Value load_constant(VM& vm, const Constant& c) {
  switch (c.kind) {
    case Constant::Kind::None: return Value::none();
    case Constant::Kind::True: return Value::boolean(true);
    case Constant::Kind::False: return Value::boolean(false);
    case Constant::Kind::Ellipsis: return vm.ellipsis;
    case Constant::Kind::Int: return vm.new_int(c.i);
    case Constant::Kind::BigInt: {
      bool neg = !c.s.empty() && c.s[0] == '-';
      return int_from_digits(vm, neg, neg ? c.s.substr(1) : c.s, 10);
    }
    case Constant::Kind::Float: return Value::from_double(c.f);
    case Constant::Kind::Str: return Value::from_obj(vm.intern(c.s));
    case Constant::Kind::Bytes: {
      auto* b = static_cast<BytesObj*>(vm.heap.allocate(sizeof(BytesObj) + c.s.size() + 1, ObjKind::Bytes, vm.types.bytes));
      b->size = uint32_t(c.s.size());
      std::memcpy(b->data, c.s.data(), c.s.size());
      return Value::from_obj(b);
    }
    case Constant::Kind::Tuple: {
      TupleObj* t = vm.new_tuple(uint32_t(c.items.size()));
      Root keep(vm.heap, Value::from_obj(t));
      for (size_t i = 0; i < c.items.size(); i++) {
        Value v = load_constant(vm, c.items[i]);
        t->items[i] = v;
      }
      return Value::from_obj(t);
    }
    case Constant::Kind::Code: return Value::from_obj(vm.load_code(*c.code));
  }
  return Value::none();
}

}  // namespace

namespace {
// Loading builds a CodeObj field by field; no collection may see it half
// made, so collection is paused (the allocations are bounded by the code size).
struct NoGcScope {
  Heap& heap;
  explicit NoGcScope(Heap& h) : heap(h) { heap.no_gc++; }
  ~NoGcScope() { heap.no_gc--; }
};
}  // namespace

CodeObj* VM::load_code(const CodeUnit& unit) {
  NoGcScope no_gc(heap);
  auto* code = alloc<CodeObj>(ObjKind::Code, types.code);
  Root keep(heap, Value::from_obj(code));
  code->unit = new CodeUnit(unit);
  code->ncode = uint32_t(unit.code.size());
  code->code = static_cast<Instr*>(heap.alloc_buffer(code->ncode * sizeof(Instr)));
  std::memcpy(code->code, unit.code.data(), code->ncode * sizeof(Instr));
  code->caches = static_cast<InlineCache*>(heap.alloc_buffer(code->ncode * sizeof(InlineCache)));
  for (uint32_t i = 0; i < code->ncode; i++) code->caches[i] = InlineCache{};
  code->name = intern(unit.name);
  code->qualname = intern(unit.qualname.empty() ? unit.name : unit.qualname);
  code->filename = intern(unit.filename);
  code->nregs = unit.nregs;
  code->first_free = unit.first_free;
  code->nfree = unit.nfree;
  bool simple = !unit.has_varargs && !unit.has_varkw && unit.nkwonly == 0 && !unit.is_generator &&
                unit.npositional < CodeObj::kNotSimple;
  code->simple_argc = simple ? unit.npositional : CodeObj::kNotSimple;
  size_t nparams = unit.param_count();
  code->params = new_tuple(uint32_t(nparams));
  for (size_t i = 0; i < nparams; i++) {
    code->params->items[i] = Value::from_obj(intern(i < unit.reg_names.size() ? unit.reg_names[i] : ""));
  }
  // Constants: allocate the array first (all None) so it is always traceable.
  uint32_t n = uint32_t(unit.consts.size());
  code->consts = static_cast<Value*>(heap.alloc_buffer(n * sizeof(Value)));
  for (uint32_t i = 0; i < n; i++) code->consts[i] = Value::none();
  code->nconsts = n;
  for (uint32_t i = 0; i < n; i++) {
    Value v = load_constant(*this, unit.consts[i]);
    code->consts[i] = v;
  }
  return code;
}

Value VM::run_module_code(CodeObj* code, DictObj* globals) {
  Root keep_code(heap, Value::from_obj(code));
  Root keep_globals(heap, Value::from_obj(globals));
  auto* fn = alloc<FunctionObj>(ObjKind::Function, types.function);
  fn->code = code;
  fn->globals = globals;
  fn->name = code->name;
  fn->qualname = code->qualname;
  fn->doc = Value::none();
  fn->module = Value::none();
  return call(Value::from_obj(fn), CallArgs{nullptr, 0, nullptr});
}

}  // namespace capy
