#include "vm/opcodes.h"

namespace capy {

namespace {
struct OpInfo {
  const char* name;
  OpFormat format;
  const char* doc;
};

constexpr OpInfo kOps[] = {
#define CAPY_OP_INFO(name, fmt, doc) {#name, OpFormat::fmt, doc},
    CAPY_OPCODES(CAPY_OP_INFO)
#undef CAPY_OP_INFO
};
static_assert(sizeof(kOps) / sizeof(kOps[0]) == kOpCount);
}  // namespace

const char* op_name(Op op) { return kOps[static_cast<int>(op)].name; }
OpFormat op_format(Op op) { return kOps[static_cast<int>(op)].format; }
const char* op_doc(Op op) { return kOps[static_cast<int>(op)].doc; }

}  // namespace capy
