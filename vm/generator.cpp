// Generators: creation, resumption (send / next / throw / close) and
// `yield from` delegation. See generator.h for the representation.
#include "vm/generator.h"

#include <cstring>

#include "vm/call.h"
#include "vm/code_unit.h"
#include "vm/native.h"

namespace capy {

Value make_generator(VM& vm, FunctionObj* fn, CallArgs a) {
  // Bind the arguments exactly as a call would, then move the registers into
  // the generator instead of running the frame.
  if (!enter_function(vm, fn, a.argv, a.argc, a.kwnames, 0, true)) return Value::error();
  Frame& f = vm.frames.back();
  uint32_t nregs = f.code->unit->nregs;
  auto* g = vm.alloc<GeneratorObj>(ObjKind::Generator, vm.types.generator);
  Frame& f2 = vm.frames.back();
  g->func = fn;
  g->state = GeneratorObj::Created;
  g->return_value = Value::none();
  g->resume_pc = 0;
  // The buffer is allocated before it is attached so a collection in between
  // sees nregs == 0.
  Root keep(vm.heap, Value::from_obj(g));
  Value* regs = static_cast<Value*>(vm.heap.alloc_buffer(nregs * sizeof(Value)));
  std::memcpy(regs, f2.regs, nregs * sizeof(Value));
  g->regs = regs;
  g->nregs = nregs;
  vm.stack_top = f2.regs;
  vm.frames.pop_back();
  (void)f;
  return Value::from_obj(g);
}

void generator_suspend(VM& vm, Frame* f, Instr* resume_at) {
  (void)vm;
  auto* g = static_cast<GeneratorObj*>(f->gen);
  std::memcpy(g->regs, f->regs, g->nregs * sizeof(Value));
  g->resume_pc = uint32_t(resume_at - f->code->code);
  g->state = GeneratorObj::Suspended;
}

void generator_finished(VM& vm, Obj* gen, Value result) {
  (void)vm;
  auto* g = static_cast<GeneratorObj*>(gen);
  g->state = GeneratorObj::Done;
  g->return_value = result;
}

void generator_failed(VM& vm, Obj* gen) {
  (void)vm;
  static_cast<GeneratorObj*>(gen)->state = GeneratorObj::Done;
}

namespace {

// Pushes the generator's frame; the sent value (if any) lands in the
// register the suspended YIELD / YIELDFROM names.
bool push_generator_frame(VM& vm, GeneratorObj* g, Value sent, bool deliver) {
  if (vm.frames.size() >= vm.limits.recursion_limit) {
    vm.raise(vm.types.RecursionError, "maximum recursion depth exceeded");
    return false;
  }
  // Resuming a generator nests a native execute(): under a high
  // sys.setrecursionlimit the C++ stack runs out before the frame count.
  if (!vm.check_native_stack()) return false;
  CodeObj* code = g->func->code;
  Value* regs = vm.stack_top;
  if (regs + g->nregs + 8 > vm.stack_end) {
    vm.raise(vm.types.RecursionError, "maximum recursion depth exceeded");
    return false;
  }
  std::memcpy(regs, g->regs, g->nregs * sizeof(Value));
  vm.stack_top = regs + g->nregs;
  Instr* pc = code->code + g->resume_pc;
  if (deliver && g->state == GeneratorObj::Suspended) {
    if (pc->opcode() == Op::YIELDFROM) {
      regs[pc->a] = sent;
    } else {
      regs[(pc - 1)->a] = sent;
    }
  }
  vm.frames.push_back(Frame{g->func, code, regs, pc, g->func->globals, nullptr, 0, true, false, g});
  g->state = GeneratorObj::Running;
  return true;
}

Value finish_resume(VM& vm, GeneratorObj* g, Value r) {
  if (r.is_error()) {
    g->state = GeneratorObj::Done;
    if (vm.pending_is(vm.types.StopIteration)) {
      // PEP 479: a StopIteration escaping a generator becomes RuntimeError.
      Value cause = vm.take_pending();
      Root keep(vm.heap, cause);
      vm.raise(vm.types.RuntimeError, "generator raised StopIteration");
      as_exception(vm.pending)->cause = cause;
      as_exception(vm.pending)->context = cause;
    }
    return r;
  }
  if (vm.yielded) {
    vm.yielded = false;
    return r;
  }
  return Value::unbound();
}

}  // namespace

Value generator_send(VM& vm, GeneratorObj* g, Value v) {
  if (g->state == GeneratorObj::Running) return vm.raise(vm.types.ValueError, "generator already executing");
  if (g->state == GeneratorObj::Done) return Value::unbound();
  if (g->state == GeneratorObj::Created && !v.is_none()) {
    return vm.raise(vm.types.TypeError, "can't send non-None value to a just-started generator");
  }
  Root keep(vm.heap, Value::from_obj(g));
  if (!push_generator_frame(vm, g, v, true)) return Value::error();
  vm.yielded = false;
  return finish_resume(vm, g, vm.execute());
}

Value generator_throw(VM& vm, GeneratorObj* g, Value exc) {
  Root keep(vm.heap, Value::from_obj(g));
  Root keep_exc(vm.heap, exc);
  if (g->state == GeneratorObj::Running) return vm.raise(vm.types.ValueError, "generator already executing");
  if (g->state != GeneratorObj::Suspended) {
    g->state = GeneratorObj::Done;
    vm.set_pending(exc);
    return Value::error();
  }
  // Delegate to a `yield from` sub-generator first.
  Instr* at = g->func->code->code + g->resume_pc;
  if (at->opcode() == Op::YIELDFROM && is_generator(g->regs[at->b])) {
    auto* sub = static_cast<GeneratorObj*>(g->regs[at->b].as_obj());
    Value r = generator_throw(vm, sub, exc);
    if (!r.is_error() && !r.is_unbound()) return r;  // the delegate yielded
    if (r.is_unbound()) {
      // The delegate returned: continue after the YIELDFROM with its value.
      g->regs[at->a] = sub->return_value;
      g->resume_pc++;
      if (!push_generator_frame(vm, g, Value::none(), false)) return Value::error();
      vm.yielded = false;
      return finish_resume(vm, g, vm.execute());
    }
    exc = vm.take_pending();
  }
  if (!push_generator_frame(vm, g, Value::none(), false)) return Value::error();
  // Raise at the suspended instruction, so its handlers apply.
  Frame& f = vm.frames.back();
  if (f.pc->opcode() != Op::YIELDFROM) f.pc--;
  vm.set_pending(exc);
  vm.yielded = false;
  return finish_resume(vm, g, vm.execute(true));
}

bool generator_close(VM& vm, GeneratorObj* g) {
  if (g->state != GeneratorObj::Suspended) {
    g->state = GeneratorObj::Done;
    return true;
  }
  Value exit = vm.new_exception(vm.types.GeneratorExit, Value::from_obj(vm.new_tuple(0)));
  Value r = generator_throw(vm, g, exit);
  if (r.is_error()) {
    if (vm.pending_is(vm.types.GeneratorExit) || vm.pending_is(vm.types.StopIteration)) {
      vm.take_pending();
      return true;
    }
    return false;
  }
  if (r.is_unbound()) return true;
  vm.raise(vm.types.RuntimeError, "generator ignored GeneratorExit");
  return false;
}

int yield_from_step(VM& vm, Value* delegate, Value* result, Value* yielded) {
  Value d = *delegate;
  if (!is_generator(d) && !is_kind(d, ObjKind::Iterator)) {
    // First step: make an iterator of the operand (user iterators pass
    // through get_iter unchanged).
    Value it = vm.get_iter(d);
    if (it.is_error()) return -1;
    *delegate = it;
    d = it;
    *result = Value::none();
  }
  Value r;
  if (is_generator(d)) {
    auto* sub = static_cast<GeneratorObj*>(d.as_obj());
    Value sent = sub->state == GeneratorObj::Created ? Value::none() : *result;
    r = generator_send(vm, sub, sent);
    if (r.is_error()) return -1;
    if (r.is_unbound()) {
      *result = sub->return_value;
      return 0;
    }
  } else {
    r = vm.iter_next(d);
    if (r.is_error()) return -1;
    if (r.is_unbound()) {
      *result = Value::none();
      return 0;
    }
  }
  *yielded = r;
  return 1;
}

// ---- generator methods ------------------------------------------------------------

namespace {

Value stop_iteration(VM& vm, Value value) {
  Value args = value.is_none() ? Value::from_obj(vm.new_tuple(0)) : vm.tuple_of({value});
  return vm.raise_with_args(vm.types.StopIteration, args);
}

// The methods can be called through the type with any object
// (generator.__next__(5)): check the layout before using it.
bool check_generator(VM& vm, CallArgs a, const char* method) {
  if (is_generator(a.argv[0])) return true;
  vm.raise(vm.types.TypeError, "descriptor '%s' requires a 'generator' object but received a '%s'",
           method, std::string(vm.type_name(a.argv[0])).c_str());
  return false;
}

Value gen_next(VM& vm, CallArgs a) {
  TRY_FLAG(check_generator(vm, a, "__next__"));
  auto* g = static_cast<GeneratorObj*>(a.argv[0].as_obj());
  Value r = generator_send(vm, g, Value::none());
  if (r.is_unbound()) return stop_iteration(vm, g->return_value);
  return r;
}

Value gen_send(VM& vm, CallArgs a) {
  TRY_FLAG(check_generator(vm, a, "send"));
  auto* g = static_cast<GeneratorObj*>(a.argv[0].as_obj());
  Value r = generator_send(vm, g, a.argv[1]);
  if (r.is_unbound()) {
    Value rv = g->return_value;
    g->return_value = Value::none();
    return stop_iteration(vm, rv);
  }
  return r;
}

Value gen_throw(VM& vm, CallArgs a) {
  TRY_FLAG(check_generator(vm, a, "throw"));
  auto* g = static_cast<GeneratorObj*>(a.argv[0].as_obj());
  Value exc = a.argv[1];
  if (is_type(exc)) {
    if (!(as_type(exc)->flags & TypeObj::kException)) {
      return vm.raise(vm.types.TypeError, "exceptions must be classes or instances deriving from BaseException, not type");
    }
    exc = a.argc > 2 ? vm.call(exc, {a.argv[2]}) : vm.call(exc, {});
    if (exc.is_error()) return exc;
  } else if (!is_exception(exc)) {
    return vm.raise(vm.types.TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                    std::string(vm.type_name(exc)).c_str());
  }
  Value r = generator_throw(vm, g, exc);
  if (r.is_unbound()) return stop_iteration(vm, g->return_value);
  return r;
}

Value gen_close(VM& vm, CallArgs a) {
  TRY_FLAG(check_generator(vm, a, "close"));
  TRY_FLAG(generator_close(vm, static_cast<GeneratorObj*>(a.argv[0].as_obj())));
  return Value::none();
}

Value gen_iter(VM&, CallArgs a) { return a.argv[0]; }

const NativeDef kGeneratorMethods[] = {
    {"__next__", gen_next, 1, 1},
    {"send", gen_send, 2, 2},
    {"throw", gen_throw, 2, 4},
    {"close", gen_close, 1, 1},
    {"__iter__", gen_iter, 1, 1},
};

}  // namespace

void install_generator_methods(VM& vm) { add_methods(vm, vm.types.generator, kGeneratorMethods); }

}  // namespace capy
