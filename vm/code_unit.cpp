// CodeUnit helpers: constant identity for the compiler's constant sharing,
// and the disassembler behind `capy --dis` and the golden compiler tests.
//
// Listing format (stable: golden tests compare it verbatim):
//
//   == f (x.py:2) regs=4 consts=1 ==
//      function params=2 defaults=1 generator
//      locals: R0 a, R1 b, R2 x
//      free: R3 y <- R1               (the parent register MAKEFUNC copies)
//      0  L3    ADD          R2 R0 R1
//      1  L3    JMPIFFALSE   R2 -> 4
//      ...
//      handlers:
//        [1, 4) -> 7 exc R5
//
// followed by every unit found in the constants, depth first.
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "vm/code_unit.h"

namespace capy {

bool Constant::same_as(const Constant& o) const {
  if (kind != o.kind) return false;
  switch (kind) {
    case Kind::None:
    case Kind::True:
    case Kind::False:
    case Kind::Ellipsis: return true;
    case Kind::Int: return i == o.i;
    case Kind::Float: return std::memcmp(&f, &o.f, sizeof f) == 0;
    case Kind::BigInt:
    case Kind::Str:
    case Kind::Bytes: return s == o.s;
    case Kind::Tuple:
      if (items.size() != o.items.size()) return false;
      for (size_t k = 0; k < items.size(); k++)
        if (!items[k].same_as(o.items[k])) return false;
      return true;
    case Kind::Code: return code == o.code;
  }
  return false;
}

namespace {

std::string float_repr(double v) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  char buf[64];
  for (int prec = 1; prec <= 17; prec++) {
    std::snprintf(buf, sizeof buf, "%.*g", prec, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  std::string s = buf;
  if (s.find_first_of(".en") == std::string::npos) s += ".0";
  return s;
}

std::string quote(const std::string& s, bool bytes) {
  bool has_single = s.find('\'') != std::string::npos;
  bool has_double = s.find('"') != std::string::npos;
  char q = has_single && !has_double ? '"' : '\'';
  std::string out = bytes ? "b" : "";
  out += q;
  for (unsigned char c : s) {
    switch (c) {
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\\': out += "\\\\"; break;
      default:
        if (c == uint8_t(q)) {
          out += '\\';
          out += char(c);
        } else if (c < 0x20 || c == 0x7F || (bytes && c >= 0x80)) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", c);
          out += buf;
        } else {
          out += char(c);  // UTF-8 passes through
        }
    }
  }
  out += q;
  return out;
}

std::string repr(const Constant& k) {
  using K = Constant::Kind;
  switch (k.kind) {
    case K::None: return "None";
    case K::True: return "True";
    case K::False: return "False";
    case K::Ellipsis: return "Ellipsis";
    case K::Int: return std::to_string(k.i);
    case K::BigInt: return k.s;
    case K::Float: return float_repr(k.f);
    case K::Str: return quote(k.s, false);
    case K::Bytes: return quote(k.s, true);
    case K::Tuple: {
      std::string out = "(";
      for (size_t i = 0; i < k.items.size(); i++) {
        if (i) out += ", ";
        out += repr(k.items[i]);
      }
      if (k.items.size() == 1) out += ",";
      return out + ")";
    }
    case K::Code: return "<code " + (k.code ? k.code->qualname : std::string("?")) + ">";
  }
  return "?";
}

const char* kind_name(CodeKind k) {
  switch (k) {
    case CodeKind::Module: return "module";
    case CodeKind::Function: return "function";
    case CodeKind::Lambda: return "lambda";
    case CodeKind::Comprehension: return "comprehension";
    case CodeKind::ClassBody: return "class body";
    case CodeKind::Generator: return "generator expression";
  }
  return "?";
}

std::string reg(uint16_t r) { return r == 0xFFFF ? "-" : "R" + std::to_string(r); }

void append_unit(const CodeUnit& u, std::string& out) {
  char buf[256];
  out += "== " + u.qualname + " (" + u.filename + ":" + std::to_string(u.first_line) +
         ") regs=" + std::to_string(u.nregs) + " consts=" + std::to_string(u.consts.size()) + " ==\n";
  if (u.kind != CodeKind::Module) {
    std::string info = "   ";
    info += kind_name(u.kind);
    if (u.param_count()) info += " params=" + std::to_string(u.param_count());
    if (u.nposonly) info += " posonly=" + std::to_string(u.nposonly);
    if (u.nkwonly) info += " kwonly=" + std::to_string(u.nkwonly);
    if (u.ndefaults) info += " defaults=" + std::to_string(u.ndefaults);
    size_t kwd = 0;
    for (bool b : u.kwonly_has_default) kwd += b;
    if (kwd) info += " kwdefaults=" + std::to_string(kwd);
    if (!u.annotation_names.empty())
      info += " annotations=" + std::to_string(u.annotation_names.size());
    if (u.has_varargs) info += " varargs";
    if (u.has_varkw) info += " varkw";
    if (u.is_generator) info += " generator";
    out += info + "\n";
  }
  if (u.first_free > 0) {
    out += "   locals:";
    for (uint16_t r = 0; r < u.first_free && r < u.reg_names.size(); r++)
      out += (r ? ", R" : " R") + std::to_string(r) + " " + u.reg_names[r];
    out += "\n";
  }
  if (u.nfree > 0) {
    out += "   free:";
    for (uint16_t i = 0; i < u.nfree; i++) {
      out += (i ? ", R" : " R") + std::to_string(u.first_free + i) + " " +
             (i < u.free_names.size() ? u.free_names[i] : std::string("?"));
      if (i < u.closure_sources.size()) out += " <- R" + std::to_string(u.closure_sources[i]);
    }
    out += "\n";
  }
  for (size_t pc = 0; pc < u.code.size(); pc++) {
    const Instr& in = u.code[pc];
    Op op = in.opcode();
    if (in.op >= kOpCount) {
      std::snprintf(buf, sizeof buf, "%4zu  ??? op=%u\n", pc, in.op);
      out += buf;
      continue;
    }
    std::string args, comment;
    auto kref = [&](uint16_t idx) {
      if (!comment.empty()) comment += " ";
      comment += idx < u.consts.size() ? repr(u.consts[idx]) : "<bad constant>";
      return "K" + std::to_string(idx);
    };
    switch (op_format(op)) {
      case OpFormat::N: break;
      case OpFormat::A: args = reg(in.a); break;
      case OpFormat::AB: args = reg(in.a) + " " + reg(in.b); break;
      case OpFormat::ABC: args = reg(in.a) + " " + reg(in.b) + " " + reg(in.c); break;
      case OpFormat::AK: args = reg(in.a) + " " + kref(in.b); break;
      case OpFormat::ABK: args = reg(in.a) + " " + reg(in.b) + " " + kref(in.c); break;
      case OpFormat::AI: args = reg(in.a) + " " + std::to_string(in.simm()); break;
      case OpFormat::ABI: args = reg(in.a) + " " + reg(in.b) + " " + std::to_string(in.cimm()); break;
      case OpFormat::AT: args = reg(in.a) + " -> " + std::to_string(in.target()); break;
      case OpFormat::T: args = "-> " + std::to_string(in.target()); break;
      case OpFormat::ABn: args = reg(in.a) + " " + reg(in.b) + " " + std::to_string(in.c); break;
      case OpFormat::AKn:
        if (op == Op::MAKEFUNC) {
          args = reg(in.a) + " " + kref(in.b);
          const CodeUnit* child = in.b < u.consts.size() ? u.consts[in.b].code.get() : nullptr;
          if (child && child->ndefaults + child->kwonly_has_default.size() +
                               child->annotation_names.size() > 0)
            args += " " + reg(in.c);
        } else {
          args = reg(in.a) + " " + kref(in.b) + " " + std::to_string(in.c);
        }
        break;
    }
    if (op == Op::IMPORT) comment += " level=" + std::to_string(in.c & 0x7FFF) +
                                     ((in.c & kImportFromFlag) ? " from" : "");
    uint32_t line = pc < u.lines.size() ? u.lines[pc] : 0;
    std::snprintf(buf, sizeof buf, "%4zu  L%-4u %-13s", pc, line, op_name(op));
    std::string row = buf + args;
    if (!comment.empty()) {
      if (row.size() < 40) row.append(40 - row.size(), ' ');
      else row += " ";
      row += "; " + comment;
    }
    while (!row.empty() && row.back() == ' ') row.pop_back();
    out += row + "\n";
  }
  if (!u.handlers.empty()) {
    out += "   handlers:\n";
    for (auto& h : u.handlers) {
      std::snprintf(buf, sizeof buf, "     [%u, %u) -> %u exc R%u\n", h.start, h.end, h.handler, h.reg);
      out += buf;
    }
  }
}

void append_all(const CodeUnit& u, std::string& out) {
  append_unit(u, out);
  for (auto& k : u.consts)
    if (k.kind == Constant::Kind::Code && k.code) {
      out += "\n";
      append_all(*k.code, out);
    }
}

}  // namespace

std::string disassemble(const CodeUnit& unit) {
  std::string out;
  append_all(unit, out);
  return out;
}

}  // namespace capy
