// Per-kind GC hooks: what each object kind points to (trace), what it owns
// outside the heap (finalize) and how big it is (object_size). Kept side by
// side so adding a kind means touching one switch in each, in one file.
#include <gmp.h>

#include "vm/attr_cache.h"
#include "vm/bigint.h"
#include "vm/bytes.h"
#include "vm/code_unit.h"
#include "vm/generator.h"
#include "vm/handle.h"
#include "vm/instance.h"
#include "vm/mappingproxy.h"
#include "vm/type_forms.h"
#include "vm/vm.h"

namespace capy {

static_assert(Heap::only_class_edge(ObjKind::Str) && Heap::only_class_edge(ObjKind::Bytes) &&
                  Heap::only_class_edge(ObjKind::ByteArray) && Heap::only_class_edge(ObjKind::BigInt) &&
                  !Heap::only_class_edge(ObjKind::Tuple),
              "Heap::mark skips tracing exactly the kinds whose case below marks nothing");

void trace_object(Heap& h, Obj* o) {
  h.mark(o->cls);
  switch (o->kind) {
    case ObjKind::Str:
    case ObjKind::Bytes:
    case ObjKind::ByteArray:
    case ObjKind::BigInt:
    case ObjKind::Handle:  // host state holds no Values
      break;
    case ObjKind::Range: h.mark(static_cast<RangeObj*>(o)->big); break;
    case ObjKind::Tuple: {
      auto* t = static_cast<TupleObj*>(o);
      for (uint32_t i = 0; i < t->size; i++) h.mark(t->items[i]);
      break;
    }
    case ObjKind::List: {
      auto* l = static_cast<ListObj*>(o);
      for (uint32_t i = 0; i < l->size; i++) h.mark(l->items[i]);
      h.mark(l->attrs);
      break;
    }
    case ObjKind::Dict:
    case ObjKind::Set: {
      auto* d = static_cast<DictObj*>(o);
      for (uint32_t i = 0; i < d->nentries; i++) {
        h.mark(d->entries[i].key);
        h.mark(d->entries[i].value);
      }
      h.mark(d->attrs);
      break;
    }
    case ObjKind::Slice: {
      auto* s = static_cast<SliceObj*>(o);
      h.mark(s->start);
      h.mark(s->stop);
      h.mark(s->step);
      break;
    }
    case ObjKind::Type: {
      auto* t = static_cast<TypeObj*>(o);
      h.mark(t->name);
      h.mark(t->qualname);
      h.mark(t->module);
      h.mark(t->base);
      h.mark(t->bases);
      h.mark(t->mro);
      h.mark(t->dict);
      h.mark(t->shape_root);
      h.mark(t->ctor_init);
      break;
    }
    case ObjKind::Instance: {
      auto* inst = static_cast<InstanceObj*>(o);
      h.mark(inst->shape);
      h.mark(inst->dict);
      if (!in_dict_mode(inst)) {
        for (uint32_t i = 0; i < inst->shape->nslots; i++) h.mark(instance_slot(inst, i));
      }
      break;
    }
    case ObjKind::Shape: {
      auto* s = static_cast<ShapeObj*>(o);
      h.mark(s->owner);
      h.mark(s->parent);
      for (uint32_t i = 0; i < s->nslots; i++) h.mark(s->keys[i]);
      for (uint32_t i = 0; i < s->nchildren; i++) h.mark(s->children[i]);
      break;
    }
    case ObjKind::Exception: {
      auto* e = static_cast<ExceptionObj*>(o);
      h.mark(e->shape);
      h.mark(e->dict);
      h.mark(e->args);
      h.mark(e->traceback);
      h.mark(e->cause);
      h.mark(e->context);
      break;
    }
    case ObjKind::Function: {
      auto* f = static_cast<FunctionObj*>(o);
      h.mark(f->code);
      h.mark(f->globals);
      h.mark(f->defaults);
      h.mark(f->kwdefaults);
      h.mark(f->closure);
      h.mark(f->name);
      h.mark(f->qualname);
      h.mark(f->doc);
      h.mark(f->module);
      h.mark(f->attrs);
      h.mark(f->annotations);
      break;
    }
    case ObjKind::NativeFunction: {
      auto* f = static_cast<NativeFunctionObj*>(o);
      h.mark(f->self);
      h.mark(f->module);
      break;
    }
    case ObjKind::BoundMethod: {
      auto* m = static_cast<BoundMethodObj*>(o);
      h.mark(m->func);
      h.mark(m->self);
      break;
    }
    case ObjKind::Cell:
      h.mark(static_cast<CellObj*>(o)->value);
      break;
    case ObjKind::Code: {
      auto* c = static_cast<CodeObj*>(o);
      for (uint32_t i = 0; i < c->nconsts; i++) h.mark(c->consts[i]);
      for (uint32_t i = 0; i < c->ncode; i++) {
        const InlineCache& ic = c->caches[i];
        h.mark(ic.v);
        if (ic.kind == kPoly) {
          for (uint32_t j = 0; j < ic.index; j++) h.mark(poly_entries(ic)[j].v);
        }
      }
      h.mark(c->name);
      h.mark(c->qualname);
      h.mark(c->filename);
      h.mark(c->params);
      break;
    }
    case ObjKind::Module: {
      auto* m = static_cast<ModuleObj*>(o);
      h.mark(m->name);
      h.mark(m->dict);
      break;
    }
    case ObjKind::Traceback: {
      auto* t = static_cast<TracebackObj*>(o);
      h.mark(t->next);
      h.mark(t->code);
      break;
    }
    case ObjKind::Iterator: {
      auto* it = static_cast<IteratorObj*>(o);
      h.mark(it->a);
      h.mark(it->b);
      h.mark(it->c);
      break;
    }
    case ObjKind::Property: {
      auto* p = static_cast<PropertyObj*>(o);
      h.mark(p->fget);
      h.mark(p->fset);
      h.mark(p->fdel);
      h.mark(p->doc);
      break;
    }
    case ObjKind::StaticMethod:
    case ObjKind::ClassMethod:
    case ObjKind::Super: {
      auto* w = static_cast<WrapperObj*>(o);
      h.mark(w->func);
      h.mark(w->self);
      break;
    }
    case ObjKind::MappingProxy: h.mark(static_cast<MappingProxyObj*>(o)->mapping); break;
    case ObjKind::TypeForm: {
      auto* f = static_cast<TypeFormObj*>(o);
      h.mark(f->origin);
      h.mark(f->args);
      break;
    }
    case ObjKind::Generator: {
      auto* g = static_cast<GeneratorObj*>(o);
      h.mark(g->func);
      h.mark(g->return_value);
      for (uint32_t i = 0; i < g->nregs; i++) h.mark(g->regs[i]);
      break;
    }
  }
}

namespace {
[[gnu::always_inline]] inline void finalize_inline(Heap& h, Obj* o) {
  switch (o->kind) {
    case ObjKind::List: {
      auto* l = static_cast<ListObj*>(o);
      h.free_buffer(l->items, l->capacity * sizeof(Value));
      break;
    }
    case ObjKind::Dict:
    case ObjKind::Set: {
      auto* d = static_cast<DictObj*>(o);
      h.free_buffer(d->entries, d->capacity * sizeof(DictEntry));
      h.free_buffer(d->index, d->index_size * sizeof(int32_t));
      break;
    }
    case ObjKind::BigInt:
      mpz_clear(static_cast<BigIntObj*>(o)->z);
      break;
    case ObjKind::ByteArray: {
      auto* b = static_cast<ByteArrayObj*>(o);
      if (b->data) h.free_buffer(b->data, b->capacity);
      break;
    }
    case ObjKind::Code: {
      auto* c = static_cast<CodeObj*>(o);
      h.free_buffer(c->code, c->ncode * sizeof(Instr));
      for (uint32_t i = 0; i < c->ncode; i++) free_poly_cache(h, c->caches[i]);
      h.free_buffer(c->caches, c->ncode * sizeof(InlineCache));
      h.free_buffer(c->consts, c->nconsts * sizeof(Value));
      delete c->unit;
      break;
    }
    case ObjKind::Generator: {
      auto* g = static_cast<GeneratorObj*>(o);
      h.free_buffer(g->regs, g->nregs * sizeof(Value));
      break;
    }
    case ObjKind::Handle: {
      auto* handle = static_cast<HandleObj*>(o);
      if (handle->state) handle->ops->finalize(handle->state);
      break;
    }
    case ObjKind::Instance:
    case ObjKind::Exception: {
      auto* inst = static_cast<InstanceObj*>(o);
      h.free_buffer(inst->overflow, inst->flags * sizeof(Value));
      break;
    }
    case ObjKind::Shape: {
      auto* s = static_cast<ShapeObj*>(o);
      h.free_buffer(s->keys, s->nslots * sizeof(StrObj*));
      h.free_buffer(s->children, s->children_cap * sizeof(ShapeObj*));
      break;
    }
    default:
      break;
  }
}

[[gnu::always_inline]] inline size_t size_inline(const Obj* o) {
  switch (o->kind) {
    case ObjKind::Str: return str_object_size(static_cast<const StrObj*>(o)->nbytes);
    case ObjKind::Bytes: return sizeof(BytesObj) + static_cast<const BytesObj*>(o)->size + 1;
    case ObjKind::ByteArray: return sizeof(ByteArrayObj);
    case ObjKind::BigInt: return sizeof(BigIntObj) + bigint_digit_bytes(static_cast<const BigIntObj*>(o));
    case ObjKind::Tuple: return sizeof(TupleObj) + static_cast<const TupleObj*>(o)->size * sizeof(Value);
    case ObjKind::List: return sizeof(ListObj);
    case ObjKind::Dict:
    case ObjKind::Set: return sizeof(DictObj);
    case ObjKind::Range: return sizeof(RangeObj);
    case ObjKind::Slice: return sizeof(SliceObj);
    case ObjKind::Type: return sizeof(TypeObj);
    case ObjKind::Instance: return sizeof(InstanceObj) + o->extra * sizeof(Value);
    case ObjKind::Exception: return sizeof(ExceptionObj);
    case ObjKind::Function: return sizeof(FunctionObj);
    case ObjKind::NativeFunction: return sizeof(NativeFunctionObj);
    case ObjKind::BoundMethod: return sizeof(BoundMethodObj);
    case ObjKind::Cell: return sizeof(CellObj);
    case ObjKind::Code: return sizeof(CodeObj);
    case ObjKind::Module: return sizeof(ModuleObj);
    case ObjKind::Traceback: return sizeof(TracebackObj);
    case ObjKind::Iterator: return sizeof(IteratorObj);
    case ObjKind::Generator: return sizeof(GeneratorObj);
    case ObjKind::Property: return sizeof(PropertyObj);
    case ObjKind::StaticMethod:
    case ObjKind::ClassMethod:
    case ObjKind::Super: return sizeof(WrapperObj);
    case ObjKind::Handle: return sizeof(HandleObj);
    case ObjKind::Shape: return sizeof(ShapeObj);
    case ObjKind::MappingProxy: return sizeof(MappingProxyObj);
    case ObjKind::TypeForm: return sizeof(TypeFormObj);
  }
  return sizeof(Obj);
}

}  // namespace

void finalize_object(Heap& h, Obj* o) { finalize_inline(h, o); }
size_t object_size(const Obj* o) { return size_inline(o); }

// The sweep's one call per dead object (both switches inlined).
size_t release_object(Heap& h, Obj* o) {
  size_t size = size_inline(o);
  finalize_inline(h, o);
  return size;
}

}  // namespace capy
